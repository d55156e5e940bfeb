import { ButtonLink } from "@/components/ui/button-link";
import { BrandHeader } from "@/components/shell/brand-header";

export default function NotFound() {
  return (
    <div className="mx-auto flex min-h-dvh max-w-md flex-col px-5 py-8">
      <BrandHeader />
      <main id="main" className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">We couldn&apos;t find that</h1>
        <p className="text-lg text-muted">The page may have moved, or what it showed is no longer shared with you.</p>
        <ButtonLink href="/home" className="self-start">
          Go home
        </ButtonLink>
      </main>
    </div>
  );
}
