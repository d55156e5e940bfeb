import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseQuestionFile } from "./parse";
import type { Question } from "./schema";

const DIRECTORY = path.join(process.cwd(), "content", "questions");

let cache: Question[] | undefined;

/** Every question in content/questions, validated once per process, in file order. */
export function questionBank(): Question[] {
  cache ??= readdirSync(DIRECTORY)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .flatMap((file) => parseQuestionFile(file, JSON.parse(readFileSync(path.join(DIRECTORY, file), "utf8"))));
  return cache;
}

export function questionById(id: string): Question | undefined {
  return questionBank().find((q) => q.id === id);
}
