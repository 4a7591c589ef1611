import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Switchboard } from "../../src/app.ts";
import { ingestDocuments, postJson, startTestSwitchboard, temporaryDataDir } from "../helpers/test-switchboard.ts";
import { testDocuments } from "../helpers/test-documents.ts";

const chromiumPath = process.env.SWITCHBOARD_CHROMIUM ?? "/usr/bin/chromium";
const hasChromium = existsSync(chromiumPath);
if (!hasChromium && process.env.CI) throw new Error(`Browser tests need Chromium at ${chromiumPath} (apt-get install -y chromium)`);

const screenshots = path.resolve(import.meta.dirname, "../../test-artifacts/screenshots");
const inPage = <T = unknown>(page: Page, expression: string) => page.evaluate<T>(expression);

const hostPage = (baseUrl: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Acme Outdoor</title>
<style>body { font-family: Georgia, serif; margin: 0; background: #faf7f2; } header { padding: 24px 48px; background: #2f4f3f; color: #fff; font-size: 24px; } main { padding: 48px; }</style></head>
<body><header>Acme Outdoor</header><main><h1>Trail shoes for every season</h1></main>
<script src="${baseUrl}/widget.js" data-site="acme" data-title="Acme help"></script>
</body></html>`;

const receipt = `ACME OUTDOOR — RECEIPT
Order number: TS-5001
Date: 2026-11-02
1 x Trail runner shoes   89.00
1 x Merino socks         12.00
Total: 101.00 EUR
`;

describe.skipIf(!hasChromium)("live desk and admin pages in a real browser", () => {
  let switchboard: Switchboard;
  let baseUrl: string;
  let removeData: () => Promise<void>;
  let host: Server;
  let hostUrl: string;
  let browser: Browser;
  const admin = () => ({ authorization: `Bearer ${switchboard.adminToken}` });

  beforeAll(async () => {
    const data = await temporaryDataDir();
    removeData = data.remove;
    switchboard = await startTestSwitchboard(data.dir);
    baseUrl = switchboard.url!;
    await ingestDocuments(baseUrl, switchboard.adminToken, testDocuments);
    for (const [email, role, name] of [
      ["maria@acme.example", "agent", "Maria Lopez"],
      ["olivia@acme.example", "admin", "Olivia Chen"],
    ]) {
      expect((await postJson(baseUrl, "/v1/admin/users", { email, role, name, password: `${role}-password-long-enough` }, admin())).status).toBe(201);
    }
    host = createServer((request, response) => {
      if (request.url === "/shop.html") response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(hostPage(baseUrl));
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/shop.html`;
    await mkdir(screenshots, { recursive: true });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => host?.close(resolve));
    await switchboard?.close();
    await removeData?.();
  });

  const signIn = async (page: Page, url: string, email: string, password: string) => {
    await page.goto(url);
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  };

  it("shows a new escalation live, claims it, and carries typing, the reply and notes both ways", async () => {
    const pageErrors: string[] = [];
    const agent = await browser.newContext({ viewport: { width: 1360, height: 860 } });
    const desk = await agent.newPage();
    desk.on("pageerror", (error) => pageErrors.push(`desk: ${error.message}`));
    await signIn(desk, `${baseUrl}/desk`, "maria@acme.example", "agent-password-long-enough");
    await desk.locator(".live-status.live").waitFor();
    await desk.getByText("Nobody is waiting.").waitFor();

    const customer = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await customer.newPage();
    page.on("pageerror", (error) => pageErrors.push(`widget: ${error.message}`));
    await page.goto(hostUrl);
    await page.locator("switchboard-widget button.launcher").click();
    await page.getByRole("button", { name: "Talk to a person" }).click();
    await page.locator("switchboard-widget .notice", { hasText: "A person from our team will join you." }).waitFor({ timeout: 20_000 });

    // The desk does not poll while its channel is live: the entry arrives over the WebSocket.
    const entry = desk.locator(".queue-item").first();
    await entry.waitFor({ timeout: 5000 });
    expect(await entry.innerText()).toMatch(/waiting/);
    await entry.click();
    await desk.getByRole("button", { name: "Claim" }).click();
    await expect.poll(() => desk.locator(".queue-item .pill").first().innerText(), { timeout: 5000 }).toContain("maria@acme.example");

    const reply = desk.getByLabel(/^Reply/);
    await expect.poll(() => reply.isEnabled(), { timeout: 5000 }).toBe(true);
    await desk.getByRole("button", { name: /Suggest a reply|Regenerate suggestion/ }).click();
    await expect.poll(() => reply.inputValue(), { timeout: 15_000 }).not.toBe("");
    await reply.fill("");
    await reply.pressSequentially("Hi, this is Maria. ", { delay: 20 });
    await page.locator("switchboard-widget .agent-typing", { hasText: "A support agent is typing…" }).waitFor({ timeout: 5000 });
    await page.screenshot({ path: path.join(screenshots, "widget-agent-typing.png") });
    await reply.pressSequentially("I can see your order and will sort it out now.", { delay: 5 });
    await desk.getByRole("button", { name: "Send", exact: true }).click();
    const fromPerson = page.locator("switchboard-widget .message.agent", { hasText: "I can see your order" });
    await fromPerson.waitFor({ timeout: 5000 });
    expect(await page.locator("switchboard-widget .agent-typing").count()).toBe(0);

    await page.locator("switchboard-widget textarea").first().pressSequentially("Thank you so much", { delay: 30 });
    await desk.locator(".typing-line", { hasText: "Customer is typing…" }).waitFor({ timeout: 5000 });
    await desk.getByLabel("New internal note").fill("Double charge confirmed in billing; refund issued.");
    await desk.getByRole("button", { name: "Add note" }).click();
    await desk.locator(".note", { hasText: "Double charge confirmed" }).waitFor();
    await desk.screenshot({ path: path.join(screenshots, "desk-live-conversation.png") });

    await page.keyboard.press("Enter");
    await desk.locator(".desk-message.user", { hasText: "Thank you so much" }).waitFor({ timeout: 5000 });
    await page.screenshot({ path: path.join(screenshots, "widget-live-reply.png") });
    expect(await inPage(page, 'document.querySelector("switchboard-widget").shadowRoot.textContent.includes("Double charge")')).toBe(false);
    expect(pageErrors).toEqual([]);
    await agent.close();
    await customer.close();
  });

  it("attaches a receipt in the widget and shows what was read from it", async () => {
    const customer = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await customer.newPage();
    await page.goto(hostUrl);
    await page.locator("switchboard-widget button.launcher").click();
    const input = page.locator('switchboard-widget input[type="file"]');
    await input.setInputFiles({ name: "tool.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") });
    await page.locator("switchboard-widget .notice.error", { hasText: "Attach a PDF" }).waitFor();
    await input.setInputFiles({ name: "receipt.txt", mimeType: "text/plain", buffer: Buffer.from(receipt) });
    const chip = page.locator("switchboard-widget .attachment", { hasText: "receipt.txt" });
    await chip.waitFor();
    await chip.and(page.locator("switchboard-widget .attachment.extracted, switchboard-widget .attachment.failed")).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(screenshots, "widget-attachment.png") });
    const classes = await chip.getAttribute("class");
    // What the extract task reads depends on the model; the chip shows the order or the amounts it found.
    if (classes?.includes("extracted")) expect(await chip.locator(".attachment-state").innerText()).toMatch(/TS-5001|101\.00/);
    else expect(await chip.locator(".attachment-error").innerText()).not.toBe("");
    await customer.close();
  });

  it("lets an admin manage users, versioned settings and watch ingestion live", async () => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await signIn(page, `${baseUrl}/admin`, "olivia@acme.example", "admin-password-long-enough");

    await page.getByRole("button", { name: "Users", exact: true }).click();
    await page.getByRole("cell", { name: /Maria Lopez/ }).waitFor();
    const addUser = page.getByRole("form", { name: "Add a user" });
    await addUser.getByLabel("E-mail").fill("jonas@acme.example");
    await addUser.getByLabel("Name").fill("Jonas Weber");
    await page.getByRole("button", { name: "Add user" }).click();
    await page.locator(".secret", { hasText: "One-time password for jonas@acme.example" }).waitFor();
    await page.getByLabel("Role of maria@acme.example").selectOption("admin");
    await expect.poll(() => page.getByLabel("Role of maria@acme.example").inputValue(), { timeout: 5000 }).toBe("admin");
    await page.screenshot({ path: path.join(screenshots, "admin-users.png"), fullPage: true });

    await page.getByRole("button", { name: "Settings", exact: true }).click();
    await page.getByRole("button", { name: /Guardrail policy/ }).click();
    const editor = page.getByLabel("Guardrail policy as JSON");
    await expect.poll(() => editor.inputValue(), { timeout: 5000 }).toContain('"contentFilters"');
    const policy = JSON.parse(await editor.inputValue());
    await editor.fill(JSON.stringify({ ...policy, name: "" }, null, 2));
    await page.getByRole("button", { name: "Save new version" }).click();
    await page.locator(".issues", { hasText: "name" }).waitFor();
    await page.screenshot({ path: path.join(screenshots, "admin-settings-invalid.png"), fullPage: true });
    await editor.fill(JSON.stringify({ ...policy, name: "acme-strict", words: { ...policy.words, custom: ["frobnicate"] } }, null, 2));
    await page.getByPlaceholder("What changed and why").fill("Block the internal code word");
    await page.getByRole("button", { name: "Save new version" }).click();
    await page.getByText("Saved as version 1 and in force now.").waitFor();
    const check = await postJson(baseUrl, "/v1/guardrails/check", { text: "please frobnicate", source: "INPUT" }, admin());
    expect(((await check.json()) as { action: string }).action).toBe("BLOCKED");
    await page.screenshot({ path: path.join(screenshots, "admin-settings.png"), fullPage: true });

    await page.getByRole("button", { name: /Audit log/ }).click();
    await page.getByRole("cell", { name: "settings.updated" }).waitFor();
    await page.getByRole("cell", { name: "user.role_changed" }).waitFor();
    await page.screenshot({ path: path.join(screenshots, "admin-audit.png"), fullPage: true });

    await page.getByRole("button", { name: "Knowledge base" }).click();
    // Ingestion is followed over the admin WebSocket: progress frames arrive until the job ends.
    const jobFrames: Array<{ type: string; job?: { status: string; progress: { step?: string } | null } }> = [];
    page.on("websocket", (socket) => {
      if (socket.url().includes("/v1/jobs/updates")) socket.on("framereceived", (frame) => jobFrames.push(JSON.parse(String(frame.payload))));
    });
    await page.reload();
    await page.getByRole("button", { name: "Knowledge base" }).waitFor();
    await page.locator(".file-button input").setInputFiles({
      name: "rain-jackets.md",
      mimeType: "text/markdown",
      buffer: Buffer.from(`# Rain jackets\n\n${Array.from({ length: 80 }, (_, index) => `## Model ${index + 1}\n\nThe model ${index + 1} rain jacket is rated 20,000 mm waterproof and keeps you dry on long hikes.`).join("\n\n")}`),
    });
    const row = page.locator("tbody tr", { hasText: "Rain jackets" });
    await row.waitFor({ timeout: 10_000 });
    await row.locator(".pill.ready").waitFor({ timeout: 30_000 });
    const statuses = jobFrames.filter((frame) => frame.type === "job").map((frame) => frame.job!.status);
    expect(statuses.at(-1)).toBe("succeeded");
    expect(jobFrames.some((frame) => frame.job?.progress?.step)).toBe(true);
    await page.screenshot({ path: path.join(screenshots, "admin-kb-live.png") });

    // Once ready, the document answers searches as the model would see it.
    await page.locator("#kb-query").fill("how waterproof is the rain jacket");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.locator(".results li", { hasText: "Rain jackets" }).first().waitFor({ timeout: 10_000 });

    // A folder on the server re-synced from the console: its documents appear, unchanged ones are skipped on the next run.
    const folder = await mkdtemp(path.join(os.tmpdir(), "switchboard-resync-"));
    try {
      await writeFile(path.join(folder, "tent-care.md"), "---\nid: tent-care\ntitle: Tent care\n---\n# Tent care\n\nDry your tent fully before storing it to prevent mould.");
      await page.getByLabel("Re-sync from").fill(folder);
      await page.getByRole("button", { name: "Re-sync", exact: true }).click();
      await page.getByRole("status").filter({ hasText: "1 file: 1 new or changed, 0 unchanged, 0 removed" }).waitFor({ timeout: 30_000 });
      await page.locator("tbody tr", { hasText: "Tent care" }).locator(".pill.ready").waitFor({ timeout: 30_000 });
      await page.getByRole("button", { name: "Re-sync", exact: true }).click();
      await page.getByRole("status").filter({ hasText: "1 file: 0 new or changed, 1 unchanged, 0 removed" }).waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(screenshots, "admin-kb-resync.png") });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
