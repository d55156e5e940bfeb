import { z } from "zod";
import { RESPONSES } from "@/lib/checkins/responses";
import { respondToCheckIn } from "@/lib/checkins/service";
import { jsonRoute } from "@/lib/http/json-route";

const BodySchema = z.object({ kind: z.enum(Object.keys(RESPONSES) as [keyof typeof RESPONSES], { error: "Choose a response" }) });

/** Respond to a partner's shared check-in from JSON (the same rules as the buttons). Used by bench:load. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return jsonRoute(BodySchema, (viewer, { kind }) => respondToCheckIn(viewer, id, kind))(request);
}
