import type { NextAuthConfig } from "next-auth";

// Provider-free part of the Auth.js config: safe to import from the proxy (no DB, no hasher).
export const authConfig = {
  // Errors (e.g. /api/auth/error?error=Configuration) land on the login page, not on a 500.
  pages: { signIn: "/login", error: "/login" },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 }, // one working shift and a bit
  trustHost: true,
  providers: [],
  callbacks: {
    // The JWT only carries the staff id; roles and hotels are read from the DB on every request.
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    // Only this site's own URLs; an unparsable one falls back to the site instead of throwing.
    redirect({ url, baseUrl }) {
      try {
        const target = new URL(url, baseUrl);
        return target.origin === new URL(baseUrl).origin ? target.href : baseUrl;
      } catch {
        return baseUrl;
      }
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
