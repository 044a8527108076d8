// Reads a message as an SMTP server received it (tests: lib/testing/smtp-capture.ts): the subject
// with its encoded words decoded, and the text and HTML parts in UTF-8, whichever transfer encoding
// the sender chose (quoted-printable for mostly Latin text, base64 for Arabic).

type Part = { headers: Map<string, string>; body: string };

function parsePart(raw: string): Part {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? "" : raw.slice(at).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  // Folded header lines continue with whitespace.
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function quotedPrintableBytes(s: string): Buffer {
  const bytes: number[] = [];
  const text = s.replace(/=\r?\n/g, "");
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i]!, "utf8"));
  }
  return Buffer.from(bytes);
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  if (encoding === "base64") return Buffer.from(part.body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") return quotedPrintableBytes(part.body).toString("utf8");
  return part.body;
}

/** "=?UTF-8?Q?Ol=C3=A1?= =?UTF-8?B?...?=" → "Olá…" (adjacent encoded words join without the space). */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === "B" ? Buffer.from(data, "base64").toString("utf8") : quotedPrintableBytes(data.replace(/_/g, " ")).toString("utf8"),
    );
}

export function readMail(raw: string): { subject: string; text: string; html: string } {
  const top = parsePart(raw);
  const out = { subject: decodeWords(top.headers.get("subject") ?? ""), text: "", html: "" };
  const visit = (part: Part) => {
    const type = part.headers.get("content-type") ?? "text/plain";
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (type.toLowerCase().startsWith("multipart/") && boundary) {
      const sections = part.body.split(`--${boundary}`).slice(1);
      for (const section of sections) if (!section.startsWith("--")) visit(parsePart(section.replace(/^\r?\n/, "")));
    } else if (type.toLowerCase().startsWith("text/html")) out.html = decodeBody(part);
    else if (type.toLowerCase().startsWith("text/plain")) out.text = decodeBody(part);
  };
  visit(top);
  return out;
}
