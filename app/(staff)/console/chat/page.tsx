import type { Metadata } from "next";
import { z } from "zod";
import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffPage } from "@/lib/auth/staff-page";
import { ChatInbox } from "./chat-inbox";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Chat" };

// Links from Today, the booking page and check-out open one conversation; anything else opens the inbox.
const conversationParam = z.uuid();

/** The hotel's guest chat inbox (ADMIN and FRONT_DESK; kitchen staff have no chat). */
export default async function ChatPage({ searchParams }: { searchParams: Promise<{ conversation?: string | string[] }> }) {
  const ctx = await staffPage(GUEST_DESK_ROLES);
  const opened = conversationParam.safeParse((await searchParams).conversation);
  return <ChatInbox hotelSlug={ctx.hotel.slug} staffId={ctx.staff.id} initialConversation={opened.success ? opened.data : null} />;
}
