import "server-only";
import { runNotifications, type RunnerDeps, type RunReport } from "@/lib/notifications/runner";
import { pruneOldRateLimits } from "@/lib/rate-limit/prune";

/** Everything the scheduler triggers (the cron endpoint, `npm run jobs:run`): due notifications, then old rate-limit counters. */
export async function runScheduledJobs(deps: RunnerDeps): Promise<RunReport & { prunedRateLimits: number }> {
  const report = await runNotifications(deps);
  return { ...report, prunedRateLimits: await pruneOldRateLimits(deps.now) };
}
