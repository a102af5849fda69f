// next-auth's session cookie, over http or https (the __Secure- form), whole or in chunks (.0, .1…).
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

export function isSessionCookieName(name: string): boolean {
  return SESSION_COOKIE.test(name);
}
