import "server-only";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import type { ProfileInput } from "./schema";

export async function updateProfile(viewer: Viewer, input: ProfileInput): Promise<void> {
  const me = assertViewer(viewer);
  await db.user.update({ where: { id: me.id }, data: { name: input.name, timeZone: input.timeZone } });
}
