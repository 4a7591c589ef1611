import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
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
if (!hasChromium) console.warn(`Skipping browser tests: no Chromium at ${chromiumPath} (apt-get install -y chromium, or set SWITCHBOARD_CHROMIUM)`);

const screenshots = path.resolve(import.meta.dirname, "../../test-artifacts/screenshots");
// Code run inside the page is passed as text: this test program is typed for Node, not the DOM.
const classifyModel = "us.anthropic.claude-3-5-haiku-20241022-v1:0";
const answerModel = "us.anthropic.claude-haiku-4-5-20251001-v1:0";

const inPage = <T = unknown>(page: Page, expression: string) => page.evaluate<T>(expression);

const agentReply = "Hi, this is Maria from the support team. I can help with that.";

// Markup in a knowledge-base article must reach the customer as text, never as running code.
const hostileDocument = `---
id: loyalty-points
title: Loyalty points <img src=x onerror="window.__pwned='title'">
lang: en
category: loyalty
---
# Loyalty points

Loyalty points expire 12 months after the purchase that earned them. <img src=x onerror="window.__pwned='body'"> <script>window.__pwned='script'</script>

Points can be redeemed at checkout for a discount of one euro per hundred points. [click](javascript:window.__pwned='link')
`;

// The host page styles everything it can; none of it may reach inside the widget.
const hostPage = (baseUrl: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Acme Outdoor</title>
<style>
  body { font-family: Georgia, serif; margin: 0; background: #faf7f2; color: #3b2f2f; }
  * { text-transform: uppercase !important; }
  button { background: hotpink !important; }
  header { padding: 24px 48px; background: #2f4f3f; color: #fff; font-size: 24px; }
  main { padding: 48px; max-width: 720px; }
</style></head>
<body><header>Acme Outdoor</header><main><h1>Trail shoes for every season</h1><p>Free returns within 30 days.</p></main>
<script src="${baseUrl}/widget.js" data-site="acme" data-color="#0b6bcb" data-position="right" data-title="Acme help" data-greeting="Hi! How can we help you today?"></script>
</body></html>`;

describe.skipIf(!hasChromium)("chat widget in a real browser", () => {
  let switchboard: Switchboard;
  let baseUrl: string;
  let removeData: () => Promise<void>;
  let host: Server;
  let hostUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    const data = await temporaryDataDir();
    removeData = data.remove;
    // The classifier on a model of its own, so a fault can break the answer's stream alone.
    switchboard = await startTestSwitchboard(data.dir, { SWITCHBOARD_MODEL_CLASSIFY: classifyModel, SWITCHBOARD_MODEL_ANSWER_SIMPLE: answerModel });
    baseUrl = switchboard.url!;
    await ingestDocuments(baseUrl, switchboard.adminToken, [...testDocuments, { content: hostileDocument }]);
    host = createServer((request, response) => {
      if (request.url === "/test-host.html") response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(hostPage(baseUrl));
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    // Another origin than Switchboard's, as on a customer's real site.
    hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/test-host.html`;
    await mkdir(screenshots, { recursive: true });
    // Playwright gives each launch a fresh temporary profile (it refuses --user-data-dir here).
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

  const ask = async (page: Page, text: string) => {
    const before = await page.locator("switchboard-widget .message.assistant:not(.greeting)").count();
    await page.locator("switchboard-widget textarea").first().fill(text);
    await page.keyboard.press("Enter");
    const answer = page.locator("switchboard-widget .message.assistant:not(.greeting)").nth(before);
    await answer.locator(".thumbs").waitFor({ timeout: 20_000 });
    return answer;
  };

  it("answers with citations, hands over to a person live, takes a rating, and runs no injected script", async () => {
    const customer = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
    const page = await customer.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(hostUrl);

    const launcher = page.locator("switchboard-widget button.launcher");
    await launcher.click();
    const dialog = page.getByRole("dialog", { name: "Acme help" });
    await dialog.waitFor();
    // Opening moves focus into the panel; the host page's CSS does not reach inside.
    expect(await inPage(page, 'document.querySelector("switchboard-widget").shadowRoot.activeElement.tagName')).toBe("TEXTAREA");
    const widgetStyle = (selector: string, property: string) =>
      inPage(page, `getComputedStyle(document.querySelector("switchboard-widget").shadowRoot.querySelector(${JSON.stringify(selector)}))[${JSON.stringify(property)}]`);
    expect(await widgetStyle(".panel-header h2", "textTransform")).toBe("none");
    expect(await widgetStyle("button.send", "backgroundColor")).toBe("rgb(11, 107, 203)");

    const answer = await ask(page, "How many days do I have to return an item in the EU?");
    await expect(answer.locator(".bubble").innerText()).resolves.toMatch(/30 days/);
    const citation = answer.locator(".cite a").first();
    expect(await citation.getAttribute("href")).toMatch(new RegExp(`^${baseUrl}/kb/[0-9a-f-]{36}$`));
    expect(await answer.locator(".sources a").count()).toBeGreaterThan(0);
    await answer.getByRole("button", { name: "Helpful", exact: true }).click();
    await answer.getByText("Thanks for the feedback.").waitFor();

    const hostile = await ask(page, "When do loyalty points expire?");
    await page.screenshot({ path: path.join(screenshots, "widget-answer.png") });
    expect(await hostile.locator("img, script").count()).toBe(0);
    expect(await hostile.locator('a[href^="javascript:"]').count()).toBe(0);

    // A person takes over: the agent signs into the desk in another browser context.
    await page.getByRole("button", { name: "Talk to a person" }).click();
    await page.locator("switchboard-widget .notice", { hasText: "A person from our team will join you." }).waitFor({ timeout: 20_000 });

    const agent = await browser.newContext({ viewport: { width: 1360, height: 860 } });
    const desk = await agent.newPage();
    desk.on("pageerror", (error) => pageErrors.push(`desk: ${error.message}`));
    await desk.goto(`${baseUrl}/desk`);
    await desk.getByRole("tab", { name: "Token" }).click();
    await desk.getByLabel("Access token").fill(switchboard.agentToken);
    await desk.getByRole("button", { name: "Sign in" }).click();
    await desk.locator(".queue-item").first().click();
    await desk.getByRole("button", { name: "Claim" }).click();
    await desk.getByRole("button", { name: "Resolve" }).waitFor();
    const reply = desk.getByLabel(/^Reply/);
    await expect.poll(() => reply.isEnabled()).toBe(true);
    await reply.fill(agentReply);
    await desk.getByRole("button", { name: "Send", exact: true }).click();
    await desk.locator(".desk-message.agent", { hasText: agentReply }).waitFor();
    await desk.screenshot({ path: path.join(screenshots, "desk-conversation.png") });

    const fromPerson = page.locator("switchboard-widget .message.agent", { hasText: agentReply });
    await fromPerson.waitFor({ timeout: 10_000 });
    expect(await fromPerson.locator(".person-badge").innerText()).toBe("Person");
    await page.screenshot({ path: path.join(screenshots, "widget-agent-reply.png") });

    // Resolving asks the customer for a rating.
    await desk.getByRole("button", { name: "Resolve" }).click();
    await page.locator("switchboard-widget form.csat").waitFor({ timeout: 10_000 });
    await page.getByRole("radio", { name: "5 of 5 stars" }).check();
    await page.locator("switchboard-widget form.csat textarea").fill("Quick and friendly.");
    await page.screenshot({ path: path.join(screenshots, "widget-csat.png") });
    await page.getByRole("button", { name: "Send rating" }).click();
    await page.getByText("Thank you for rating this conversation.").waitFor();
    const conversationId = await inPage<string>(page, 'JSON.parse(localStorage.getItem("switchboard.widget.acme")).id');
    const rows = await switchboard.db.query<{ rating: number; comment: string }>("SELECT rating, comment FROM csat WHERE conversation_id = $1", [conversationId]);
    expect(rows.rows[0]).toMatchObject({ rating: 5, comment: "Quick and friendly." });

    // The conversation survives a reload, each message once.
    await page.reload();
    await page.locator("switchboard-widget button.launcher").click();
    await page.locator("switchboard-widget .message.agent", { hasText: agentReply }).waitFor();
    expect(await page.locator("switchboard-widget .message.agent").count()).toBe(1);
    expect(await page.locator("switchboard-widget .message.user", { hasText: "How many days" }).count()).toBe(1);

    // Escape closes the panel and gives focus back to the launcher.
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("switchboard-widget .panel").count()).toBe(0);

    expect(await inPage(page, "window.__pwned")).toBeUndefined();
    expect(await inPage(desk, "window.__pwned")).toBeUndefined();
    expect(pageErrors).toEqual([]);
    await customer.close();
    await agent.close();
  });

  it("falls back to server-sent events and looks right on a phone", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 760 }, locale: "es-ES", isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(hostUrl);
    // The element form of the embed, told to skip the WebSocket.
    await inPage(
      page,
      `document.querySelector("switchboard-widget").remove();
       const element = document.createElement("switchboard-widget");
       element.setAttribute("api-base", ${JSON.stringify(baseUrl)});
       element.setAttribute("site", "acme-mobile");
       element.setAttribute("transport", "sse");
       document.body.append(element);`,
    );
    await page.locator("switchboard-widget button.launcher").click();
    // The browser speaks Spanish, so the widget does.
    await page.getByRole("button", { name: "Hablar con una persona" }).waitFor();
    const answer = await ask(page, "¿Cuántos días tengo para devolver un artículo?");
    await expect(answer.locator(".bubble").innerText()).resolves.toMatch(/30 días/);
    await page.screenshot({ path: path.join(screenshots, "widget-mobile-es.png") });
    await context.close();
  });
  it("apologizes and offers to send the message again when an answer breaks off mid-stream", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
    const page = await context.newPage();
    await page.goto(hostUrl);
    await page.locator("switchboard-widget button.launcher").click();
    switchboard.localBedrock!.setFaults({ rules: [{ model: answerModel, kind: "stream-cut", afterEvents: 4, burst: 1 }] });
    await page.locator("switchboard-widget textarea").first().fill("Can I pay with a gift card online?");
    await page.keyboard.press("Enter");
    const alert = page.locator("switchboard-widget .notice.error");
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.innerText()).toMatch(/cut off before it was complete/);
    await page.screenshot({ path: path.join(screenshots, "widget-answer-interrupted.png") });

    await alert.getByRole("button", { name: "Try again" }).click();
    const answered = page.locator("switchboard-widget .message.assistant:not(.greeting)", { has: page.locator(".thumbs") });
    await answered.first().waitFor({ timeout: 20_000 });
    expect(await answered.first().locator(".bubble").innerText()).toMatch(/gift card/i);
    expect(await alert.count()).toBe(0);
    await context.close();
  });

  it("reconnects after a dropped WebSocket with a new ticket, without losing or repeating messages", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const sockets: Array<{ close: () => Promise<void> }> = [];
    // Every widget socket passes through here, so the test can cut one as a flaky network would.
    await page.routeWebSocket(/\/v1\/ws\?ticket=/, (socket) => {
      socket.connectToServer();
      sockets.push(socket);
    });
    await page.goto(hostUrl);
    await page.locator("switchboard-widget button.launcher").click();
    await page.getByRole("button", { name: "Talk to a person" }).click();
    await page.locator("switchboard-widget .notice", { hasText: "A person from our team will join you." }).waitFor({ timeout: 20_000 });
    const conversationId = await inPage<string>(page, 'JSON.parse(localStorage.getItem("switchboard.widget.acme")).id');
    const desk = (action: string, body?: unknown) =>
      postJson(baseUrl, `/v1/desk/conversations/${conversationId}/${action}`, body ?? {}, { authorization: `Bearer ${switchboard.agentToken}` });
    expect((await desk("claim")).status).toBe(200);
    expect(sockets).toHaveLength(1);

    // The socket drops; the agent writes before the widget is back: the history re-read brings it.
    await sockets[0].close();
    expect((await desk("messages", { text: "Written while you were offline." })).status).toBe(201);
    await page.locator("switchboard-widget .message.agent", { hasText: "Written while you were offline." }).waitFor({ timeout: 10_000 });
    await expect.poll(() => sockets.length).toBe(2);
    expect((await desk("messages", { text: "And this one arrives live." })).status).toBe(201);
    await page.locator("switchboard-widget .message.agent", { hasText: "And this one arrives live." }).waitFor({ timeout: 10_000 });

    expect(await page.locator("switchboard-widget .message.agent").count()).toBe(2);
    expect(await page.locator("switchboard-widget .message.user").count()).toBe(1);
    await context.close();
  });

  it("lets an admin browse and search the knowledge base, and keeps agents out", async () => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    const page = await context.newPage();
    const signIn = async (token: string) => {
      await page.getByRole("tab", { name: "Token" }).click();
      await page.getByLabel("Access token").fill(token);
      await page.getByRole("button", { name: "Sign in" }).click();
    };
    await page.goto(`${baseUrl}/admin`);
    await page.getByRole("heading", { name: "Admin console" }).waitFor();
    await page.screenshot({ path: path.join(screenshots, "admin-sign-in.png") });
    await signIn(switchboard.agentToken);
    await page.getByRole("heading", { name: "Admins only" }).waitFor();
    await page.getByRole("button", { name: "Sign in as someone else" }).click();

    await signIn(switchboard.adminToken);
    await page.getByRole("cell", { name: /Returns in the EU/ }).waitFor();
    expect(await page.locator("tbody tr", { hasText: "loyalty-points" }).locator(".pill").innerText()).toBe("ready");
    expect(await page.locator("tbody img").count()).toBe(0);
    await page.getByLabel("Search query").fill("refund within 30 days");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.locator(".results li .score").first().waitFor();
    expect(await page.locator(".results li").first().innerText()).toMatch(/Returns in the EU/);
    await page.screenshot({ path: path.join(screenshots, "admin-knowledge-base.png"), fullPage: true });
    expect(await inPage(page, "window.__pwned")).toBeUndefined();
    await context.close();
  });
});
