import { redirect } from "next/navigation";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import { FormMessage } from "@/components/ui/field";
import { getViewer } from "@/lib/auth/viewer";

const PILLARS = [
  { title: "Check in", text: "Two taps to say how you feel today, shared with your partner or kept to yourself." },
  { title: "Say thank you", text: "Short notes of appreciation for the small things that are easy to miss." },
  { title: "Practise together", text: "One empathy practice a week, from listening without fixing to forgiving." },
];

export default async function LandingPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  if (await getViewer()) redirect("/home");
  const { deleted } = await searchParams;
  return (
    <div className="mx-auto flex min-h-dvh max-w-3xl flex-col px-5 py-8">
      <header className="flex items-center justify-between">
        <span className="font-serif text-2xl font-bold text-clay">Kindred</span>
        <ButtonLink href="/signin" variant="ghost">
          Sign in
        </ButtonLink>
      </header>
      <main id="main" className="flex flex-1 flex-col justify-center gap-10 py-12">
        {deleted ? (
          <FormMessage
            status="success"
            message="Your account and everything in it are deleted: your profile, your check-ins, the notes you wrote and your settings. Thank you for the time you spent with Kindred."
          />
        ) : null}
        <div className="flex flex-col gap-5">
          <h1 className="text-4xl font-bold leading-tight sm:text-5xl">A kinder relationship, a few minutes a day.</h1>
          <p className="max-w-xl text-lg text-muted">
            Kindred is a quiet space for two partners to notice how the other is feeling, say thank you more often, and practise empathy
            together, one small habit at a time.
          </p>
          <div>
            <ButtonLink href="/signin">Get started</ButtonLink>
          </div>
        </div>
        <ul className="grid gap-4 sm:grid-cols-3">
          {PILLARS.map((pillar) => (
            <li key={pillar.title} className="rounded-2xl border border-line bg-white p-5">
              <h2 className="text-lg font-bold">{pillar.title}</h2>
              <p className="mt-1 text-muted">{pillar.text}</p>
            </li>
          ))}
        </ul>
      </main>
      <footer className="border-t border-line pt-4 text-sm text-muted">
        <Link href="/privacy" className="font-semibold text-clay-dark underline">
          Who sees what: privacy
        </Link>
      </footer>
    </div>
  );
}
