import type { Metadata } from "next";
import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffPage } from "@/lib/auth/staff-page";
import { ChatInbox } from "./chat-inbox";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Chat" };

/** The hotel's guest chat inbox (ADMIN and FRONT_DESK; kitchen staff have no chat). */
export default async function ChatPage() {
  const ctx = await staffPage(GUEST_DESK_ROLES);
  return <ChatInbox hotelSlug={ctx.hotel.slug} staffId={ctx.staff.id} />;
}
