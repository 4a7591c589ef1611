import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureFirstAdmin } from "../src/accounts/account-service.ts";
import { signIdentity } from "../src/accounts/identity-signature.ts";
import type { Switchboard } from "../src/app.ts";
import { postJson, sendMessage, startTestSwitchboard, temporaryDataDir } from "./helpers/test-switchboard.ts";

let switchboard: Switchboard;
let dataDir: { dir: string; remove: () => Promise<void> };
let base: string;
let admin: Record<string, string>;

const patch = (path: string, body: unknown) => fetch(`${base}${path}`, { method: "PATCH", headers: { "content-type": "application/json", ...admin }, body: JSON.stringify(body) });
const get = (path: string, headers: Record<string, string>) => fetch(`${base}${path}`, { headers });

async function logIn(email: string, password: string): Promise<Response> {
  return postJson(base, "/v1/auth/login", { email, password });
}

beforeAll(async () => {
  dataDir = await temporaryDataDir();
  // A deployment's stance: typed-in e-mails unlock nothing.
  switchboard = await startTestSwitchboard(dataDir.dir, { SWITCHBOARD_TRUST_UNVERIFIED_EMAIL: "false" });
  base = switchboard.url!;
  admin = { authorization: `Bearer ${switchboard.adminToken}` };
});

afterAll(async () => {
  await switchboard?.close();
  await dataDir?.remove();
});

describe("first admin", () => {
  it("is created once with a one-time password that signs in", async () => {
    const first = await ensureFirstAdmin(switchboard.db);
    expect(first?.email).toBe("admin@localhost");
    expect(await ensureFirstAdmin(switchboard.db)).toBeUndefined();
    const response = await logIn("ADMIN@localhost", first!.password);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { user: { role: string } }).user.role).toBe("admin");
  });
});

describe("sessions", () => {
  let cookie: string;
  let userId: string;
  let password: string;

  beforeAll(async () => {
    const created = await postJson(base, "/v1/admin/users", { email: "Dana@Example.com", name: "Dana", role: "agent" }, admin);
    expect(created.status).toBe(201);
    const body = (await created.json()) as { user: { id: string; email: string }; oneTimePassword: string };
    expect(body.user.email).toBe("dana@example.com");
    userId = body.user.id;
    password = body.oneTimePassword;
    const response = await logIn("dana@example.com", password);
    const setCookie = response.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/^sb_session=[\w-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Max-Age=28800/);
    expect(setCookie).not.toMatch(/Secure/);
    cookie = setCookie.split(";")[0];
  });

  it("refuses a wrong password, an unknown e-mail and a duplicate user alike", async () => {
    expect((await logIn("dana@example.com", "not-the-password")).status).toBe(401);
    expect((await logIn("nobody@example.com", "not-the-password")).status).toBe(401);
    expect((await postJson(base, "/v1/admin/users", { email: "dana@example.com", role: "agent" }, admin)).status).toBe(409);
    expect((await postJson(base, "/v1/admin/users", { email: "short@example.com", role: "agent", password: "short" }, admin)).status).toBe(422);
  });

  it("says who is signed in, and marks the cookie Secure behind HTTPS", async () => {
    const me = await get("/v1/auth/me", { cookie });
    expect(await me.json()).toMatchObject({ credential: "session", role: "agent", email: "dana@example.com", userId });
    const response = await fetch(`${base}/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-proto": "https" },
      body: JSON.stringify({ email: "dana@example.com", password }),
    });
    expect(response.headers.get("set-cookie")).toMatch(/; Secure/);
  });

  it("ignores the cookie on a state-changing request from another origin", async () => {
    const request = (origin: string) =>
      fetch(`${base}/v1/desk/conversations/00000000-0000-4000-8000-000000000000/claim`, { method: "POST", headers: { cookie, origin } });
    expect((await request("https://evil.example")).status).toBe(401);
    expect((await request(base)).status).toBe(404);
  });

  it("ends when the user is disabled", async () => {
    expect((await patch(`/v1/admin/users/${userId}`, { disabled: true })).status).toBe(200);
    expect((await get("/v1/desk/queue", { cookie })).status).toBe(401);
    expect((await logIn("dana@example.com", password)).status).toBe(401);
    expect((await patch(`/v1/admin/users/${userId}`, { disabled: false, role: "admin" })).status).toBe(200);
    const users = (await (await get("/v1/admin/users", admin)).json()) as { users: Array<{ email: string; role: string }> };
    expect(users.users.find((user) => user.email === "dana@example.com")?.role).toBe("admin");
    expect(JSON.stringify(users)).not.toMatch(/password/i);
  });

  it("logs out", async () => {
    const created = (await (await postJson(base, "/v1/admin/users", { email: "lee@example.com", role: "agent", password: "a-long-enough-password" }, admin)).json()) as object;
    expect(created).not.toHaveProperty("oneTimePassword");
    const session = (await logIn("lee@example.com", "a-long-enough-password")).headers.get("set-cookie")!.split(";")[0];
    expect((await get("/v1/desk/queue", { cookie: session })).status).toBe(200);
    const out = await fetch(`${base}/v1/auth/logout`, { method: "POST", headers: { cookie: session, origin: base } });
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toMatch(/sb_session=;/);
    expect((await get("/v1/desk/queue", { cookie: session })).status).toBe(401);
  });
});

describe("API tokens", () => {
  it("are shown once, listed without secrets, and stop working when revoked", async () => {
    const created = (await (await postJson(base, "/v1/admin/tokens", { name: "reporting", role: "agent" }, admin)).json()) as { id: string; token: string };
    expect(created.token).toMatch(/^sbt_/);
    const auth = { authorization: `Bearer ${created.token}` };
    expect((await get("/v1/desk/queue", auth)).status).toBe(200);
    expect((await get("/v1/admin/tokens", auth)).status).toBe(403);
    const listed = await (await get("/v1/admin/tokens", admin)).text();
    expect(listed).toContain("reporting");
    expect(listed).not.toContain(created.token);
    expect(JSON.parse(listed).tokens[0].lastUsedAt).not.toBeNull();
    expect((await fetch(`${base}/v1/admin/tokens/${created.id}`, { method: "DELETE", headers: admin })).status).toBe(200);
    expect((await get("/v1/desk/queue", auth)).status).toBe(401);
  });
});

describe("customer identity from the host site", () => {
  let site: { id: string; secret: string };

  beforeAll(async () => {
    const response = await postJson(base, "/v1/admin/sites", { name: "Shop", allowedOrigins: ["https://shop.example/"] }, admin);
    expect(response.status).toBe(201);
    site = (await response.json()) as { id: string; secret: string };
    const listed = await (await get("/v1/admin/sites", admin)).text();
    expect(listed).toContain("https://shop.example");
    expect(listed).not.toContain(site.secret);
  });

  const identity = (email: string, secret = site.secret) => ({ userId: "u-17", email, signature: signIdentity(secret, "u-17", email) });
  const start = (body: unknown, headers: Record<string, string> = { origin: "https://shop.example" }) => postJson(base, "/v1/conversations", body, headers);

  it("discloses an order only to a signed identity when typed e-mails are not trusted", async () => {
    const signed = await start({ site: site.id, identity: identity("ana@example.com") });
    expect(signed.status).toBe(201);
    const verified = (await signed.json()) as { id: string; token: string; emailVerified: boolean };
    expect(verified.emailVerified).toBe(true);
    expect((await sendMessage(base, verified, "Where is my order TS-5001?")).body.message.text).toContain("JD0146000062812345");

    const typed = (await (await start({ customer: { email: "ana@example.com" } }, {})).json()) as { id: string; token: string; emailVerified: boolean };
    expect(typed.emailVerified).toBe(false);
    const answer = (await sendMessage(base, typed, "Where is my order TS-5001?")).body.message.text as string;
    expect(answer).not.toContain("JD0146000062812345");
    expect(answer).not.toContain("DHL");
  });

  it("lets a trusted backend (an admin credential) vouch for the e-mail", async () => {
    const response = await start({ customer: { email: "ana@example.com" } }, admin);
    expect(((await response.json()) as { emailVerified: boolean }).emailVerified).toBe(true);
  });

  it("refuses a forged signature, an unknown site and a foreign origin", async () => {
    expect((await start({ site: site.id, identity: identity("ana@example.com", "not-the-secret") })).status).toBe(401);
    expect((await start({ site: site.id, identity: { ...identity("ana@example.com"), email: "mallory@example.com" } })).status).toBe(401);
    expect((await start({ site: "site_nope", identity: identity("ana@example.com") })).status).toBe(422);
    expect((await start({ identity: identity("ana@example.com") })).status).toBe(422);
    expect((await start({ site: site.id }, { origin: "https://evil.example" })).status).toBe(403);
    const anonymous = (await (await start({ site: site.id })).json()) as { token: string; emailVerified: boolean };
    expect(anonymous.emailVerified).toBe(false);
    expect(anonymous.token).toBeTruthy();
  });
});
