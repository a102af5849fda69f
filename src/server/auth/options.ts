import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/server/db";
import { verifyCredentials } from "./verify-credentials";
import { trustedProxyHops } from "@/server/http/trusted-proxy";
import { requestAddress } from "./request-address";

const address = (headers: Record<string, string> | undefined) =>
  requestAddress(headers ?? {}, trustedProxyHops(process.env));

/**
 * Failures reach the browser as a short code in `error` (see sign-in-error.ts for the
 * Vietnamese text): never an internal message.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
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
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.name = user.displayName;
        token.role = user.role;
        token.provinceId = user.provinceId;
        token.blocId = user.blocId;
        token.unitId = user.unitId;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.sub ?? "",
        name: token.name ?? "",
        role: token.role,
        provinceId: token.provinceId,
        blocId: token.blocId,
        unitId: token.unitId,
      };
      return session;
    },
  },
};
