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
        {/*
          Installs the service worker after load (public/register-sw.js). An async script with a src is
          what React 19 renders the same on the server and on the client (an inline one it cannot run
          when the layout renders in the browser, as it does for a not-found page), and it is no
          client component for every page to download and hydrate.
        */}
        <script async src="/register-sw.js" nonce={(await headers()).get("x-nonce") ?? undefined} />
      </body>
    </html>
  );
}
