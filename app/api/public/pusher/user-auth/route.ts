import { parseWith } from "@/lib/http/parse";
import { readRealtimeRequest } from "@/lib/http/realtime-caller";
import { handle, json } from "@/lib/http/respond";
import { authenticateUser, userAuthSchema } from "@/lib/realtime/channel-auth";

export const dynamic = "force-dynamic";

/** Pusher user authentication (pusher:signin) for guests and staff. */
export const POST = handle(async (req: Request) => {
  const { fields, caller } = await readRealtimeRequest(req);
  const input = parseWith(userAuthSchema, fields);
  return json(await authenticateUser(caller, { socketId: input.socket_id }));
});
