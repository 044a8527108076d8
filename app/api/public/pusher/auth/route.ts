import { parseWith } from "@/lib/http/parse";
import { readRealtimeRequest } from "@/lib/http/realtime-caller";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";
import { authorizeChannel, channelAuthSchema } from "@/lib/access/channel-access";

export const dynamic = "force-dynamic";

/**
 * Pusher channel authorization for guests (booking token) and staff (session).
 * Also served at /api/notifications/pusher/auth/ (the seed's path) by re-export.
 */
export const POST = handle(async (req: Request) => {
  const { fields, caller } = await readRealtimeRequest(req);
  const input = parseWith(channelAuthSchema, fields);
  return json(await authorizeChannel(caller, { socketId: input.socket_id, channel: input.channel_name }));
});

export const { GET, PUT, PATCH, DELETE } = refuseOtherMethods("POST");
