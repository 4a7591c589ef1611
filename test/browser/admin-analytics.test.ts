import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Switchboard } from "../../src/app.ts";
import { testDocuments } from "../helpers/test-documents.ts";
import { ingestDocuments, postJson, sendMessage, startConversation, startTestSwitchboard, temporaryDataDir } from "../helpers/test-switchboard.ts";

const chromiumPath = process.env.SWITCHBOARD_CHROMIUM ?? "/usr/bin/chromium";
const hasChromium = existsSync(chromiumPath);
if (!hasChromium && process.env.CI) throw new Error(`Browser tests need Chromium at ${chromiumPath} (apt-get install -y chromium)`);

const screenshots = path.resolve(import.meta.dirname, "../../test-artifacts/screenshots");

describe.skipIf(!hasChromium)("admin analytics in a real browser", () => {
  let switchboard: Switchboard;
  let baseUrl: string;
  let removeData: () => Promise<void>;
  let browser: Browser;
  let gapQuestion: string;

  beforeAll(async () => {
    const data = await temporaryDataDir();
    removeData = data.remove;
    switchboard = await startTestSwitchboard(data.dir, { SWITCHBOARD_DAILY_BUDGET_USD: "0.01" });
    baseUrl = switchboard.url!;
    await ingestDocuments(baseUrl, switchboard.adminToken, testDocuments);
    await mkdir(screenshots, { recursive: true });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await switchboard?.close();
    await removeData?.();
  });

  const signInAsAdmin = async (page: Page) => {
    await page.goto(`${baseUrl}/admin`);
    await page.getByRole("tab", { name: "Token" }).click();
    await page.getByLabel("Access token").fill(switchboard.adminToken);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("button", { name: "Analytics" }).click();
  };

  it("shows a customer's rating, answers and knowledge gaps to the admin, and exports CSV", async () => {
    // A customer asks, gets a cited answer, gives it a thumb up and rates the conversation 5 stars.
    const customer = await startConversation(baseUrl);
    const { body } = await sendMessage(baseUrl, customer, "How long do I have to return an item in the EU?");
    expect(body.message.citations.length).toBeGreaterThan(0);
    const auth = { authorization: `Bearer ${customer.token}` };
    expect((await postJson(baseUrl, `/v1/conversations/${customer.id}/messages/${body.message.id}/feedback`, { value: "up" }, auth)).status).toBe(201);
    expect((await postJson(baseUrl, `/v1/conversations/${customer.id}/csat`, { rating: 5, comment: "Quick and clear" }, auth)).status).toBe(201);
    // Another asks what the help center does not cover.
    const other = await startConversation(baseUrl);
    gapQuestion = "Do you ship to Antarctica by submarine?";
    const gap = await sendMessage(baseUrl, other, gapQuestion);
    const stored = await switchboard.db.query<{ no_answer: boolean }>("SELECT no_answer FROM messages WHERE id = $1", [gap.body.message.id]);
    expect(stored.rows[0].no_answer).toBe(true);

    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: "en-US", timezoneId: "UTC", acceptDownloads: true });
    const page = await context.newPage();
    await signInAsAdmin(page);

    const csatCard = page.locator(".kpi", { hasText: "CSAT" });
    await csatCard.locator(".kpi-value", { hasText: "5.0 / 5" }).waitFor();
    expect(await csatCard.locator(".kpi-detail").innerText()).toBe("1 rating · 1 up, 0 down");
    expect(await page.locator(".kpi", { hasText: "Conversations" }).first().locator(".kpi-value").innerText()).toBe("2");
    expect(await page.locator(".kpi", { hasText: "AI resolution rate" }).locator(".kpi-value").innerText()).toBe("50%");
    const gapRow = page.locator("section[aria-label='Knowledge gaps'] tbody tr").first();
    expect(await gapRow.innerText()).toContain(gapQuestion);
    // Charts are drawn on canvases, each labelled for screen readers.
    expect(await page.locator("canvas[role='img']").count()).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: path.join(screenshots, "admin-analytics.png"), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSAT ratings as CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^switchboard-csat-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await readFile(await download.path(), "utf8")).toBe("Rating,Responses\r\n1,0\r\n2,0\r\n3,0\r\n4,0\r\n5,1\r\n");
    const [gaps] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download knowledge gaps as CSV" }).click()]);
    const gapCsv = (await readFile(await gaps.path(), "utf8")).split("\r\n");
    expect(gapCsv[0]).toBe("Question,Times asked,Conversations,Last seen,Language,Last conversation");
    expect(gapCsv[1]).toMatch(new RegExp(`^${gapQuestion.replace("?", "\\?")},1,1,`));

    await page.getByRole("button", { name: "Quality" }).click();
    const rows = page.locator(".quality-table tbody tr");
    await rows.first().locator(".score-badge").waitFor();
    expect(await rows.count()).toBe(2);
    // Lowest first: the unanswered question scores below the rated, cited answer.
    expect(await rows.nth(0).innerText()).toContain(gapQuestion);
    const rated = page.locator(".quality-table tbody tr", { hasText: "return an item" });
    await rated.getByRole("button", { name: "Why?" }).click();
    const rules = page.locator(".rules li");
    await rules.first().waitFor();
    expect(await page.locator(".rules li", { hasText: "Customer rating" }).innerText()).toContain("rated 5 of 5");
    // The model judge on request: a quality.judge job through the gateway's judge task.
    await rated.getByRole("button", { name: "Ask judge" }).click();
    await rated.locator(".judge-score").waitFor({ timeout: 20_000 });
    expect(await rated.locator(".judge-score").innerText()).toMatch(/^[1-5] \/ 5$/);
    await page.locator(".kpi", { hasText: "Model judge" }).locator(".kpi-detail", { hasText: "1 judged" }).waitFor();
    await page.screenshot({ path: path.join(screenshots, "admin-quality.png"), fullPage: true });

    await rated.getByRole("button", { name: "Transcript" }).click();
    const dialog = page.getByRole("dialog", { name: "Conversation review" });
    await dialog.locator(".desk-message.assistant").waitFor();
    expect(await dialog.innerText()).toContain("rated 5/5 “Quick and clear”");
    expect(await dialog.locator(".judgement li").count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(screenshots, "admin-quality-transcript.png") });
    await context.close();
  });

  it("shows empty states for a range without conversations", async () => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: "en-US", timezoneId: "UTC" });
    const page = await context.newPage();
    await signInAsAdmin(page);
    await page.locator(".kpi-value").first().waitFor();
    await page.getByLabel("From date").fill("2020-01-01");
    await page.getByLabel("To date").fill("2020-01-31");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.getByText("No conversations in this range yet.").waitFor();
    expect(await page.locator(".kpi", { hasText: "Conversations" }).first().locator(".kpi-value").innerText()).toBe("0");
    await page.getByText("No unanswered questions in this range.").waitFor();
    await page.screenshot({ path: path.join(screenshots, "admin-analytics-empty.png"), fullPage: true });
    await context.close();
  });
});
