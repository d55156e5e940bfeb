/*
 * Kindred's service worker, hand-written (no build step: it builds offline and
 * needs no nonce, being a worker script, not a page script).
 *
 * - Precaches the app shell (the offline page with the scripts and styles it
 *   names, icons, manifest) on install, so the offline page hydrates with no
 *   connection instead of failing on a chunk it never loaded.
 * - Pages: network first. The pages a person needs in a dead zone (home and
 *   the check-in form) are kept from their last visit and served when the
 *   network is gone; anything else falls back to the offline page. The
 *   cached copies are the person's own, dropped when they sign out.
 * - Next's hashed static files: cache first (they never change).
 * - Push: shows "who and what" (the server never sends private words), one
 *   notification per message (its tag), and sets the app icon's badge.
 * - A notification's tap opens the page it names, in a Kindred window if one is open.
 */
const VERSION = "v1";
const SHELL = `kindred-shell-${VERSION}`;
const PAGES = "kindred-pages";
const ASSETS = "kindred-assets";
const SHELL_URLS = ["/offline", "/manifest.webmanifest", "/icons/icon-192.png", "/icons/icon-512.png", "/icons/icon.svg"];
const OFFLINE_PAGES = ["/home", "/checkin"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(SHELL_URLS).then(() => cache.match("/offline")))
      .then((offline) => offline.text())
      .then((html) => {
        const assets = new Set(html.match(/\/_next\/static\/[^"'\s\\)]+/g) || []);
        return caches.open(ASSETS).then((cache) => cache.addAll([...assets]));
      })
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((name) => name.startsWith("kindred-shell-") && name !== SHELL).map((name) => caches.delete(name))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/_next/static/")) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === "navigate") {
    event.respondWith(networkFirstPage(request, url));
  }
});

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(ASSETS);
    await cache.put(request, response.clone());
  }
  return response;
}

async function networkFirstPage(request, url) {
  const keep = OFFLINE_PAGES.includes(url.pathname) && url.search === "";
  try {
    const response = await fetch(request);
    if (keep && response.ok && !response.redirected) {
      const cache = await caches.open(PAGES);
      await cache.put(url.pathname, response.clone());
    }
    return response;
  } catch (error) {
    const cached =
      (keep && (await caches.match(url.pathname, { cacheName: PAGES }))) || (await caches.match("/offline", { cacheName: SHELL }));
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener("message", (event) => {
  // Signing out: this device keeps nothing of the person's pages.
  if (event.data && event.data.type === "signed-out") event.waitUntil(caches.delete(PAGES));
});

self.addEventListener("push", (event) => {
  let message;
  try {
    message = event.data ? event.data.json() : null;
  } catch {
    message = null;
  }
  if (!message || typeof message.title !== "string")
    message = { title: "Kindred", body: "Something new is waiting for you.", url: "/home" };
  event.waitUntil(
    Promise.all([
      self.registration.showNotification(message.title, {
        body: message.body,
        tag: message.tag,
        icon: "/icons/icon-192.png",
        badge: "/icons/icon-192.png",
        data: { url: message.url || "/home" },
      }),
      setBadge(message.badge),
    ]),
  );
});

async function setBadge(count) {
  if (typeof count !== "number" || !("setAppBadge" in self.navigator)) return;
  try {
    if (count > 0) await self.navigator.setAppBadge(count);
    else await self.navigator.clearAppBadge();
  } catch {
    // The platform has no badge: nothing to do.
  }
}

/** Opens a notification's page: in a Kindred window already open (focused), or a new one. */
async function openFromNotification(path) {
  const target = new URL(path, self.location.origin);
  if (target.origin !== self.location.origin) return;
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (open) {
    const navigated = await open.navigate(target.href);
    await (navigated || open).focus().catch(() => undefined);
    return;
  }
  await self.clients.openWindow(target.href);
}
self.openFromNotification = openFromNotification;

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  event.waitUntil(openFromNotification((event.notification.data && event.notification.data.url) || "/home"));
});
