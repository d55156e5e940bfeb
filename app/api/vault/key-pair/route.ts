import { jsonRoute } from "@/lib/http/json-route";
import { KeyPairSchema } from "@/lib/vault/schema";
import { addKeyPair } from "@/lib/vault/service";

/** My key pair, for a vault made before there were key pairs: the public key, and the private key sealed in the browser. */
export const POST = jsonRoute(KeyPairSchema, (viewer, input) => addKeyPair(viewer, input), 201);
