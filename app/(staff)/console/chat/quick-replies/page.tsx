import type { Metadata } from "next";
import Link from "next/link";
import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffPage } from "@/lib/auth/staff-page";
import { MAX_QUICK_REPLIES } from "@/lib/chat/quick-replies";
import { QuickRepliesManager } from "./quick-replies-manager";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Quick replies" };

/** The hotel's saved chat replies (ADMIN and FRONT_DESK, as the API; kitchen staff have no chat). */
export default async function QuickRepliesPage() {
  const ctx = await staffPage(GUEST_DESK_ROLES);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/console/chat" className="text-sm text-brand-700 underline">
        ← Back to guest chat
      </Link>
      <h1 className="text-2xl font-semibold">Quick replies</h1>
      <p className="text-sm text-stone-700">Saved answers the whole desk can insert into a chat reply. Up to {MAX_QUICK_REPLIES} per hotel.</p>
      <QuickRepliesManager defaultLanguage={ctx.hotel.defaultLanguage} />
    </div>
  );
}
