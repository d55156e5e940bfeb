import { z } from "zod";
import { passkeySignInOptions } from "@/lib/auth/passkeys";
import { publicJsonRoute } from "@/lib/http/json-route";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { allowSignInAttempt } from "@/lib/rate-limit/sign-in";

/** A fresh sign-in challenge for any passkey of this site's. */
export const POST = publicJsonRoute(
  z.object({}),
  (request) => allowSignInAttempt("passkey", clientAddress(request.headers)),
  () => passkeySignInOptions(),
);
