import { z } from "zod";
import { passkeyRegistrationOptions } from "@/lib/auth/passkeys";
import { jsonRoute } from "@/lib/http/json-route";

/** Options (with a fresh, single-use challenge) for this browser to create a passkey for the signed-in person. */
export const POST = jsonRoute(z.object({}), (viewer) => passkeyRegistrationOptions(viewer));
