/** The fake Resend API as its own process (for benchmarks: a real provider's work is not on our CPU). */
import { startFakeResend } from "../lib/fake-resend";

const provider = await startFakeResend({ keepMessages: false });
console.log(provider.url);
process.on("SIGTERM", () => void provider.close().then(() => process.exit(0)));
