import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kindred", template: "%s · Kindred" },
  description:
    "Kindred helps two partners practise empathy and kindness together: check-ins, appreciation notes and a shared practice of the week.",
  icons: { icon: "/icons/icon.svg", apple: "/icons/icon-192.png" },
  appleWebApp: { capable: true, title: "Kindred", statusBarStyle: "default" },
};

export const viewport: Viewport = {
  themeColor: "#b4533c",
  width: "device-width",
  initialScale: 1,
};

/**
 * Installs the service worker (public/sw.js: the installable app, the offline page, push)
 * once the page has loaded, so its precaching never competes with the first paint. An inline
 * script with this request's CSP nonce rather than a client component: no script file that
 * every page would download and hydrate for one call.
 */
const REGISTER_SERVICE_WORKER = `"serviceWorker" in navigator && addEventListener("load", function () { navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () {}); });`;

export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        {children}
        <script nonce={(await headers()).get("x-nonce") ?? undefined} dangerouslySetInnerHTML={{ __html: REGISTER_SERVICE_WORKER }} />
      </body>
    </html>
  );
}
