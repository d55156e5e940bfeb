import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { parsePractice } from "./parse";
import type { Practice } from "./schema";

const DIRECTORY = path.join(process.cwd(), "content", "practices");

let cache: Practice[] | undefined;

/**
 * Every practice in content/practices, validated, sorted by title. Read from
 * disk on the server only: the content never enters a client bundle.
 */
export function allPractices(): Practice[] {
  cache ??= readdirSync(DIRECTORY)
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => {
      const { data, content } = matter(readFileSync(path.join(DIRECTORY, file), "utf8"));
      return parsePractice(file, data, content);
    })
    .sort((a, b) => a.title.localeCompare(b.title));
  return cache;
}

export function practiceBySlug(slug: string): Practice | undefined {
  return allPractices().find((p) => p.slug === slug);
}

export function allTags(): string[] {
  return [...new Set(allPractices().flatMap((p) => p.tags))].sort();
}
