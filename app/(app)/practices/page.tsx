import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "Practices" };

export default function Page() {
  return <ComingSoon title="Practices">A library of empathy practices and a shared practice of the week are on their way.</ComingSoon>;
}
