import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { requireOnboardedViewer } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage() {
  const viewer = await requireOnboardedViewer();
  return (
    <>
      <div className="flex flex-col gap-1">
        <p className="text-muted">Hello,</p>
        <h1 className="text-3xl font-bold">{viewer.name}</h1>
      </div>
      <Card aria-labelledby="partner-heading">
        <h2 id="partner-heading" className="text-xl font-bold">
          Kindred is for two
        </h2>
        <p className="mt-2 text-muted">Linking with your partner is coming next. Until then, make yourself at home.</p>
      </Card>
    </>
  );
}
