import { InvalidEnvError, env } from "@/lib/env";

/** Node.js only: print every configuration problem by name and stop the server. */
export function assertValidEnvOrExit(): void {
  try {
    env();
  } catch (error) {
    if (!(error instanceof InvalidEnvError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}
