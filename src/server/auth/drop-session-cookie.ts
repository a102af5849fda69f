import "server-only";
import { cookies } from "next/headers";
import { isSessionCookieName } from "./session-cookie";

/** Expires this browser's session cookie, as next-auth's own sign-out does. */
export async function dropSessionCookie(): Promise<void> {
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (!isSessionCookieName(name)) continue;
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
