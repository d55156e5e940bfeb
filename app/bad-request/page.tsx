import type { Metadata } from "next";
import { ProblemPage } from "@/components/shell/problem-page";

export const metadata: Metadata = { title: "That address doesn't work", robots: { index: false } };

/** Where proxy.ts sends a request whose address is malformed (answered 400). */
export default function BadRequestPage() {
  return (
    <ProblemPage title="That address doesn't work">
      Part of the link is broken. If someone sent it to you, ask them for it again.
    </ProblemPage>
  );
}
