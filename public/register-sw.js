// Installs the service worker (sw.js: the installable app, the offline page, push) once the
// page has loaded, so its precaching never competes with the first paint.
(function () {
  if (!("serviceWorker" in navigator)) return;
  function register() {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () {});
  }
  if (document.readyState === "complete") register();
  else addEventListener("load", register);
})();
