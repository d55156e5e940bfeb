import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const text = z.string().trim().min(3).max(400);

const GuidanceSchema = z.object({
  start: z.object({ title: text, intro: text, topicHint: text }),
  speaker: z.object({ heading: text, guide: text, stems: z.array(z.string().trim().min(2).max(60)).min(2), absoluteHint: text }),
  listener: z.object({ heading: text, guide: text, reflectStem: text, validateStem: text, waiting: text }),
  confirm: z.object({ heading: text, guide: text, yes: text, notQuite: text, missedHint: text }),
  swap: text,
  close: z.object({ heading: text, guide: text, appreciationHint: text, agreementHint: text, apologyHint: text, done: text }),
});

const BreaksSchema = z.object({
  options: z.array(z.object({ id: z.string().regex(/^[a-z0-9]+$/), label: text, minutes: z.number().int().positive().nullable() })).min(2),
  defaultMessage: text,
  reminder: text,
});

type TalkGuidance = z.infer<typeof GuidanceSchema>;
type TalkBreaks = z.infer<typeof BreaksSchema>;

/** A file of content/talk, validated; an error names the file and the field at fault. */
export function parseTalkFile<S extends z.ZodType>(file: string, schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`content/talk/${file}: ${issue.path.join(".") || "file"}: ${issue.message}`);
  }
  return result.data;
}

function read<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  return parseTalkFile(file, schema, JSON.parse(readFileSync(path.join(process.cwd(), "content", "talk", file), "utf8")));
}

let cache: { guidance: TalkGuidance; breaks: TalkBreaks } | undefined;

/** The guidance texts, stems and break messages of content/talk, read and validated once per process. */
export function talkContent() {
  cache ??= { guidance: read("guidance.json", GuidanceSchema), breaks: read("breaks.json", BreaksSchema) };
  return cache;
}

export { BreaksSchema };
