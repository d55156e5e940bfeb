import { afterAll, beforeAll, beforeEach } from "vitest";
import { db } from "@/lib/db";
import { resendMailer, type Mailer } from "@/lib/email/mailer";
import { startFakeResend } from "../../scripts/lib/fake-resend";

type FakeResend = Awaited<ReturnType<typeof startFakeResend>>;

/**
 * A fake Resend for one test file: started before its tests (with a mailer
 * that sends to it), emptied before each, closed after. `freshDeliveries`
 * also clears the delivery queue and turns off everyone's reminders and
 * digest before each test, so a run sends only what the test set up.
 */
export function fakeResendForFile({ freshDeliveries = false }: { freshDeliveries?: boolean } = {}) {
  const mail = {} as { provider: FakeResend; mailer: Mailer };
  beforeAll(async () => {
    mail.provider = await startFakeResend();
    process.env.RESEND_BASE_URL = mail.provider.url;
    mail.mailer = resendMailer("re_test_key");
  });
  afterAll(() => mail.provider.close());
  beforeEach(async () => {
    mail.provider.delivered.length = 0;
    if (!freshDeliveries) return;
    await db.delivery.deleteMany();
    await db.user.updateMany({ data: { digestEnabled: false, reminderEnabled: false } });
  });
  return mail;
}
