import { jsonRoute } from "@/lib/http/json-route";
import { PasskeyKeySchema } from "@/lib/vault/schema";
import { addPasskeyKey } from "@/lib/vault/service";

/** One more passkey that unlocks my notes: the note key wrapped by its PRF output in the browser. */
export const POST = jsonRoute(PasskeyKeySchema, (viewer, input) => addPasskeyKey(viewer, input), 201);
