import Link from "next/link";

/** The wordmark at the top of the pages outside the signed-in app, inside a banner landmark. */
export function BrandHeader({ href = "/" }: { href?: string }) {
  return (
    <header className="mb-10">
      <Link href={href} className="font-serif text-2xl font-bold text-clay">
        Kindred
      </Link>
    </header>
  );
}
