import { jsonRoute } from "@/lib/http/json-route";
import { TurnSchema } from "@/lib/talk/schema";
import { takeTurn } from "@/lib/talk/service";

/** A move in a talk from JSON (the same rules and versions as the forms). Used by bench:load's talking couples. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return jsonRoute(TurnSchema, (viewer, turn) => takeTurn(viewer, id.slice(0, 40), turn), 201)(request);
}
