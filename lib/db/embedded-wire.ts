// The few PostgreSQL wire-protocol messages the embedded server reads or writes itself, so nothing
// malformed ever reaches PGlite (a bad startup packet kills it).

export const SSL_REQUEST = 80877103;
export const GSSENC_REQUEST = 80877104;
export const CANCEL_REQUEST = 80877102;
const PROTOCOL_3_0 = 196608;
// PostgreSQL's own limit for startup packets.
export const MAX_STARTUP_LENGTH = 10_000;
// Larger messages are refused rather than buffered without bound.
export const MAX_MESSAGE_LENGTH = 128 * 1024 * 1024;
// Frontend message types served after startup: password, simple and extended query, terminate.
// (COPY and the function-call message are not used by the app and are refused.)
export const FRONTEND_TYPES = new Set("pQPBDESHCX");

export type StartupResult = { ok: true; params: Record<string, string> } | { ok: false; code: string; message: string };

/** Reads a StartupMessage whose length prefix has already been checked. */
export function parseStartup(packet: Buffer): StartupResult {
  const version = packet.readInt32BE(4);
  if (version !== PROTOCOL_3_0) return { ok: false, code: "0A000", message: `unsupported frontend protocol ${version >> 16}.${version & 0xffff}` };
  if (packet[packet.length - 1] !== 0) return { ok: false, code: "08P01", message: "invalid startup packet layout" };
  const fields = packet.subarray(8, packet.length - 1).toString("utf8").split("\0");
  // After the pairs comes the final terminator, already stripped, so the split ends with "".
  if (fields.length < 3 || fields.pop() !== "" || fields.length % 2 !== 0) return { ok: false, code: "08P01", message: "invalid startup packet layout" };
  const params: Record<string, string> = {};
  for (let i = 0; i < fields.length; i += 2) {
    const key = fields[i]!;
    if (!key) return { ok: false, code: "08P01", message: "invalid startup packet layout" };
    params[key] = fields[i + 1]!;
  }
  if (!params.user) return { ok: false, code: "28000", message: "no user name specified in startup packet" };
  return { ok: true, params };
}

function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, "latin1");
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

/**
 * PGlite's one session gets the same startup every time: parameters from a client (search_path in
 * "options", …) would otherwise become the defaults every later connection inherits.
 */
export function canonicalStartup(): Uint8Array {
  const body = Buffer.from("user\0postgres\0database\0postgres\0\0", "utf8");
  const head = Buffer.alloc(8);
  head.writeInt32BE(body.length + 8, 0);
  head.writeInt32BE(PROTOCOL_3_0, 4);
  return new Uint8Array(Buffer.concat([head, body]));
}

/** AuthenticationCleartextPassword: the socket is loopback-only, so the password never leaves the host. */
export function cleartextPasswordRequest(): Buffer {
  const body = Buffer.alloc(4);
  body.writeInt32BE(3, 0);
  return message("R", body);
}

/** The password from a PasswordMessage ('p'), or null when it is not one. */
export function readPassword(msg: Buffer): string | null {
  if (msg[0] !== 0x70 || msg[msg.length - 1] !== 0) return null;
  return msg.subarray(5, msg.length - 1).toString("utf8");
}

export function errorResponse(severity: "ERROR" | "FATAL", code: string, text: string): Buffer {
  const field = (t: string, v: string) => Buffer.concat([Buffer.from(t, "latin1"), Buffer.from(v, "utf8"), Buffer.from([0])]);
  return message("E", Buffer.concat([field("S", severity), field("V", severity), field("C", code), field("M", text), Buffer.from([0])]));
}

/** A Sync message: ends whatever extended-protocol exchange a vanished client left half done. */
export const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

/** Walks a message body field by field; any field running past the end makes it malformed. */
class Reader {
  private at = 0;
  constructor(private readonly body: Buffer) {}
  cstring(): boolean {
    const end = this.body.indexOf(0, this.at);
    if (end < 0) return false;
    this.at = end + 1;
    return true;
  }
  int16(): number | null {
    if (this.at + 2 > this.body.length) return null;
    const v = this.body.readInt16BE(this.at);
    this.at += 2;
    return v;
  }
  int32(): number | null {
    if (this.at + 4 > this.body.length) return null;
    const v = this.body.readInt32BE(this.at);
    this.at += 4;
    return v;
  }
  skip(n: number): boolean {
    if (n < 0 || this.at + n > this.body.length) return false;
    this.at += n;
    return true;
  }
  byteIn(allowed: string): boolean {
    const b = this.body[this.at++];
    return b !== undefined && allowed.includes(String.fromCharCode(b));
  }
  done(): boolean {
    return this.at === this.body.length;
  }
}

function formatCodes(r: Reader): boolean {
  const n = r.int16();
  if (n === null || n < 0) return false;
  for (let i = 0; i < n; i++) {
    const f = r.int16();
    if (f !== 0 && f !== 1) return false;
  }
  return true;
}

/**
 * Checks a message's layout before PGlite sees it: PGlite treats a malformed message as fatal
 * for the whole engine (every client would lose the database), where PostgreSQL would drop one
 * connection. Contents (SQL, parameter values) are PGlite's to judge and fail as normal errors.
 */
export function wellFormed(type: string, body: Buffer): boolean {
  const r = new Reader(body);
  switch (type) {
    case "Q":
      return r.cstring() && r.done();
    case "P": {
      if (!r.cstring() || !r.cstring()) return false;
      const n = r.int16();
      if (n === null || n < 0) return false;
      for (let i = 0; i < n; i++) if (r.int32() === null) return false;
      return r.done();
    }
    case "B": {
      if (!r.cstring() || !r.cstring() || !formatCodes(r)) return false;
      const n = r.int16();
      if (n === null || n < 0) return false;
      for (let i = 0; i < n; i++) {
        const len = r.int32();
        if (len === null || len < -1 || (len > 0 && !r.skip(len))) return false;
      }
      return formatCodes(r) && r.done();
    }
    case "D":
    case "C":
      return r.byteIn("SP") && r.cstring() && r.done();
    case "E":
      return r.cstring() && r.int32() !== null && r.done();
    case "S":
    case "H":
    case "X":
      return r.done();
    case "p":
      return r.cstring() && r.done();
    default:
      return false;
  }
}

/**
 * COPY … FROM STDIN makes PGlite wait for data it cannot receive here, and it exits. The app never
 * uses it; a statement that looks like it is refused (a false positive only costs that connection).
 */
export function wantsCopyIn(type: string, body: Buffer): boolean {
  if (type !== "Q" && type !== "P") return false;
  const text = body.toString("utf8");
  return /\bcopy\b[\s\S]*\bfrom\s+stdin\b/i.test(text);
}
