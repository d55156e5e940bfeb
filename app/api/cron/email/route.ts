import { db } from "@/lib/db";
import { getMailer } from "@/lib/email/mailer";
import { getPusher } from "@/lib/notifications/deliver";
import { env } from "@/lib/env";
import { withErrorResponses } from "@/lib/http/json-route";
import { isAuthorizedCron } from "@/lib/jobs/cron-auth";
import { runScheduledJobs } from "@/lib/jobs/run-scheduled";

export const dynamic = "force-dynamic";
export const maxDuration = 300;

/** Called by Vercel Cron (vercel.json) or any scheduler: delivers every email that is due and prunes old rate-limit counters. */
export const GET = withErrorResponses(async (request: Request) => {
  if (!isAuthorizedCron(request.headers.get("authorization"), env().CRON_SECRET)) {
    return Response.json({ error: "Unauthorized" }, { status: 401 });
  }
  const report = await runScheduledJobs({
    db,
    mailer: getMailer(),
    pusher: getPusher(),
    now: new Date(),
    log: (line) => console.warn(`[cron/email] ${line}`),
  });
  return Response.json(report);
});
