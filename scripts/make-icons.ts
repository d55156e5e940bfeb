/** Renders public/icons/icon.svg to the PNG sizes phones want, with Debian's Chromium. Run after changing the icon. */
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumFlags, chromiumPath } from "./lib/chromium";

const svg = readFileSync("public/icons/icon.svg", "utf8");
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
for (const [size, padding] of [
  [192, 0],
  [512, 0],
  [512, 64],
] as const) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = size - 2 * padding;
  const background = padding ? "#b4533c" : "transparent";
  await page.setContent(
    `<html><body style="margin:0;background:${background}"><div style="padding:${padding}px;width:${inner}px;height:${inner}px">${svg}</div></body></html>`,
  );
  const name = padding ? `icon-maskable-${size}.png` : `icon-${size}.png`;
  await page.screenshot({ path: `public/icons/${name}`, omitBackground: !padding });
  await page.close();
}
await browser.close();
