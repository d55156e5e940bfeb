import { ProblemPage } from "@/components/shell/problem-page";

export default function NotFound() {
  return <ProblemPage title="We couldn't find that">The page may have moved, or what it showed is no longer shared with you.</ProblemPage>;
}
