import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** Next.js's own rules (React, hooks, accessibility, Core Web Vitals) with its TypeScript rules. */
const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Playwright's fixtures hand a value on with a function named `use`; it is not React's.
  { files: ["tests/e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  { ignores: [".next/**", "lib/generated/**", "next-env.d.ts", "playwright-report/**", "test-results/**", ".bench/**", ".data/**"] },
];

export default config;
