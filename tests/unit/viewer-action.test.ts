import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, UNAVAILABLE_MESSAGE } from "@/lib/errors";

const viewer = { id: "u1", email: "sam@example.com", name: "Sam", timeZone: "Europe/London", couple: null };
const mocks = vi.hoisted(() => ({
  requireOnboardedViewer: vi.fn(),
  checkWriteLimit: vi.fn(),
  revalidatePath: vi.fn(),
}));
vi.mock("@/lib/auth/viewer", () => ({ requireOnboardedViewer: mocks.requireOnboardedViewer, requireViewer: mocks.requireOnboardedViewer }));
vi.mock("@/lib/rate-limit/writes", () => ({ checkWriteLimit: mocks.checkWriteLimit }));
vi.mock("next/cache", () => ({ revalidatePath: mocks.revalidatePath }));

const { viewerAction } = await import("@/lib/forms/action");

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  data.set("$ACTION_ID_abc", "");
  return data;
}

const Schema = z.object({ note: z.string().min(1, "Write something") });

beforeEach(() => {
  vi.clearAllMocks();
  mocks.requireOnboardedViewer.mockResolvedValue(viewer);
  mocks.checkWriteLimit.mockResolvedValue(null);
});

describe("viewerAction", () => {
  it("finds the viewer once and hands the same one to the write limit and the handler", async () => {
    const handler = vi.fn(async () => undefined);
    await viewerAction(Schema, handler)({ status: "idle" }, form({ note: "hi" }));
    expect(mocks.requireOnboardedViewer).toHaveBeenCalledTimes(1);
    expect(mocks.checkWriteLimit).toHaveBeenCalledWith(viewer);
    expect(handler).toHaveBeenCalledWith(viewer, { note: "hi" });
  });

  it("revalidates and redirects only on success", async () => {
    const failing = viewerAction(
      Schema,
      async () => {
        throw new AppError("That note was already read.", "conflict");
      },
      { revalidate: ["/notes"], redirect: "/notes" },
    );
    expect(await failing({ status: "idle" }, form({ note: "hi" }))).toMatchObject({
      status: "error",
      message: "That note was already read.",
    });
    expect(mocks.revalidatePath).not.toHaveBeenCalled();

    const succeeding = viewerAction(Schema, async () => undefined, { revalidate: ["/notes", ["/", "layout"]], redirect: "/notes?sent=1" });
    await expect(succeeding({ status: "idle" }, form({ note: "hi" }))).rejects.toMatchObject({
      digest: expect.stringContaining("/notes?sent=1"),
    });
    expect(mocks.revalidatePath.mock.calls).toEqual([["/notes"], ["/", "layout"]]);
  });

  it("puts each field's message next to it and keeps what was typed, running nothing", async () => {
    const handler = vi.fn();
    expect(await viewerAction(Schema, handler)({ status: "idle" }, form({ note: "" }))).toEqual({
      status: "error",
      message: "Please check the highlighted fields.",
      fieldErrors: { note: "Write something" },
      values: { note: "" },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("says to slow down when over the write limit, running nothing", async () => {
    mocks.checkWriteLimit.mockResolvedValue("That's a lot of changes at once. Please wait 30 seconds and try again.");
    const handler = vi.fn();
    expect(await viewerAction(Schema, handler)({ status: "idle" }, form({ note: "hi" }))).toMatchObject({
      status: "error",
      message: /Please wait 30 seconds/,
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("turns an outage while finding the viewer into a message, keeping what was typed", async () => {
    mocks.requireOnboardedViewer.mockRejectedValue(Object.assign(new Error("Can't reach database server"), { code: "P1001" }));
    expect(await viewerAction(Schema, vi.fn())({ status: "idle" }, form({ note: "Long day, but we made it" }))).toEqual({
      status: "error",
      message: UNAVAILABLE_MESSAGE,
      values: { note: "Long day, but we made it" },
    });
  });

  it("lets the sign-in redirect of a signed-out caller through", async () => {
    const { redirect } = await import("next/navigation");
    mocks.requireOnboardedViewer.mockImplementation(async () => redirect("/signin"));
    await expect(viewerAction(Schema, vi.fn())({ status: "idle" }, form({ note: "hi" }))).rejects.toMatchObject({
      digest: expect.stringContaining("/signin"),
    });
  });
});

describe("which builder a form uses", () => {
  it("is viewerAction everywhere but the welcome form (the one used before onboarding) and the signed-link unsubscribe form", () => {
    const files = readdirSync("lib", { recursive: true, encoding: "utf8" }).filter((file) => path.basename(file) === "actions.ts");
    const uses = files.flatMap((file) =>
      [...readFileSync(path.join("lib", file), "utf8").matchAll(/export const (\w+) = (\w+Action)[<(]/g)].map(([, name, builder]) => ({
        file: path.join("lib", file),
        name,
        builder,
      })),
    );
    expect(uses.length).toBeGreaterThan(30);
    expect(uses.filter((use) => use.builder !== "viewerAction")).toEqual([
      { file: path.join("lib", "preferences", "actions.ts"), name: "setEmailKindAction", builder: "publicAction" },
      { file: path.join("lib", "profile", "actions.ts"), name: "completeProfile", builder: "onboardingAction" },
    ]);
  });
});
