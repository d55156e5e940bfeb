/**
 * `npm run email:preview`: renders every email template with its preview
 * props into .email-previews/<template>.html and .txt (HTML and text from the
 * same component, as the mailer sends them), to open in a browser.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { FunctionComponent } from "react";
import { renderEmail } from "@/lib/email/mailer";

type Template = FunctionComponent<Record<string, unknown>> & { PreviewProps?: Record<string, unknown> };

const directory = path.join(process.cwd(), "lib", "email", "templates");
const out = path.join(process.cwd(), ".email-previews");
mkdirSync(out, { recursive: true });

for (const file of readdirSync(directory).filter((name) => name.endsWith("-email.tsx"))) {
  const exports = (await import(pathToFileURL(path.join(directory, file)).href)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(exports)) {
    const Template = value as Template;
    if (typeof Template !== "function" || !Template.PreviewProps) continue;
    const { html, text } = await renderEmail(<Template {...Template.PreviewProps} />);
    const base = path.join(out, file.replace(/\.tsx$/, ""));
    writeFileSync(`${base}.html`, html);
    writeFileSync(`${base}.txt`, text);
    console.log(`${name}: ${path.relative(process.cwd(), base)}.html and .txt`);
  }
}
