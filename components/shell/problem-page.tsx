import type { ReactNode } from "react";
import { BrandHeader } from "@/components/shell/brand-header";
import { ButtonLink } from "@/components/ui/button-link";

/** A calm full page for a request that could not be served: what happened, and a way on. */
export function ProblemPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto flex min-h-dvh max-w-md flex-col px-5 py-8">
      <BrandHeader />
      <main id="main" className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">{title}</h1>
        <p className="text-lg text-muted">{children}</p>
        <ButtonLink href="/home" className="self-start">
          Go home
        </ButtonLink>
      </main>
    </div>
  );
}
