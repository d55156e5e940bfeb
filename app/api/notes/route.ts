import { jsonRoute } from "@/lib/http/json-route";
import { ComposeNoteSchema } from "@/lib/notes/schema";
import { sendNote } from "@/lib/notes/service";

/** Send a note to the partner from JSON (the same rules as the form). Used by bench:load. */
export const POST = jsonRoute(ComposeNoteSchema, (viewer, input) => sendNote(viewer, input), 201);
