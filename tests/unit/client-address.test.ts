import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/rate-limit/client-address";

const from = (values: Record<string, string>) => new Headers(values);

describe("the client's address, from the trusted proxy only", () => {
  it("with no proxy, takes the address Next.js recorded from the socket", () => {
    expect(clientAddress(from({ "x-forwarded-for": "203.0.113.5" }), 0)).toBe("203.0.113.5");
    expect(clientAddress(from({ "x-forwarded-for": "::ffff:127.0.0.1" }), 0)).toBe("127.0.0.1");
  });

  it("behind one proxy, takes the entry that proxy appended, never what the client wrote before it", () => {
    expect(clientAddress(from({ "x-forwarded-for": "1.2.3.4, 198.51.100.7" }), 1)).toBe("198.51.100.7");
    expect(clientAddress(from({ "x-forwarded-for": "9.9.9.9, 8.8.8.8, 198.51.100.7" }), 1)).toBe("198.51.100.7");
  });

  it("behind two proxies, takes the address the outer one saw", () => {
    expect(clientAddress(from({ "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.2" }), 2)).toBe("198.51.100.7");
    expect(clientAddress(from({ "x-forwarded-for": "10.0.0.2" }), 2)).toBeNull();
  });

  it("on Vercel, reads Vercel's own header", () => {
    expect(clientAddress(from({ "x-vercel-forwarded-for": "198.51.100.7", "x-forwarded-for": "6.6.6.6" }), "vercel")).toBe("198.51.100.7");
    expect(clientAddress(from({ "x-real-ip": "198.51.100.8" }), "vercel")).toBe("198.51.100.8");
  });

  it("is null, never a shared 'unknown', when nothing trustworthy says", () => {
    expect(clientAddress(from({}), 0)).toBeNull();
    expect(clientAddress(from({ "x-forwarded-for": "not-an-address" }), 1)).toBeNull();
    expect(clientAddress(from({ "x-forwarded-for": "unknown" }), 0)).toBeNull();
  });
});
