import { describe, expect, it } from "vitest";
import { missingAuthSecret } from "@/server/auth/auth-secret";

describe("the session secret a production server needs before it starts", () => {
  it.each([
    ["production without a secret", { NODE_ENV: "production" }],
    ["production with an empty secret", { NODE_ENV: "production", NEXTAUTH_SECRET: "" }],
    ["production with only spaces", { NODE_ENV: "production", NEXTAUTH_SECRET: "   " }],
  ])("stops %s, saying what to set", (_name, env) => {
    expect(missingAuthSecret(env as NodeJS.ProcessEnv)).toMatch(/Chưa đặt NEXTAUTH_SECRET.*openssl rand/);
  });

  it.each([
    ["production with a secret", { NODE_ENV: "production", NEXTAUTH_SECRET: "k3y-0f-the-province" }],
    ["production with next-auth's other name for it", { NODE_ENV: "production", AUTH_SECRET: "k3y" }],
    ["development without one (next-auth's own fallback)", { NODE_ENV: "development" }],
    ["tests without one", { NODE_ENV: "test" }],
  ])("lets %s start", (_name, env) => {
    expect(missingAuthSecret(env as NodeJS.ProcessEnv)).toBeNull();
  });
});
