// Lets command-line scripts (jobs, benchmarks, email previews) import the app's
// server modules: `server-only` resolves to the same stub the tests use.
const stub = new URL("./server-only-stub.mjs", import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: stub, shortCircuit: true };
  return next(specifier, context);
}
