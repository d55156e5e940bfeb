"use client";

import { useState } from "react";
import { Button } from "./button";

/** Copies `value`; says so for sighted and screen-reader users alike. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <Button
        type="button"
        variant="secondary"
        className="min-h-9 px-3.5 py-1.5 text-sm"
        onClick={async () => {
          await navigator.clipboard.writeText(value);
          setCopied(true);
          setTimeout(() => setCopied(false), 2500);
        }}
      >
        {copied ? "Copied" : label}
      </Button>
      <span role="status" className="sr-only">
        {copied ? `${label}: copied` : ""}
      </span>
    </>
  );
}
