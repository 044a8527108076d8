import type { NextAuthConfig } from "next-auth";

// Provider-free part of the Auth.js config: safe to import from the proxy (no DB, no hasher).
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 }, // one working shift and a bit
  trustHost: true,
  providers: [],
  callbacks: {
    // The JWT only carries the staff id; roles and hotels are read from the DB on every request.
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
