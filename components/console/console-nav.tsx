"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { NewOrdersBadge } from "./new-orders-badge";

/** `ordersChannel`: the hotel's staff-orders channel, for the unread badge on the Orders link. */
export function ConsoleNav({ items, ordersChannel }: { items: { href: string; label: React.ReactNode }[]; ordersChannel?: string }) {
  const path = usePathname();
  return (
    <nav aria-label="Console" className="border-b border-stone-200 bg-white">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4">
        {items.map((i) => {
          const active = i.href === "/console" ? path === "/console" : path.startsWith(i.href);
          return (
            <li key={i.href}>
              <Link
                href={i.href}
                aria-current={active ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-3 text-sm font-medium ${active ? "border-brand-600 text-brand-700" : "border-transparent text-stone-700 hover:text-stone-900"}`}
              >
                {i.label}
                {i.href === "/console/orders" && ordersChannel && <NewOrdersBadge channel={ordersChannel} />}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
