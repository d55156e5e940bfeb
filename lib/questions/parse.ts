import { QuestionFileSchema, type Question } from "./schema";

/** One question file, validated; an error names the file and the entry at fault. */
export function parseQuestionFile(file: string, data: unknown): Question[] {
  const result = QuestionFileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const [, index] = issue.path;
    const entry = typeof index === "number" ? ` question ${index + 1}` : "";
    throw new Error(`content/questions/${file}${entry}: ${issue.path.join(".")}: ${issue.message}`);
  }
  const { theme, questions } = result.data;
  if (`${theme}.json` !== file) throw new Error(`content/questions/${file}: theme "${theme}" must match the file name`);
  for (const question of questions) {
    if (!question.id.startsWith(`${theme}-`)) throw new Error(`content/questions/${file}: id ${question.id} must start with "${theme}-"`);
  }
  return questions.map((q) => ({ ...q, theme }));
}
