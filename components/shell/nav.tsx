"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const NAV_ITEMS = [
  { href: "/home", label: "Home", icon: "M3 11.5 12 4l9 7.5V20a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z" },
  {
    href: "/checkin",
    label: "Check in",
    icon: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zm-4-7c1 1.5 2.3 2.2 4 2.2s3-.7 4-2.2M9 9.5h.01M15 9.5h.01",
  },
  { href: "/notes", label: "Notes", icon: "M4 5h16v11H8l-4 4zM8 9h8M8 12h5" },
  { href: "/talk", label: "Talk", icon: "M3 6h11v7H7l-4 3zM10 16v1h7l4 3V10h-4" },
  { href: "/practices", label: "Practices", icon: "M12 21s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 11c0 5.6-7 10-7 10z" },
  {
    href: "/settings",
    label: "Settings",
    icon: "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm7.4-3a7.4 7.4 0 0 0-.1-1.2l2-1.6-2-3.4-2.4 1a7.6 7.6 0 0 0-2-1.2L14.5 3h-4l-.4 2.6a7.6 7.6 0 0 0-2 1.2l-2.4-1-2 3.4 2 1.6a7.4 7.4 0 0 0 0 2.4l-2 1.6 2 3.4 2.4-1a7.6 7.6 0 0 0 2 1.2l.4 2.6h4l.4-2.6a7.6 7.6 0 0 0 2-1.2l2.4 1 2-3.4-2-1.6c.1-.4.1-.8.1-1.2z",
  },
] as const;

/** Bottom tab bar on phones, a top bar from tablet width up. */
export function MainNav({ badges = {} }: { badges?: Partial<Record<string, number>> }) {
  const pathname = usePathname();
  return (
    <nav
      aria-label="Main"
      className="fixed inset-x-0 bottom-0 z-40 border-t border-line bg-white/95 backdrop-blur sm:static sm:border-0 sm:bg-transparent"
    >
      <ul className="mx-auto flex max-w-3xl justify-around sm:justify-end sm:gap-1">
        {NAV_ITEMS.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          const badge = badges[item.href] ?? 0;
          return (
            <li key={item.href} className="flex-1 sm:flex-none">
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`relative flex min-h-14 flex-col items-center justify-center gap-0.5 px-0.5 text-xs font-semibold whitespace-nowrap sm:min-h-10 sm:flex-row sm:gap-2 sm:rounded-full sm:px-3.5 sm:text-sm ${
                  current ? "text-clay-dark sm:bg-sand" : "text-muted hover:text-ink"
                }`}
              >
                <svg
                  aria-hidden="true"
                  viewBox="0 0 24 24"
                  className="h-6 w-6 sm:h-5 sm:w-5"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="1.8"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                >
                  <path d={item.icon} />
                </svg>
                <span>{item.label}</span>
                {badge > 0 ? (
                  <span className="absolute right-1 top-1.5 min-w-5 rounded-full bg-clay px-1.5 text-center text-[11px] leading-5 text-white sm:static">
                    {badge}
                    <span className="sr-only">
                      {item.href === "/notes" ? " unread" : item.href === "/talk" ? " waiting for you" : " new"}
                    </span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
