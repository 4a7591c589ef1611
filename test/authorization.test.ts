import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Switchboard } from "../src/app.ts";
import { startOidcTestIssuer } from "./helpers/oidc-test-issuer.ts";
import { postJson, startConversation, startTestSwitchboard, temporaryDataDir } from "./helpers/test-switchboard.ts";

/**
 * Walks every operation of the OpenAPI document with every kind of caller and checks the answer
 * against the access rule of its path: a new route that no rule covers fails here.
 */

type Access = "public" | "signed" | "customer" | "agent" | "admin";
type Credentials = Record<string, string>;

const publicOperations = new Set(["GET /healthz", "GET /readyz", "GET /openapi.json", "GET /metrics", "POST /v1/conversations", "POST /v1/auth/login", "POST /v1/auth/logout"]);
// Authenticated by something other than a principal: a one-time ticket, a webhook signature.
const signedOperations = new Set(["GET /v1/ws", "POST /v1/integrations/ticketing/webhook"]);

function accessOf(method: string, path: string): Access {
  const operation = `${method} ${path}`;
  if (publicOperations.has(operation)) return "public";
  if (signedOperations.has(operation)) return "signed";
  if (path.startsWith("/v1/conversations/{id}") || path === "/v1/ws-tickets") return "customer";
  if (path.startsWith("/v1/desk/") || path === "/v1/auth/me") return "agent";
  if (/^\/v1\/(admin|kb|jobs|guardrails)\//.test(path)) return "admin";
  throw new Error(`No access rule covers ${operation}: add one here and in the authorization layer`);
}

let switchboard: Switchboard;
let dataDir: { dir: string; remove: () => Promise<void> };
let issuer: Awaited<ReturnType<typeof startOidcTestIssuer>>;
let base: string;
let conversation: { id: string; token: string };
let other: { id: string; token: string };
const callers: Record<string, Credentials> = {};

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function logIn(email: string, password: string): Promise<Credentials> {
  const response = await postJson(base, "/v1/auth/login", { email, password });
  expect(response.status).toBe(200);
  const cookie = response.headers.get("set-cookie")!.split(";")[0];
  return { cookie };
}

async function addUser(email: string, role: "admin" | "agent"): Promise<string> {
  const password = `${role}-password-long-enough`;
  const response = await postJson(base, "/v1/admin/users", { email, role, password }, bearer(switchboard.adminToken));
  expect(response.status).toBe(201);
  return password;
}

async function apiToken(role: "admin" | "agent"): Promise<Credentials> {
  const response = await postJson(base, "/v1/admin/tokens", { name: `${role} machine`, role }, bearer(switchboard.adminToken));
  expect(response.status).toBe(201);
  return bearer(((await response.json()) as { token: string }).token);
}

beforeAll(async () => {
  issuer = await startOidcTestIssuer();
  dataDir = await temporaryDataDir();
  switchboard = await startTestSwitchboard(dataDir.dir, { SWITCHBOARD_OIDC_ISSUER: issuer.issuer, SWITCHBOARD_OIDC_AUDIENCE: "switchboard-desk" });
  base = switchboard.url!;
  conversation = await startConversation(base);
  other = await startConversation(base);
  callers["customer token"] = bearer(conversation.token);
  callers["agent token"] = bearer(switchboard.agentToken);
  callers["agent session"] = await logIn("agent@example.com", await addUser("agent@example.com", "agent"));
  callers["agent API token"] = await apiToken("agent");
  callers["agent OIDC JWT"] = bearer(await issuer.sign({ sub: "oidc-agent", aud: "switchboard-desk", "cognito:groups": ["agent"] }));
  callers["admin token"] = bearer(switchboard.adminToken);
  callers["admin session"] = await logIn("boss@example.com", await addUser("boss@example.com", "admin"));
  callers["admin API token"] = await apiToken("admin");
  callers["admin OIDC JWT"] = bearer(await issuer.sign({ sub: "oidc-admin", client_id: "switchboard-desk", "cognito:groups": ["agent", "admin"] }));
});

afterAll(async () => {
  await switchboard?.close();
  await dataDir?.remove();
  await issuer?.close();
});

async function call(method: string, path: string, headers: Credentials = {}): Promise<number> {
  const url = base + path.replace(/\{id\}/g, path.startsWith("/v1/conversations/") ? conversation.id : path.includes("/sites/") ? "site_unknown" : "00000000-0000-4000-8000-000000000000").replace(/\{\w+\}/g, "00000000-0000-4000-8000-000000000000");
  const response = await fetch(url, { method: method.toUpperCase(), headers });
  // Event streams stay open when access is granted: the status is all this test needs.
  await response.body?.cancel();
  return response.status;
}

const isDenied = (status: number) => status === 401 || status === 403;

describe("authorization of every documented operation", () => {
  it("matches each access rule", async () => {
    const document = (await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, Record<string, { security?: Array<Record<string, string[]>> }>> };
    const failures: string[] = [];
    const expectStatus = (operation: string, caller: string, status: number, expected: "allowed" | 401 | 403) => {
      const ok = expected === "allowed" ? !isDenied(status) : status === expected;
      if (!ok) failures.push(`${operation} as ${caller}: ${status}, expected ${expected}`);
    };
    let checked = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const name = `${method.toUpperCase()} ${path}`;
        const access = accessOf(method.toUpperCase(), path);
        checked++;
        const schemes = (operation.security ?? []).flatMap((requirement) => Object.keys(requirement));
        if (access === "admin") expect(schemes, name).not.toContain("agentToken");
        if (access === "admin" || access === "agent") expect(schemes, name).toContain("adminToken");

        const anonymous = await call(method, path);
        if (access === "public") {
          expect(isDenied(anonymous), `${name} anonymously: ${anonymous}`).toBe(false);
          continue;
        }
        if (access === "signed") {
          // No signature is 401 (503 while the ticketing webhook has no secret); a plain GET of /v1/ws is
          // no upgrade, so HTTP answers 404 (ticket checks at upgrade are covered by the WebSocket tests).
          expect([401, 404, 503], name).toContain(anonymous);
          continue;
        }
        expectStatus(name, "nobody", anonymous, 401);
        for (const [caller, headers] of Object.entries(callers)) {
          const status = await call(method, path, headers);
          const isAdmin = caller.startsWith("admin");
          const isAgent = caller.startsWith("agent");
          if (access === "admin") expectStatus(name, caller, status, isAdmin ? "allowed" : 403);
          if (access === "agent") expectStatus(name, caller, status, isAdmin || isAgent ? "allowed" : 403);
          if (access === "customer") {
            // A WebSocket ticket opens the conversation of a customer token; staff credentials name no conversation.
            const allowed = caller === "customer token" || (isAdmin && path !== "/v1/ws-tickets");
            expectStatus(name, caller, status, allowed ? "allowed" : 403);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(30);
  });

  it("keeps a customer token out of another conversation", async () => {
    for (const path of [`/v1/conversations/${other.id}`, `/v1/conversations/${other.id}/events`]) {
      expect(await call("GET", path, bearer(conversation.token))).toBe(403);
    }
    const response = await postJson(base, `/v1/conversations/${other.id}/messages`, { text: "hello" }, bearer(conversation.token));
    expect(response.status).toBe(403);
  });

  it("rejects unknown, forged and foreign credentials with 401", async () => {
    const stranger = await startOidcTestIssuer();
    const tokens = [
      "sbt_not-a-real-token",
      `${other.id}.forged`,
      await issuer.sign({ sub: "late", aud: "switchboard-desk", "cognito:groups": ["admin"] }, { expiresIn: "-1m" }),
      await issuer.sign({ sub: "elsewhere", aud: "another-client", "cognito:groups": ["admin"] }),
      await stranger.sign({ sub: "mallory", aud: "switchboard-desk", "cognito:groups": ["admin"] }, { issuer: issuer.issuer }),
    ];
    await stranger.close();
    for (const token of tokens) expect(await call("GET", "/v1/admin/users", bearer(token)), token).toBe(401);
    expect(await call("GET", "/v1/admin/users", { cookie: "sb_session=made-up" })).toBe(401);
  });

  it("gives an OIDC identity without one of our groups no role", async () => {
    const token = await issuer.sign({ sub: "visitor", aud: "switchboard-desk", "cognito:groups": ["readers"] });
    expect(await call("GET", "/v1/desk/queue", bearer(token))).toBe(403);
  });
});
