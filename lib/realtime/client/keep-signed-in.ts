// Framework-free: keeps a pusher-js client that signs in (pusher:signin) signed in through passing
// trouble. pusher-js never reconnects after the server closes a socket with a 4000–4099 code, which
// is how a Pusher-protocol server ends a socket whose sign-in failed or came too late; without this
// a page whose sign-in met an overloaded or restarting app stayed offline until reloaded.

/** What this needs of a pusher-js client (a real `Pusher` satisfies it). */
export type SigningClient = {
  connection: { bind(event: string, cb: (e: never) => void): void; unbind(event: string, cb: (e: never) => void): void };
  user: { bind(event: string, cb: (e: never) => void): void; unbind(event: string, cb: (e: never) => void): void };
  connect(): void;
  disconnect(): void;
};

// The local server says "not signed in within"; Pusher Channels "not authorized within timeout".
const SIGNIN_DEADLINE = /not (signed in|authori[sz]ed) within/i;

/**
 * Reconnects (which signs in again) after a passing sign-in failure (no answer, 5xx) or the
 * server's sign-in deadline; never after a refusal (401/403), and never after the server ended
 * the socket on purpose (a revoked link, a deactivated account: "terminated by the server").
 * Returns the function that stops it.
 */
export function keepSignedIn(client: SigningClient, delayMs = 3000): () => void {
  let refused = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const reconnect = () => {
    if (refused || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      client.disconnect();
      client.connect();
    }, delayMs);
  };
  const onSigninError = (e: { status?: number }) => {
    if (e.status === 401 || e.status === 403) refused = true;
    else reconnect();
  };
  const onError = (e: { data?: { code?: number; message?: string } }) => {
    if (e?.data?.code === 4009 && SIGNIN_DEADLINE.test(e.data.message ?? "")) reconnect();
  };
  client.user.bind("pusher:signin_error", onSigninError as (e: never) => void);
  client.connection.bind("error", onError as (e: never) => void);
  return () => {
    clearTimeout(retry);
    client.user.unbind("pusher:signin_error", onSigninError as (e: never) => void);
    client.connection.unbind("error", onError as (e: never) => void);
  };
}
