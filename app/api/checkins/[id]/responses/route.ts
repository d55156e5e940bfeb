import { RespondJsonSchema } from "@/lib/checkins/schema";
import { respondToCheckIn } from "@/lib/checkins/service";
import { jsonRoute } from "@/lib/http/json-route";

/** Respond to a partner's shared check-in from JSON (the same rules as the buttons). Used by bench:load. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return jsonRoute(RespondJsonSchema, (viewer, { kind }) => respondToCheckIn(viewer, id, kind))(request);
}
