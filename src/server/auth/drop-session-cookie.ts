import "server-only";
import { cookies } from "next/headers";

// next-auth's session cookie, over http or https (the __Secure- form), whole or in chunks (.0, .1…).
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/** Expires this browser's session cookie, as next-auth's own sign-out does. */
export async function dropSessionCookie(): Promise<void> {
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (!SESSION_COOKIE.test(name)) continue;
    // A __Secure- cookie is only replaced by one that is Secure as well.
    jar.set({
      name,
      value: "",
      expires: new Date(0),
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: name.startsWith("__Secure-"),
    });
  }
}
