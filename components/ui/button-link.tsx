import Link from "next/link";
import type { ComponentProps } from "react";
import { buttonClass, type Variant } from "./button";

/** A link that looks like a Button. Its own module, so client components that only use Button do not bundle next/link again. */
export function ButtonLink({ variant = "primary", className = "", ...props }: ComponentProps<typeof Link> & { variant?: Variant }) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}
