import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { authConfig } from "./auth.config";
import { clientIp } from "./client-ip";
import { bumpSessionVersion, isSessionCurrent } from "./session-version";
import { verifyCredentials } from "./verify-credentials";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

function secret(): string | undefined {
  const s = env().AUTH_SECRET;
  // The launcher always provides one; a production process without it must not start serving.
  if (!s && env().NODE_ENV === "production") throw new Error("AUTH_SECRET must be set in production");
  return s;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: secret(),
  callbacks: {
    ...authConfig.callbacks,
    // The JWT carries the staff id and the session version it began with. Every later read
    // checks the version against the DB, so sign-out, deactivation, a password or role change
    // end the session at once instead of when the cookie expires.
    async jwt({ token, user }) {
      if (user?.id) return { ...token, sub: user.id, sv: (user as { sessionVersion?: number }).sessionVersion ?? 0 };
      if (!token.sub || typeof token.sv !== "number" || !(await isSessionCurrent(token.sub, token.sv))) return null;
      return token;
    },
  },
  events: {
    // Ends this session and the account's others (they share the version); a stale token changes nothing.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sub && typeof token.sv === "number" && (await isSessionCurrent(token.sub, token.sv))) await bumpSessionVersion(getDb(), token.sub);
    },
  },
  logger: {
    // A wrong password is an expected outcome (rate-limited and audited), not a server error.
    error(error: Error) {
      // By type, not class name: production builds minify class names.
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      const type = (error as { type?: string }).type ?? error.name;
      const cause = (error as { cause?: { err?: Error } }).cause?.err;
      console.error(`[auth] ${type}: ${error.message.split("\n")[0]}${cause ? ` (cause: ${cause.name}: ${cause.message.split("\n")[0]})` : ""}`);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const result = await verifyCredentials(credentials, clientIp(request.headers));
        if (result.ok) return result.user;
        if (result.reason === "RATE_LIMITED") throw new RateLimitedSignIn();
        return null;
      },
    }),
  ],
}));
