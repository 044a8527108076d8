// Same handler as /api/public/pusher/user-auth/.
export { DELETE, GET, PATCH, POST, PUT } from "@/app/api/public/pusher/user-auth/route";
export const dynamic = "force-dynamic";
