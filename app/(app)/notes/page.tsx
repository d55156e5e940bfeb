import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "Notes" };

export default function Page() {
  return <ComingSoon title="Notes">Appreciation notes to your partner are on their way.</ComingSoon>;
}
