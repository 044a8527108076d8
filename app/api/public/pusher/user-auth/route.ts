import { parseWith } from "@/lib/http/parse";
import { readRealtimeRequest } from "@/lib/http/realtime-caller";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";
import { authenticateUser, userAuthSchema } from "@/lib/access/channel-access";

export const dynamic = "force-dynamic";

/** Pusher user authentication (pusher:signin) for guests and staff. */
export const POST = handle(async (req: Request) => {
  const { fields, caller } = await readRealtimeRequest(req);
  const input = parseWith(userAuthSchema, fields);
  return json(await authenticateUser(caller, { socketId: input.socket_id }));
});

export const { GET, PUT, PATCH, DELETE } = refuseOtherMethods("POST");
