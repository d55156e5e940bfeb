import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "Check in" };

export default function Page() {
  return <ComingSoon title="Check in">A two-tap mood check-in that your partner can see, or that you keep to yourself, is on its way.</ComingSoon>;
}
