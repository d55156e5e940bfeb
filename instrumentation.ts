/** Runs once when a server starts: refuse to start with an invalid configuration. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { assertValidEnvOrExit } = await import("@/lib/env-startup");
    assertValidEnvOrExit();
  }
}
