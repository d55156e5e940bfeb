import { CheckInJsonSchema } from "@/lib/checkins/schema";
import { createCheckIn } from "@/lib/checkins/service";
import { jsonRoute } from "@/lib/http/json-route";

/** Create a check-in from JSON (the same rules as the form). Used by the check-in benchmark. */
export const POST = jsonRoute(CheckInJsonSchema, (viewer, input) => createCheckIn(viewer, input), 201);
