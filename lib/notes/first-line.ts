/** A note's first line, cut to `max` characters: for lists, the digest and labels (kept free of server code for the browser). */
export function firstLine(body: string, max: number): string {
  const line = body.split("\n")[0] ?? "";
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
