import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback";

describe("safeCallbackPath", () => {
  it("keeps a path on this site with its query", () => {
    expect(safeCallbackPath("/invite/abc?x=1")).toBe("/invite/abc?x=1");
  });

  it.each(["https://evil.example/home", "//evil.example/home", "javascript:alert(1)", 42, undefined, ""])(
    "falls back to home for %s",
    (value) => {
      expect(safeCallbackPath(value)).toBe("/home");
    },
  );
});
