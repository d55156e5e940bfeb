/**
 * One runner process of bench:digest and bench:push: runs the notification job
 * once and prints its report, SQL statements, peak memory and the CPU time it
 * used (user + system: unlike wall time, little changed by a busy neighbour) as JSON. Push goes
 * out when VAPID_* are set (bench:push), else only email.
 */
import { countingPrismaClient } from "./lib/query-counter";

const now = new Date(process.argv[2]!);
const { resendMailer } = await import("@/lib/email/mailer");
const { runNotifications } = await import("@/lib/notifications/runner");
const { getPusher } = await import("@/lib/notifications/deliver");
const { client: db, counter } = countingPrismaClient(process.env.DATABASE_URL!);

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const usage = process.memoryUsage();
  peakRss = Math.max(peakRss, usage.rss);
  peakHeap = Math.max(peakHeap, usage.heapUsed);
};
const sampler = setInterval(sample, 50);
const cpuBefore = process.cpuUsage();
const report = await runNotifications({ db, mailer: resendMailer("re_bench"), pusher: getPusher(), now });
clearInterval(sampler);
const cpu = process.cpuUsage(cpuBefore);
sample();
await db.$disconnect();
console.log(JSON.stringify({ ...report, statements: counter.statements, peakRss, peakHeap, cpuMs: (cpu.user + cpu.system) / 1000 }));
