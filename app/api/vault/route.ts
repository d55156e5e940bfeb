import { jsonRoute } from "@/lib/http/json-route";
import { TurnOnSchema } from "@/lib/vault/schema";
import { turnOnVault } from "@/lib/vault/service";

/** Settings → Encrypt my private notes: the note key, wrapped in the browser. */
export const POST = jsonRoute(TurnOnSchema, (viewer, input) => turnOnVault(viewer, input), 201);
