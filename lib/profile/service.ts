import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import type { ProfileInput } from "./schema";

export async function updateProfile(viewer: Viewer, input: ProfileInput): Promise<void> {
  await db.user.update({ where: { id: viewer.id }, data: { name: input.name, timeZone: input.timeZone } });
}
