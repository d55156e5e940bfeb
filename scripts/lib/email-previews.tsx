/**
 * Every email template rendered with its preview props, as the mailer sends
 * it: for `npm run email:preview` and the email-client support test.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { FunctionComponent } from "react";
import { renderEmail } from "@/lib/email/mailer";

type Template = FunctionComponent<Record<string, unknown>> & { PreviewProps?: Record<string, unknown> };

export async function renderPreviews(): Promise<{ file: string; name: string; html: string; text: string }[]> {
  const directory = path.join(process.cwd(), "lib", "email", "templates");
  const rendered = [];
  for (const file of readdirSync(directory).filter((name) => name.endsWith("-email.tsx"))) {
    const exports = (await import(pathToFileURL(path.join(directory, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      const Template = value as Template;
      if (typeof Template !== "function" || !Template.PreviewProps) continue;
      rendered.push({ file, name, ...(await renderEmail(<Template {...Template.PreviewProps} />)) });
    }
  }
  return rendered;
}
