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

describe("safeCallbackPath with the app's own origin", () => {
  it("turns an absolute address on the app's origin (as next-auth writes it) into its path", () => {
    expect(safeCallbackPath("http://localhost:3000/invite/abc", "/home", "http://localhost:3000")).toBe("/invite/abc");
  });

  it("still refuses another origin", () => {
    expect(safeCallbackPath("https://evil.example/invite/abc", "/home", "http://localhost:3000")).toBe("/home");
  });
});
