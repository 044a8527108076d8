// Same handler as /api/public/pusher/user-auth/.
export { POST } from "@/app/api/public/pusher/user-auth/route";
export const dynamic = "force-dynamic";
