import Link from "next/link";
import { LiveIndicator } from "@/components/realtime/live-indicator";

/** The bar on the portal's inner pages: back to the stay, the page's title, and whether it is live. */
export function StaySubpageHeader({ title, titleAs: Title = "p", live }: { title: string; titleAs?: "h1" | "p"; live: boolean }) {
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-xl items-center justify-between gap-3 px-4 py-4">
        <div>
          <Link href="/stay" className="text-sm text-brand-50 underline underline-offset-2">
            ← Your stay
          </Link>
          <Title dir="auto" className="text-lg font-semibold">{title}</Title>
        </div>
        {live && <LiveIndicator tone="dark" />}
      </div>
    </header>
  );
}
