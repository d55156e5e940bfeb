import "server-only";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { db } from "@/lib/db";
import { canonicalEmail } from "./address";
import { usesDevMailbox } from "@/lib/env";

/** The mailbox exists only while email is not really sent; otherwise its pages are 404. */
export async function assertDevMailbox(): Promise<void> {
  await connection();
  if (!usesDevMailbox()) notFound();
}

export function listMailbox(to?: string) {
  return db.outboxEmail.findMany({
    where: to ? { to: canonicalEmail(to) } : undefined,
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, to: true, subject: true, createdAt: true },
  });
}

export function getMailboxEmail(id: string) {
  return db.outboxEmail.findUnique({ where: { id } });
}

/** The links in an email, so a person (or a test) can follow them from the mailbox page. */
export function linksIn(html: string): { href: string; text: string }[] {
  const links: { href: string; text: string }[] = [];
  const seen = new Set<string>();
  for (const match of html.matchAll(/<a\b[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi)) {
    const href = (match[1] ?? "").replaceAll("&amp;", "&");
    if (seen.has(href) || !/^https?:/.test(href)) continue;
    seen.add(href);
    const text = decodeEntities((match[2] ?? "").replace(/<[^>]+>/g, ""))
      .replace(/[\u200b-\u200f\u2000-\u200a\u202f\ufeff]/g, "")
      .replace(/\s+/g, " ")
      .trim();
    links.push({ href, text: text || href });
  }
  return links;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
    }
    return NAMED[body.toLowerCase()] ?? entity;
  });
}
