import { headers } from "next/headers";
import { registerPasskey } from "@/lib/auth/passkeys";
import { RegisterPasskeySchema } from "@/lib/auth/passkey-schema";
import { jsonRoute } from "@/lib/http/json-route";

/** The browser's new passkey, checked against its challenge and kept. */
export const POST = jsonRoute(
  RegisterPasskeySchema,
  async (viewer, { response }) => registerPasskey(viewer, response, (await headers()).get("user-agent")),
  201,
);
