"use client";

import { useEffect } from "react";

/** Installs the service worker (public/sw.js): the installable app, the offline page, push. */
export function ServiceWorker() {
  useEffect(() => {
    if ("serviceWorker" in navigator) void navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
  }, []);
  return null;
}
