import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/server/db";
import { cachedSessionAccount } from "@/server/cache/session-accounts";
import { findSessionUser } from "./find-session-user";
import { verifyCredentials } from "./verify-credentials";
import { trustedProxyHops } from "@/server/http/trusted-proxy";
import { requestAddress } from "./request-address";
import { sessionTokenCodec } from "./session-token";

const address = (headers: Record<string, string> | undefined) =>
  requestAddress(headers ?? {}, trustedProxyHops(process.env));

/**
 * Failures reach the browser as a short code in `error` (see sign-in-error.ts for the
 * Vietnamese text): never an internal message.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  jwt: sessionTokenCodec,
  pages: { signIn: "/dang-nhap" },
  providers: [
    CredentialsProvider({
      name: "Tài khoản",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const result = await verifyCredentials(db, credentials, address(request.headers)).catch(
          (error: unknown) => {
            console.error("[auth] sign-in failed unexpectedly", error);
            throw new Error("unavailable");
          },
        );
        if (result.ok) return result.user;
        const failure = result.failure;
        throw new Error(typeof failure === "string" ? failure : `locked:${failure.lockedSeconds}`);
      },
    }),
  ],
  callbacks: {
    // The token carries only who signed in and at which session version; everything else is
    // read from the database on every request (session callback).
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.name = user.displayName;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    // Every reader of the session goes through here — pages, actions and routes by
    // getSessionUser, the browser by /api/auth/session — so a stale token is refused everywhere.
    async session({ session, token }) {
      const claim = { userId: token.sub, sessionVersion: token.sessionVersion };
      const user = await findSessionUser(db, claim, cachedSessionAccount);
      return user ? { user, expires: session.expires } : { expires: session.expires };
    },
  },
};
