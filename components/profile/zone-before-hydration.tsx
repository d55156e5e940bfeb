"use client";

import { useServerInsertedHTML } from "next/navigation";
import { useRef } from "react";

/**
 * Picks the browser's time zone in every `select[data-detect-zone]` from the
 * moment the page's HTML arrives, long before React has loaded: when the DOM
 * is parsed, and again at submit (so a tap on Continue that beats even that
 * still sends the browser's zone), unless the person chose one themselves.
 */
const SCRIPT = `(function () {
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) {}
  if (!zone) return;
  var selector = "select[data-detect-zone]";
  function pick(select) {
    if (window.kindredZoneChosen) return;
    for (var i = 0; i < select.options.length; i++) if (select.options[i].value === zone) { select.value = zone; return; }
  }
  document.addEventListener("change", function (event) {
    if (event.target && event.target.matches && event.target.matches(selector)) window.kindredZoneChosen = true;
  }, true);
  document.addEventListener("submit", function (event) {
    var select = event.target.querySelector && event.target.querySelector(selector);
    if (select) pick(select);
  }, true);
  function all() { document.querySelectorAll(selector).forEach(pick); }
  document.addEventListener("DOMContentLoaded", all);
  all();
})();`;

/**
 * Sends SCRIPT with the page's HTML only (useServerInsertedHTML): it is
 * never part of the React tree, so a page rendered in the browser (after a
 * client-side navigation, where ProfileForm's effect picks the zone at once)
 * holds no script tag React would refuse to run.
 */
export function ZoneBeforeHydration({ nonce }: { nonce?: string }) {
  const sent = useRef(false);
  useServerInsertedHTML(() => {
    if (sent.current) return null;
    sent.current = true;
    return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
  });
  return null;
}
