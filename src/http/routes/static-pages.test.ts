import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Queryable } from "../../storage/database.ts";
import { HttpError, errorResponse } from "../errors.ts";
import { staticPageRoutes } from "./static-pages.ts";

const db: Queryable = { query: async () => ({ rows: [], rowCount: 0 }) };

describe("built web apps", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "switchboard-web-"));
    await mkdir(path.join(dir, "assets"));
    await mkdir(path.join(dir, "desk"));
    await writeFile(path.join(dir, "widget.js"), "/* loader */");
    await writeFile(path.join(dir, "assets", "widget-app.js"), "export {};");
    await writeFile(path.join(dir, "assets", "desk-Ab12Cd34.js"), "export {};");
    await writeFile(path.join(dir, "desk", "index.html"), "<!doctype html><title>Desk</title>");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  // Mounted as the HTTP app does: HttpErrors become their JSON answers.
  const app = () =>
    new Hono()
      .onError((error, context) => (error instanceof HttpError ? errorResponse(context, error) : context.text("unexpected", 500)))
      .route("/", staticPageRoutes(db, { webBuild: pathToFileURL(`${dir}/`) }));

  it("serves the widget to any origin, hashed assets for a year, fixed names uncached", async () => {
    const widget = await app().request("/widget.js");
    expect(widget.status).toBe(200);
    expect(widget.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(widget.headers.get("access-control-allow-origin")).toBe("*");
    expect((await app().request("/assets/widget-app.js")).headers.get("cache-control")).toBe("no-cache");
    expect((await app().request("/assets/desk-Ab12Cd34.js")).headers.get("cache-control")).toMatch(/immutable/);
  });

  it("serves the desk with a strict content security policy and 404s unknown or escaping assets", async () => {
    const desk = await app().request("/desk");
    expect(desk.status).toBe(200);
    expect(desk.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
    expect((await app().request("/assets/missing.js")).status).toBe(404);
    expect((await app().request("/assets/..%2Fwidget.js")).status).toBe(404);
    expect((await app().request("/admin")).status).toBe(503);
  });

  it("answers 503 telling to build when nothing was built", async () => {
    const empty = staticPageRoutes(db, { webBuild: pathToFileURL(`${dir}/nothing-here/`) });
    for (const route of ["/widget.js", "/desk", "/admin", "/assets/widget-app.js"]) {
      const response = await empty.request(route);
      expect(response.status, route).toBe(503);
      expect(await response.json()).toMatchObject({ error: { code: "web_not_built", message: expect.stringContaining("npm run build:web") } });
    }
  });
});
