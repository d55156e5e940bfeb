import Link from "next/link";
import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto flex min-h-dvh max-w-md flex-col px-5 py-8">
      <Link href="/" className="mb-10 self-start font-serif text-2xl font-bold text-clay">
        Kindred
      </Link>
      <main id="main" className="flex flex-1 flex-col">
        {children}
      </main>
    </div>
  );
}
