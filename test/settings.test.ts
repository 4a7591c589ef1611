import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Switchboard } from "../src/app.ts";
import { createSettingsService, SettingsValidationError } from "../src/settings/settings-service.ts";
import { buildSettingsKinds } from "../src/settings/settings-kinds.ts";
import { defaultEscalationPolicy } from "../src/escalation/escalation-policy.ts";
import { defaultGuardrailPolicy } from "../src/guardrails/index.ts";
import { listAudit } from "../src/privacy/audit-log.ts";
import { migrate } from "../src/storage/migrate.ts";
import { createPostgresTestDatabase } from "./helpers/postgres-test-database.ts";
import { postJson, sendMessage, startConversation, startTestSwitchboard, temporaryDataDir } from "./helpers/test-switchboard.ts";

let switchboard: Switchboard;
let dataDir: { dir: string; remove: () => Promise<void> };
let base: string;
let admin: Record<string, string>;

const send = (method: string, path: string, body?: unknown, headers = admin) =>
  fetch(`${base}${path}`, { method, headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) }, body: body === undefined ? undefined : JSON.stringify(body) });
const check = async (text: string) => (await (await postJson(base, "/v1/guardrails/check", { text, source: "INPUT" }, admin)).json()) as { action: string; findings: Array<{ type: string }> };
const withWords = (...custom: string[]) => ({ ...defaultGuardrailPolicy, name: `words-${custom.join("-")}`, words: { ...defaultGuardrailPolicy.words, custom } });

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

describe("settings over HTTP", () => {
  it("starts from configuration at version 0 and lists the kinds", async () => {
    const kinds = (await (await send("GET", "/v1/admin/settings")).json()) as { kinds: Array<{ kind: string }> };
    expect(kinds.kinds.map((entry) => entry.kind)).toEqual(expect.arrayContaining(["guardrail_policy", "escalation_policy"]));
    const current = (await (await send("GET", "/v1/admin/settings/escalation_policy")).json()) as any;
    expect(current).toMatchObject({ kind: "escalation_policy", version: 0, history: [] });
    expect(current.effective.refund.thresholdUsd).toBe(defaultEscalationPolicy.refund.thresholdUsd);
    expect((await send("GET", "/v1/admin/settings/no_such_kind")).status).toBe(404);
  });

  it("refuses an invalid document with 422 and every issue, storing nothing", async () => {
    const response = await send("PUT", "/v1/admin/settings/guardrail_policy", {
      body: { name: "", contentFilters: [{ type: "NOT_A_FILTER", inputStrength: "HIGH", outputStrength: "HIGH" }], sensitiveInformation: { regexes: [{ name: "x", pattern: "(", action: "BLOCK" }] } },
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { code: string; details: { issues: Array<{ path: string }> } } };
    expect(body.error.code).toBe("validation_failed");
    const paths = body.error.details.issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["body.name", "body.contentFilters.0.type", "body.sensitiveInformation.regexes.0.pattern", "body.messages"]));
    expect(((await (await send("GET", "/v1/admin/settings/guardrail_policy")).json()) as any).version).toBe(0);
  });

  it("applies a new guardrail policy at once, keeps versions, rolls back, and audits each change", async () => {
    expect((await check("Please frobnicate my order")).action).toBe("NONE");

    const first = await send("PUT", "/v1/admin/settings/guardrail_policy", { body: withWords("frobnicate"), comment: "block the f-word" });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ kind: "guardrail_policy", version: 1, createdBy: "admin-token", comment: "block the f-word" });
    expect((await check("Please frobnicate my order")).action).toBe("BLOCKED");

    expect((await send("PUT", "/v1/admin/settings/guardrail_policy", { body: withWords("quux") })).status).toBe(201);
    expect((await check("Please frobnicate my order")).action).toBe("NONE");
    expect((await check("Some quux here")).action).toBe("BLOCKED");

    const rolledBack = await send("POST", "/v1/admin/settings/guardrail_policy/rollback/1");
    expect(rolledBack.status).toBe(201);
    expect(await rolledBack.json()).toMatchObject({ version: 3, comment: "Rollback to version 1" });
    expect((await check("Please frobnicate my order")).action).toBe("BLOCKED");
    expect((await check("Some quux here")).action).toBe("NONE");
    expect((await send("POST", "/v1/admin/settings/guardrail_policy/rollback/99")).status).toBe(404);

    const current = (await (await send("GET", "/v1/admin/settings/guardrail_policy")).json()) as any;
    expect(current.version).toBe(3);
    expect(current.history.map((version: { version: number }) => version.version)).toEqual([3, 2, 1]);

    const audit = (await (await send("GET", "/v1/admin/audit?target=settings:guardrail_policy")).json()) as { entries: any[] };
    expect(audit.entries.map((entry) => entry.action)).toEqual(["settings.rolled_back", "settings.updated", "settings.updated"]);
    expect(audit.entries[2]).toMatchObject({ actor: "admin-token", before: { version: 0 }, after: { version: 1, comment: "block the f-word", changed: ["name", "words"] } });
  });

  it("applies a new escalation threshold to the next turn", async () => {
    const refund = "I would like a refund of $300 for my jacket, it arrived torn.";
    const reasonsOf = (reply: { body: any }) => (reply.body.escalation?.reasons ?? []).map((reason: { trigger: string }) => reason.trigger);
    expect(reasonsOf(await sendMessage(base, await startConversation(base), refund))).not.toContain("refund_over_threshold");

    const stricter = { ...defaultEscalationPolicy, refund: { ...defaultEscalationPolicy.refund, thresholdUsd: 100 } };
    expect((await send("PUT", "/v1/admin/settings/escalation_policy", { body: stricter, comment: "refunds over $100 go to a person" })).status).toBe(201);
    expect(reasonsOf(await sendMessage(base, await startConversation(base), refund))).toContain("refund_over_threshold");

    expect((await send("PUT", "/v1/admin/settings/escalation_policy", { body: {} })).status).toBe(201);
    expect(reasonsOf(await sendMessage(base, await startConversation(base), refund))).not.toContain("refund_over_threshold");
  });

  it("steers the model gateway: routing and budget each keep the other's part", async () => {
    const routing = (await (await send("GET", "/v1/admin/settings/routing_policy")).json()) as any;
    expect(routing.version).toBe(0);
    expect(routing.body.budget).toBeUndefined();
    const invalid = await send("PUT", "/v1/admin/settings/routing_policy", { body: { ...routing.body, tasks: { ...routing.body.tasks, judge: { ...routing.body.tasks.judge, onFailure: "degrade" } } } });
    expect(invalid.status).toBe(422);
    expect(((await invalid.json()) as any).error.details.issues).toContainEqual({ path: "body.tasks.judge.onFailure", message: "judge never degrades: must be wait" });

    expect((await send("PUT", "/v1/admin/settings/budget", { body: { dailyUsd: 12.5 } })).status).toBe(201);
    expect(switchboard.gateway.policy().budget.dailyUsd).toBe(12.5);
    const longer = { ...routing.body, retry: { ...routing.body.retry, maxAttempts: routing.body.retry.maxAttempts + 1 } };
    expect((await send("PUT", "/v1/admin/settings/routing_policy", { body: longer })).status).toBe(201);
    expect(switchboard.gateway.policy().retry.maxAttempts).toBe(routing.body.retry.maxAttempts + 1);
    expect(switchboard.gateway.policy().budget.dailyUsd).toBe(12.5);
    expect((await send("PUT", "/v1/admin/settings/budget", { body: { dailyUsd: -1 } })).status).toBe(422);
  });

  it("is for admins only", async () => {
    const agent = { authorization: `Bearer ${switchboard.agentToken}` };
    expect((await send("GET", "/v1/admin/settings/guardrail_policy", undefined, agent)).status).toBe(403);
    expect((await send("PUT", "/v1/admin/settings/guardrail_policy", { body: withWords("x") }, agent)).status).toBe(403);
    expect((await send("GET", "/v1/admin/audit", undefined, {})).status).toBe(401);
  });
});

describe("settings store on PostgreSQL", () => {
  it("numbers concurrent versions without gaps or duplicates, and audits each", async () => {
    const database = await createPostgresTestDatabase();
    try {
      await migrate(database.db, { requireVectors: false });
      const settings = createSettingsService(database.db, buildSettingsKinds({ guardrailPolicy: defaultGuardrailPolicy, escalationPolicy: {}, routingPolicy: {}, budget: {} }));
      const heard: number[] = [];
      settings.subscribe("escalation_policy", (value, version) => heard.push(version!.version));
      const versions = await Promise.all(
        [100, 200, 300, 400, 500].map((thresholdUsd) => settings.update("escalation_policy", { refund: { thresholdUsd } }, { actor: "ops@example.com" })),
      );
      expect(versions.map((version) => version.version).sort()).toEqual([1, 2, 3, 4, 5]);
      expect(heard.sort()).toEqual([1, 2, 3, 4, 5]);
      await expect(settings.update("escalation_policy", { refund: { thresholdUsd: -1 } }, { actor: "ops@example.com" })).rejects.toBeInstanceOf(SettingsValidationError);
      const rolled = await settings.rollback("escalation_policy", 2, { actor: "ops@example.com" });
      expect(rolled.version).toBe(6);
      const current = await settings.current("escalation_policy");
      expect((current.value as typeof defaultEscalationPolicy).refund.thresholdUsd).toBe((versions.find((version) => version.version === 2)!.body as any).refund.thresholdUsd);
      const audit = await listAudit(database.db, { limit: 10, target: "settings:escalation_policy" });
      expect(audit).toHaveLength(6);
      expect(audit.every((entry) => entry.actor === "ops@example.com")).toBe(true);
    } finally {
      await database.drop();
    }
  });
});
