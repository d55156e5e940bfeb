import { Card } from "@/components/ui/card";

/** A section in the navigation that is not built yet: say so plainly. */
export function ComingSoon({ title, children }: { title: string; children: string }) {
  return (
    <>
      <h1 className="text-3xl font-bold">{title}</h1>
      <Card>
        <p className="text-muted">{children}</p>
      </Card>
    </>
  );
}
