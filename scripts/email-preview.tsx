/**
 * `npm run email:preview`: renders every email template with its preview
 * props into .email-previews/<template>.html and .txt (HTML and text from the
 * same component, as the mailer sends them), to open in a browser.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderPreviews } from "./lib/email-previews";

const out = path.join(process.cwd(), ".email-previews");
mkdirSync(out, { recursive: true });

for (const { file, name, html, text } of await renderPreviews()) {
  const base = path.join(out, file.replace(/\.tsx$/, ""));
  writeFileSync(`${base}.html`, html);
  writeFileSync(`${base}.txt`, text);
  console.log(`${name}: ${path.relative(process.cwd(), base)}.html and .txt`);
}
