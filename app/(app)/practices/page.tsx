import type { Metadata } from "next";
import Link from "next/link";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { allPractices, allTags } from "@/lib/practices/library";
import { getPracticeOfTheWeek } from "@/lib/practices/service";

export const metadata: Metadata = { title: "Practices" };

export default async function PracticesPage({ searchParams }: { searchParams: Promise<{ tag?: string }> }) {
  const viewer = await requireOnboardedViewer();
  const { tag } = await searchParams;
  const tags = allTags();
  const active = tag && tags.includes(tag) ? tag : null;
  const current = await getPracticeOfTheWeek(viewer);
  // The practice of the week first, then the library in order.
  const practices = allPractices()
    .filter((p) => !active || p.tags.includes(active))
    .sort((a, b) => Number(b.slug === current.practice.slug) - Number(a.slug === current.practice.slug));
  const chip = (href: string, label: string, on: boolean) => (
    <Link
      key={label}
      href={href}
      aria-current={on ? "page" : undefined}
      className={`shrink-0 rounded-full border px-3.5 py-1.5 text-sm font-semibold ${on ? "border-clay bg-clay text-white" : "border-line bg-white text-ink hover:bg-sand"}`}
    >
      {label}
    </Link>
  );
  return (
    <>
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">Practices</h1>
        <p className="text-muted">Small, concrete ways to practise empathy and kindness together. One is your practice of the week.</p>
      </div>
      {/* One row that scrolls sideways on a phone, so the themes never push the practices off the first screen. */}
      <nav aria-label="Filter by theme" className="-mx-5 overflow-x-auto px-5 pb-1">
        <div className="flex gap-2">
          {chip("/practices", "All", !active)}
          {tags.map((t) => chip(`/practices?tag=${t}`, themeLabel(t), active === t))}
        </div>
      </nav>
      <ul className="grid gap-3 sm:grid-cols-2">
        {practices.map((practice) => (
          <li key={practice.slug}>
            <Link
              href={`/practices/${practice.slug}`}
              className="flex h-full flex-col gap-2 rounded-2xl border border-line bg-white p-5 hover:border-clay"
            >
              {practice.slug === current.practice.slug ? (
                <span className="self-start rounded-full bg-sage-light px-2.5 py-0.5 text-xs font-bold text-sage">This week</span>
              ) : null}
              <h2 className="text-lg font-bold">{practice.title}</h2>
              <p className="text-muted">{practice.summary}</p>
              <p className="mt-auto text-sm text-muted">
                {practice.minutes} min · {practice.tags.join(", ")}
              </p>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/** "perspective-taking" -> "Perspective taking". */
function themeLabel(tag: string): string {
  const words = tag.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
