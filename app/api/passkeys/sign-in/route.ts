import { signInWithPasskey } from "@/lib/auth/passkeys";
import { PasskeySignInSchema } from "@/lib/auth/passkey-schema";
import { publicJsonRoute } from "@/lib/http/json-route";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { allowSignInAttempt } from "@/lib/rate-limit/sign-in";

/** A passkey's answer to a sign-in challenge; on success, where the browser goes to finish signing in. */
export const POST = publicJsonRoute(
  PasskeySignInSchema,
  (request) => allowSignInAttempt("passkey", clientAddress(request.headers)),
  ({ response, callbackUrl }) => signInWithPasskey(response, callbackUrl),
);
