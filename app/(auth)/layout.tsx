import { BrandHeader } from "@/components/shell/brand-header";
import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto flex min-h-dvh max-w-md flex-col px-5 py-8">
      <BrandHeader />
      <main id="main" className="flex flex-1 flex-col">
        {children}
      </main>
    </div>
  );
}
