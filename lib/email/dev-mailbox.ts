import "server-only";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { db } from "@/lib/db";
import { usesDevMailbox } from "@/lib/env";

/** The mailbox exists only while email is not really sent; otherwise its pages are 404. */
export async function assertDevMailbox(): Promise<void> {
  await connection();
  if (!usesDevMailbox()) notFound();
}

export function listMailbox(to?: string) {
  return db.outboxEmail.findMany({
    where: to ? { to: to.trim().toLowerCase() } : undefined,
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
    const text = (match[2] ?? "").replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();
    links.push({ href, text: text || href });
  }
  return links;
}
