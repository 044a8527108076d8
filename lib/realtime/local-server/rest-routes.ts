import { z } from "zod";
import type { ChannelsRegistry } from "./channels-registry";
import { channelKind, isValidChannelName, SOCKET_ID_PATTERN } from "./channel-names";
import { encodeFrame, MAX_EVENT_DATA_BYTES, MAX_EVENT_NAME_LENGTH } from "./frames";

// The REST API's behaviour, free of HTTP plumbing: each route returns a status and a JSON body.

export type RestResult = { status: number; body: unknown };
export type RestDeps = { channels: ChannelsRegistry; terminateUser: (userId: string) => void };

export const MAX_CHANNELS_PER_EVENT = 100;
export const MAX_BATCH_SIZE = 10;

const fail = (status: number, error: string): RestResult => ({ status, body: { error } });
const ok = (body: unknown = {}): RestResult => ({ status: 200, body });

const eventSchema = z.object({
  name: z.string().min(1).max(MAX_EVENT_NAME_LENGTH),
  data: z.string(),
  channels: z.array(z.string()).optional(),
  channel: z.string().optional(),
  socket_id: z.string().regex(SOCKET_ID_PATTERN).optional(),
  info: z.string().optional(),
});
const batchSchema = z.object({ batch: z.array(eventSchema.extend({ channel: z.string() }).omit({ channels: true })) });

const infoAttributes = (info: string | undefined) => (info ?? "").split(",").map((s) => s.trim()).filter(Boolean);

function firstZodIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "Invalid body";
}

type Publish = { name: string; data: string; channels: string[]; socket_id?: string };

/** Shared checks for /events and each /batch_events item; returns an error result or null. */
function checkPublish(p: Publish): RestResult | null {
  if (p.channels.length === 0) return fail(400, "No channels given");
  if (p.channels.length > MAX_CHANNELS_PER_EVENT) return fail(400, `At most ${MAX_CHANNELS_PER_EVENT} channels per event`);
  const bad = p.channels.find((c) => !isValidChannelName(c));
  if (bad !== undefined) return fail(400, `Invalid channel name: ${bad.slice(0, 210)}`);
  if (Buffer.byteLength(p.data, "utf8") > MAX_EVENT_DATA_BYTES) return fail(413, "Event data is over 10 KB");
  return null;
}

function publish(deps: RestDeps, p: Publish): void {
  for (const channel of p.channels) {
    deps.channels.broadcast(channel, encodeFrame(p.name, p.data, channel), p.socket_id);
  }
}

export function postEvents(deps: RestDeps, body: unknown): RestResult {
  const parsed = eventSchema.safeParse(body);
  if (!parsed.success) return fail(400, firstZodIssue(parsed.error));
  const e = parsed.data;
  const channels = e.channels ?? (e.channel !== undefined ? [e.channel] : []);
  const p = { name: e.name, data: e.data, channels, socket_id: e.socket_id };
  const error = checkPublish(p);
  if (error) return error;
  publish(deps, p);
  const attrs = infoAttributes(e.info);
  if (attrs.length === 0) return ok();
  return ok({ channels: Object.fromEntries(channels.map((c) => [c, deps.channels.channelInfo(c, attrs)])) });
}

export function postBatchEvents(deps: RestDeps, body: unknown): RestResult {
  const parsed = batchSchema.safeParse(body);
  if (!parsed.success) return fail(400, firstZodIssue(parsed.error));
  const batch = parsed.data.batch;
  if (batch.length > MAX_BATCH_SIZE) return fail(400, `At most ${MAX_BATCH_SIZE} events per batch`);
  const items = batch.map((e) => ({ name: e.name, data: e.data, channels: [e.channel], socket_id: e.socket_id }));
  for (const item of items) {
    const error = checkPublish(item);
    if (error) return error; // all-or-nothing: nothing is sent if any item is invalid
  }
  for (const item of items) publish(deps, item);
  if (!batch.some((e) => infoAttributes(e.info).length > 0)) return ok();
  return ok({ batch: batch.map((e) => deps.channels.channelInfo(e.channel, infoAttributes(e.info))) });
}

export function getChannels(deps: RestDeps, query: Record<string, string>): RestResult {
  const prefix = query.filter_by_prefix ?? "";
  const attrs = infoAttributes(query.info);
  if (attrs.includes("user_count") && !prefix.startsWith("presence-")) {
    return fail(400, "info=user_count requires filter_by_prefix starting with presence-");
  }
  const channels: Record<string, Record<string, number>> = {};
  for (const name of deps.channels.channelNames()) {
    if (name.startsWith(prefix)) channels[name] = deps.channels.channelInfo(name, attrs);
  }
  return ok({ channels });
}

export function getChannel(deps: RestDeps, channel: string, query: Record<string, string>): RestResult {
  if (!isValidChannelName(channel)) return fail(400, "Invalid channel name");
  const attrs = infoAttributes(query.info);
  if (attrs.includes("user_count") && channelKind(channel) !== "presence") {
    return fail(400, "info=user_count is only available for presence channels");
  }
  const subscriptions = deps.channels.subscriptionCount(channel);
  return ok({ occupied: subscriptions > 0, ...deps.channels.channelInfo(channel, attrs) });
}

export function getChannelUsers(deps: RestDeps, channel: string): RestResult {
  if (!isValidChannelName(channel)) return fail(400, "Invalid channel name");
  if (channelKind(channel) !== "presence") return fail(400, "Users are only available for presence channels");
  return ok({ users: deps.channels.users(channel).map((id) => ({ id })) });
}

export function postTerminateUser(deps: RestDeps, userId: string): RestResult {
  if (userId.length === 0) return fail(400, "Invalid user id");
  deps.terminateUser(userId);
  return ok();
}
