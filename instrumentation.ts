/** Runs once when a server starts: refuse to start with an invalid configuration or feelings vocabulary. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { assertValidEnvOrExit } = await import("@/lib/env-startup");
    assertValidEnvOrExit();
    const { assertValidVocabulary } = await import("@/lib/checkins/vocabulary-schema");
    assertValidVocabulary();
  }
}
