// Lets command-line scripts (jobs, benchmarks) import the app's server modules:
// `server-only` exists to keep them out of browser bundles and throws anywhere
// but in React Server Components; a script is server-side by definition.
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return next(specifier, context);
}
