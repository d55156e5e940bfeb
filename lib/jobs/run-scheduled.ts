import "server-only";
import { pruneOldRateLimits } from "@/lib/rate-limit/prune";
import { runDueEmails, type JobDeps, type RunReport } from "./run-due-emails";

/** Everything the scheduler triggers (the cron endpoint, `npm run jobs:run`): due emails, then old rate-limit counters. */
export async function runScheduledJobs(deps: JobDeps): Promise<RunReport & { prunedRateLimits: number }> {
  const report = await runDueEmails(deps);
  return { ...report, prunedRateLimits: await pruneOldRateLimits(deps.now) };
}
