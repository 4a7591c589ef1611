import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Switchboard } from "../src/app.ts";
import { postJson, startTestSwitchboard, temporaryDataDir } from "./helpers/test-switchboard.ts";

let switchboard: Switchboard;
let dataDir: { dir: string; remove: () => Promise<void> };
let base: string;
let admin: Record<string, string>;

const call = (method: string, path: string, body?: unknown, headers = admin) =>
  fetch(`${base}${path}`, { method, headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) }, body: body === undefined ? undefined : JSON.stringify(body) });
const logIn = async (email: string, password: string) => {
  const response = await postJson(base, "/v1/auth/login", { email, password });
  return { status: response.status, cookie: response.headers.get("set-cookie")?.split(";")[0] ?? "" };
};
const audit = async (target: string) => ((await (await call("GET", `/v1/admin/audit?target=${encodeURIComponent(target)}`)).json()) as { entries: any[] }).entries;

beforeAll(async () => {
  dataDir = await temporaryDataDir();
  switchboard = await startTestSwitchboard(dataDir.dir);
  base = switchboard.url!;
  admin = { authorization: `Bearer ${switchboard.adminToken}` };
});

afterAll(async () => {
  await switchboard?.close();
  await dataDir?.remove();
});

describe("users and roles", () => {
  it("adds a user with a one-time password, changes the role, resets the password and deletes, auditing each", async () => {
    const created = await call("POST", "/v1/admin/users", { email: "Sam@Example.com", name: "Sam", role: "agent" });
    expect(created.status).toBe(201);
    const { user, oneTimePassword } = (await created.json()) as { user: { id: string; email: string }; oneTimePassword: string };
    expect(user.email).toBe("sam@example.com");
    const session = await logIn("sam@example.com", oneTimePassword);
    expect(session.status).toBe(200);
    expect((await call("GET", "/v1/admin/users", undefined, { cookie: session.cookie })).status).toBe(403);

    expect(((await (await call("PATCH", `/v1/admin/users/${user.id}`, { role: "admin" })).json()) as any).user.role).toBe("admin");
    expect((await call("GET", "/v1/admin/users", undefined, { cookie: session.cookie })).status).toBe(200);

    const reset = (await (await call("POST", `/v1/admin/users/${user.id}/password`)).json()) as { oneTimePassword: string };
    expect(reset.oneTimePassword).not.toBe(oneTimePassword);
    // The reset ends the sessions and the old password.
    expect((await call("GET", "/v1/admin/users", undefined, { cookie: session.cookie })).status).toBe(401);
    expect((await logIn("sam@example.com", oneTimePassword)).status).toBe(401);
    expect((await logIn("sam@example.com", reset.oneTimePassword)).status).toBe(200);

    // Sam is the only admin account: the admin token alone is no reason to leave none.
    expect(((await (await call("DELETE", `/v1/admin/users/${user.id}`)).json()) as any).error.code).toBe("last_admin");
    expect((await call("POST", "/v1/admin/users", { email: "kim@example.com", role: "admin" })).status).toBe(201);
    expect((await call("DELETE", `/v1/admin/users/${user.id}`)).status).toBe(200);
    expect((await call("DELETE", `/v1/admin/users/${user.id}`)).status).toBe(404);
    expect((await logIn("sam@example.com", reset.oneTimePassword)).status).toBe(401);

    const entries = await audit(`user:${user.id}`);
    expect(entries.map((entry) => entry.action)).toEqual(["user.deleted", "user.password_reset", "user.role_changed", "user.created"]);
    expect(entries[2]).toMatchObject({ actor: "admin-token", before: { role: "agent" }, after: { role: "admin" } });
    expect(JSON.stringify(entries)).not.toContain(reset.oneTimePassword);
  });

  it("keeps an admin from locking themselves out and always leaves one enabled admin", async () => {
    const { user: first } = (await (await call("POST", "/v1/admin/users", { email: "root@example.com", role: "admin", password: "first-admin-password" })).json()) as any;
    const { cookie } = await logIn("root@example.com", "first-admin-password");
    const asFirst = { cookie, origin: base };
    expect(((await (await call("PATCH", `/v1/admin/users/${first.id}`, { role: "agent" }, asFirst)).json()) as any).error.code).toBe("cannot_change_self");
    expect((await call("DELETE", `/v1/admin/users/${first.id}`, undefined, asFirst)).status).toBe(409);

    // Once every other admin is disabled, root is the last enabled admin.
    const users = ((await (await call("GET", "/v1/admin/users")).json()) as { users: Array<{ id: string; email: string; role: string; disabled: boolean }> }).users;
    for (const other of users.filter((candidate) => candidate.role === "admin" && candidate.id !== first.id && !candidate.disabled)) {
      expect((await call("PATCH", `/v1/admin/users/${other.id}`, { disabled: true })).status).toBe(200);
    }
    const last = await call("PATCH", `/v1/admin/users/${first.id}`, { disabled: true });
    expect(last.status).toBe(409);
    expect(((await last.json()) as any).error.code).toBe("last_admin");
    expect((await call("PATCH", `/v1/admin/users/${first.id}`, { name: "Root" })).status).toBe(200);
  });

  it("audits API tokens and widget sites", async () => {
    const token = (await (await call("POST", "/v1/admin/tokens", { name: "ci", role: "agent" })).json()) as { id: string; token: string };
    expect((await call("DELETE", `/v1/admin/tokens/${token.id}`)).status).toBe(200);
    const entries = await audit(`api_token:${token.id}`);
    expect(entries.map((entry) => entry.action)).toEqual(["api_token.revoked", "api_token.created"]);
    expect(JSON.stringify(entries)).not.toContain(token.token);

    const site = (await (await call("POST", "/v1/admin/sites", { name: "Shop", allowedOrigins: ["https://shop.example"] })).json()) as { id: string; secret: string };
    expect((await call("DELETE", `/v1/admin/sites/${site.id}`)).status).toBe(200);
    const siteEntries = await audit(`widget_site:${site.id}`);
    expect(siteEntries.map((entry) => entry.action)).toEqual(["widget_site.deleted", "widget_site.created"]);
    expect(JSON.stringify(siteEntries)).not.toContain(site.secret);
  });
});
