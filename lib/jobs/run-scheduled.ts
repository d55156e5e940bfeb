import "server-only";
import { pruneExpiredSignIns } from "@/lib/auth/prune";
import { runNotifications, type RunnerDeps, type RunReport } from "@/lib/notifications/runner";
import { pruneOldRateLimits } from "@/lib/rate-limit/prune";

/** Everything the scheduler triggers (the cron endpoint, `npm run jobs:run`): due notifications, then old rate-limit counters and expired sign-ins. */
export async function runScheduledJobs(deps: RunnerDeps): Promise<RunReport & { prunedRateLimits: number; prunedSignIns: number }> {
  const report = await runNotifications(deps);
  return { ...report, prunedRateLimits: await pruneOldRateLimits(deps.now), prunedSignIns: await pruneExpiredSignIns(deps.now) };
}
