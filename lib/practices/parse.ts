import { PracticeFrontMatterSchema, REQUIRED_SECTIONS, type Practice } from "./schema";

/** Validates one practice file; errors name the file so a broken one is easy to find. */
export function parsePractice(file: string, data: unknown, body: string): Practice {
  const result = PracticeFrontMatterSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".") || "front matter"}: ${i.message}`).join("; ");
    throw new Error(`content/practices/${file}: ${problems}`);
  }
  if (`${result.data.slug}.md` !== file) throw new Error(`content/practices/${file}: slug "${result.data.slug}" must match the file name`);
  for (const section of REQUIRED_SECTIONS) {
    if (!body.includes(`## ${section}`)) throw new Error(`content/practices/${file}: missing the "## ${section}" section`);
  }
  const exercise = body.split("## This week's small exercise")[1]?.split(/\n## /)[0]?.trim() ?? "";
  if (exercise.length < 20) throw new Error(`content/practices/${file}: the exercise section is empty`);
  return { ...result.data, body: body.trim(), exercise };
}
