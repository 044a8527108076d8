import { z } from "zod";

// Shapes of client→server frames. Anything that fails these is answered with pusher:error, never thrown.

export const MAX_EVENT_NAME_LENGTH = 200;
export const MAX_EVENT_DATA_BYTES = 10 * 1024; // Pusher's message size limit

export const inboundFrameSchema = z.object({
  event: z.string().min(1).max(MAX_EVENT_NAME_LENGTH),
  channel: z.string().max(1000).optional(),
  data: z.unknown().optional(),
});
export type InboundFrame = z.infer<typeof inboundFrameSchema>;

// Names are checked properly later; the cap only keeps a megabyte-long name from being echoed back.
export const subscribeDataSchema = z.object({
  channel: z.string().min(1).max(1000),
  auth: z.string().optional(),
  channel_data: z.string().optional(),
});

export const unsubscribeDataSchema = z.object({ channel: z.string().min(1).max(1000) });

export const signinDataSchema = z.object({ auth: z.string().min(1), user_data: z.string().min(1) });

/** Parsed `channel_data` of a presence subscription; ids may be numbers in older apps, we keep them as strings. */
export const channelDataSchema = z.object({
  user_id: z.union([z.string().min(1), z.number()]).transform(String),
  user_info: z.unknown().optional(),
});

/** Parsed signin `user_data`: the id must be a non-empty string (the SDK and pusher-js both insist). */
export const userDataSchema = z.object({ id: z.string().min(1), user_info: z.unknown().optional() }).loose();

/** pusher-js sends pusher:* data as objects, other clients as JSON strings; accept both. */
export function normaliseData(data: unknown): unknown {
  if (typeof data !== "string") return data;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return data;
  }
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Server→client data is always a JSON string (protocol 7); strings go through as they are, like the SDK does. */
export function encodeFrame(event: string, data: unknown, channel?: string, userId?: string): string {
  const frame: Record<string, unknown> = { event };
  if (channel !== undefined) frame.channel = channel;
  frame.data = typeof data === "string" ? data : JSON.stringify(data ?? {});
  if (userId !== undefined) frame.user_id = userId;
  return JSON.stringify(frame);
}

export const errorFrame = (code: number | null, message: string) => encodeFrame("pusher:error", { code, message });
