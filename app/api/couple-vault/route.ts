import { jsonRoute } from "@/lib/http/json-route";
import { turnOnCoupleVault } from "@/lib/vault/couple";
import { CoupleTurnOnSchema } from "@/lib/vault/schema";

/** Settings → Encrypt our words: the couple key, made in the browser, wrapped to each partner's public key. */
export const POST = jsonRoute(CoupleTurnOnSchema, (viewer, input) => turnOnCoupleVault(viewer, input), 201);
