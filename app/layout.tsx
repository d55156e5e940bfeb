import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ServiceWorker } from "@/components/phone/service-worker";
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

export default function RootLayout({ children }: { children: ReactNode }) {
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
        <ServiceWorker />
      </body>
    </html>
  );
}
