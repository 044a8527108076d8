// The seed's channel-auth path: the very same handler as /api/public/pusher/auth/.
export { DELETE, GET, PATCH, POST, PUT } from "@/app/api/public/pusher/auth/route";
export const dynamic = "force-dynamic";
