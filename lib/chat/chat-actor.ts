import "server-only";
import type { StaffContext } from "@/lib/auth/staff-context";
import { parseWith } from "@/lib/http/parse";
import type { ChatActor } from "./staff-actions";
import { conversationIdSchema } from "./schemas";

/** The console caller as the chat use cases take it. */
export const chatActorOf = (ctx: StaffContext): ChatActor => ({ staffId: ctx.staff.id, staffName: ctx.staff.name, hotelId: ctx.hotel.id });

/** A conversation id from the path; anything that is not a uuid is refused before the database sees it. */
export const conversationIdOf = (id: string) => parseWith(conversationIdSchema, id);
