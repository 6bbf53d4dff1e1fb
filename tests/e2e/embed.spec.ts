import AxeBuilder from "@axe-core/playwright";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

import { expect, test } from "@playwright/test";
import type { APIRequestContext, Frame, Page, Request } from "@playwright/test";

import { deriveEmbedKeys, signEmbedToken } from "@/lib/embed/token";

import { newUser, signUp } from "./helpers";

const APP = `http://127.0.0.1:${process.env.E2E_PORT}`;
const ICP_NAME = "Embedded SaaS";
const OTHER_ICP_NAME = "Embedded Fintech";
const FAR_ORIGIN = "https://partner.example";

type Partner = { origin: string; close: () => Promise<void> };
type Received = {
  origin: string;
  data: { type: string; [k: string]: unknown };
};

function escapeAttr(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

/**
 * A partner's dashboard on its own origin: it frames the URL given in
 * `?embed=`, records every message it receives, and sizes the frame from
 * the embed's resize messages. `?noreferrer` hides its origin from us.
 */
function partnerPage(embed: string, noReferrer: boolean): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Partner dashboard</title>
${noReferrer ? '<meta name="referrer" content="no-referrer">' : ""}
</head><body style="margin:0">
<h1>Partner dashboard</h1>
<iframe id="embed" title="ICP Studio" src="${escapeAttr(embed)}"
  style="display:block;width:960px;height:150px;border:0"></iframe>
<script>
  window.received = [];
  const frame = document.getElementById("embed");
  window.addEventListener("message", (event) => {
    if (event.source !== frame.contentWindow) return;
    window.received.push({ origin: event.origin, data: event.data });
    if (event.origin === ${JSON.stringify(APP)} &&
        event.data.type === "resize") {
      frame.style.height = event.data.height + "px";
    }
  });
  window.sendToEmbed = (message) =>
    frame.contentWindow.postMessage(message, ${JSON.stringify(APP)});
</script>
</body></html>`;
}

async function startPartner(): Promise<Partner> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname !== "/") {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(
      partnerPage(
        url.searchParams.get("embed") ?? "",
        url.searchParams.has("noreferrer"),
      ),
    );
  });
  // No host: listen on every loopback address `localhost` may resolve to.
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function partnerUrl(partner: Partner, embed: string, noReferrer = false) {
  const url = new URL("/", partner.origin);
  url.searchParams.set("embed", embed);
  if (noReferrer) url.searchParams.set("noreferrer", "");
  return url.toString();
}

async function createApiKey(
  page: Page,
  name: string,
  scope: "read" | "write",
): Promise<string> {
  await page.goto("/settings/api-keys");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Scope").selectOption(scope);
  await page.getByRole("button", { name: "Create key" }).click();
  const field = page.getByLabel("API key", { exact: true });
  await expect(field).toHaveValue(/^icp_live_/);
  const key = await field.inputValue();
  await page.getByRole("button", { name: "Done" }).click();
  return key;
}

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

async function createIcp(
  request: APIRequestContext,
  key: string,
  body: Record<string, unknown>,
): Promise<string> {
  const res = await request.post("/api/v1/icps", {
    headers: bearer(key),
    data: body,
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function icpActive(
  request: APIRequestContext,
  key: string,
  id: string,
): Promise<boolean> {
  const res = await request.get(`/api/v1/icps/${id}`, {
    headers: bearer(key),
  });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { active: boolean }).active;
}

async function embedUrl(
  request: APIRequestContext,
  key: string,
  body: Record<string, unknown>,
): Promise<string> {
  const res = await request.post("/api/v1/embed/sessions", {
    headers: bearer(key),
    data: body,
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { url: string }).url;
}

/** Loads the partner page and waits for the embed's own response. */
async function frameFrom(page: Page, partnerPageUrl: string) {
  const response = page.waitForResponse((r) =>
    r.url().startsWith(`${APP}/embed/`),
  );
  await page.goto(partnerPageUrl);
  return response;
}

async function received(page: Page): Promise<Received[]> {
  return page.evaluate(
    () => (window as unknown as { received: Received[] }).received,
  );
}

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator("#embed").elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error("the embed frame is missing");
  return frame;
}

function tokenOf(url: string): string {
  return new URL(url).searchParams.get("token")!;
}

function withToken(url: string, token: string): string {
  const next = new URL(url);
  next.searchParams.set("token", token);
  return next.toString();
}

function b64(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

type AxePage = ConstructorParameters<typeof AxeBuilder>[0]["page"];

/** Serious accessibility problems of the page and the frame in it. */
async function seriousViolations(page: Page) {
  // axe gives each frame a second to load its script and skips the frame
  // when that runs out (as on a busy machine): try again until it is in.
  for (let attempt = 1; ; attempt++) {
    // @axe-core/playwright is typed against its own playwright-core copy.
    const results = await new AxeBuilder({
      page: page as unknown as AxePage,
    }).analyze();
    const skipped = results.incomplete.some((r) => r.id === "frame-tested");
    if (skipped && attempt < 5) continue;
    expect(skipped, "axe checked inside the embed").toBe(false);
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) }));
  }
}

/** The e2e server's generated secret, to sign a token that has expired. */
function serverKeys() {
  const file = path.resolve(`.data/e2e-${process.env.E2E_PORT}/auth-secret`);
  return deriveEmbedKeys(fs.readFileSync(file, "utf8").trim());
}

test.describe("Embedding", () => {
  let partner: Partner;
  let stranger: Partner;

  test.beforeAll(async () => {
    partner = await startPartner();
    stranger = await startPartner();
  });

  test.afterAll(async () => {
    await partner?.close();
    await stranger?.close();
  });

  test("partner frames ICP views through signed, origin-locked URLs", async ({
    page,
    browser,
    request,
  }) => {
    test.setTimeout(240_000);
    await signUp(page, newUser("embed"));
    const writeKey = await createApiKey(page, "Partner backend", "write");
    const readKey = await createApiKey(page, "Partner reader", "read");
    const icpId = await createIcp(request, writeKey, {
      name: ICP_NAME,
      description: "Software companies selling to sales teams",
      jobTitles: ["VP of Sales", "Head of Sales"],
      countries: ["US"],
    });
    const otherIcpId = await createIcp(request, writeKey, {
      name: OTHER_ICP_NAME,
      jobTitles: ["CFO"],
    });

    // A second team, whose ids the first must never reach.
    const otherContext = await browser.newContext({ baseURL: APP });
    const otherPage = await otherContext.newPage();
    await signUp(otherPage, newUser("outsider"));
    const outsiderKey = await createApiKey(otherPage, "Outsider", "write");
    const outsiderIcp = await createIcp(request, outsiderKey, {
      name: "Outsider ICP",
    });
    await otherContext.close();

    await test.step("Settings → Embedding lists valid origins", async () => {
      await page.goto("/settings/embedding");
      const field = page.getByLabel("Origin", { exact: true });
      const add = page.getByRole("button", { name: "Add origin" });
      const list = page.getByRole("list", { name: "Allowed origins" });

      await field.fill("https://*.partner.example");
      await add.click();
      const error = (text: RegExp) =>
        page.getByRole("alert").filter({ hasText: text });
      await expect(error(/wildcard/i)).toBeVisible();
      await field.fill("http://partner.example");
      await add.click();
      await expect(error(/localhost only/)).toBeVisible();
      await field.fill(`${FAR_ORIGIN}/dashboard`);
      await add.click();
      await expect(error(/without a path/)).toBeVisible();

      await field.fill(`${partner.origin}/`);
      await add.click();
      await expect(
        list.getByText(partner.origin, { exact: true }),
      ).toBeVisible();
      await field.fill("HTTPS://Partner.Example");
      await add.click();
      await expect(list.getByText(FAR_ORIGIN, { exact: true })).toBeVisible();
      await expect(list.getByRole("listitem")).toHaveCount(2);

      // The snippet names this app and the first allowed origin.
      await expect(
        page.getByRole("button", { name: "Copy server code" }),
      ).toBeVisible();
      await expect(page.locator("pre").first()).toContainText(
        `${APP}/api/v1/embed/sessions`,
      );
      await expect(page.locator("pre").first()).toContainText(partner.origin);
    });

    await test.step("the origin list through the API", async () => {
      const got = await request.get("/api/v1/embed/origins", {
        headers: bearer(readKey),
      });
      expect(got.status()).toBe(200);
      expect(await got.json()).toEqual({
        origins: expect.arrayContaining([partner.origin, FAR_ORIGIN]),
      });

      const byReader = await request.put("/api/v1/embed/origins", {
        headers: bearer(readKey),
        data: { origins: [partner.origin] },
      });
      expect(byReader.status()).toBe(403);

      const invalid = await request.put("/api/v1/embed/origins", {
        headers: bearer(writeKey),
        data: { origins: [partner.origin, "https://*.evil.example"] },
      });
      expect(invalid.status()).toBe(400);
      const body = (await invalid.json()) as {
        error: { code: string; details: { fieldErrors: object } };
      };
      expect(body.error.code).toBe("validation_failed");
      expect(Object.keys(body.error.details.fieldErrors)).toEqual([
        "origins.1",
      ]);

      const put = await request.put("/api/v1/embed/origins", {
        headers: bearer(writeKey),
        data: { origins: [`${partner.origin}/`, FAR_ORIGIN, FAR_ORIGIN] },
      });
      expect(put.status()).toBe(200);
      expect(
        ((await put.json()) as { origins: string[] }).origins.sort(),
      ).toEqual([partner.origin, FAR_ORIGIN].sort());
    });

    await test.step("sessions refuse other origins, ids, scopes", async () => {
      const post = (key: string, data: Record<string, unknown>) =>
        request.post("/api/v1/embed/sessions", { headers: bearer(key), data });

      expect(
        (
          await post(readKey, { origin: stranger.origin, view: "icps" })
        ).status(),
      ).toBe(403);
      expect(
        (
          await post(readKey, {
            origin: partner.origin,
            view: "icps",
            readOnly: false,
          })
        ).status(),
      ).toBe(403);
      expect(
        (await post(readKey, { origin: partner.origin, view: "icp" })).status(),
      ).toBe(400);
      expect(
        (
          await post(readKey, {
            origin: partner.origin,
            view: "icp",
            id: outsiderIcp,
          })
        ).status(),
      ).toBe(404);
      expect(
        (
          await post(readKey, {
            origin: partner.origin,
            view: "lead-list",
            id: outsiderIcp,
          })
        ).status(),
      ).toBe(404);
      expect(
        (
          await request.post("/api/v1/embed/sessions", {
            data: { origin: partner.origin, view: "icps" },
          })
        ).status(),
      ).toBe(401);

      const ok = await post(readKey, { origin: partner.origin, view: "icps" });
      expect(ok.status()).toBe(201);
      const session = (await ok.json()) as { url: string; expiresAt: string };
      expect(session.url).toMatch(
        new RegExp(`^${APP.replace(/\./g, "\\.")}/embed/icps\\?token=`),
      );
      const ttl = Date.parse(session.expiresAt) - Date.now();
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(600_000);
    });

    const firstUrl = await embedUrl(request, readKey, {
      origin: partner.origin,
      view: "icps",
    });

    await test.step("the partner page frames the ICP dashboard", async () => {
      const response = await frameFrom(page, partnerUrl(partner, firstUrl));
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers["content-security-policy"]).toBe(
        `frame-ancestors ${partner.origin}`,
      );
      expect(headers["x-frame-options"]).toBeUndefined();
      expect(headers["cache-control"]).toContain("no-store");
      expect(headers["referrer-policy"]).toBe("no-referrer");

      const frame = page.frameLocator("#embed");
      await expect(
        frame.getByRole("heading", { level: 1, name: "ICPs" }),
      ).toBeVisible();
      await expect(
        frame.getByRole("article", { name: ICP_NAME }),
      ).toBeVisible();
      await expect(
        frame.getByRole("article", { name: OTHER_ICP_NAME }),
      ).toBeVisible();
      await expect(frame.getByText("Read-only")).toBeVisible();
      // Read-only: nothing to switch.
      await expect(frame.getByRole("switch")).toHaveCount(0);
      // No app chrome inside the frame.
      await expect(
        frame.getByRole("button", { name: "User menu" }),
      ).toHaveCount(0);

      await expect
        .poll(async () => (await received(page)).map((m) => m.data.type))
        .toEqual(expect.arrayContaining(["ready", "resize"]));
      const messages = await received(page);
      expect(messages.every((m) => m.origin === APP)).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
    });

    await test.step("resize messages carry the height", async () => {
      const frame = await embedFrame(page);
      const settled = async () => {
        const resizes = (await received(page)).filter(
          (m) => m.data.type === "resize",
        );
        const last = resizes.at(-1)?.data.height as number;
        const doc = await frame.evaluate(() => ({
          scroll: document.documentElement.scrollHeight,
          body: Math.ceil(document.body.getBoundingClientRect().height),
        }));
        const frameHeight = await page
          .locator("#embed")
          .evaluate((el) => el.clientHeight);
        return { last, ...doc, frameHeight };
      };
      await expect
        .poll(async () => {
          const s = await settled();
          return s.last === s.scroll && s.last === s.frameHeight;
        })
        .toBe(true);
      const wide = await settled();
      expect(wide.last).toBe(wide.body);
      expect(wide.last).toBeGreaterThan(150);

      // Narrower, the cards stack: the embed grows and says so.
      await page
        .locator("#embed")
        .evaluate((el) => ((el as HTMLElement).style.width = "320px"));
      await expect
        .poll(async () => {
          const s = await settled();
          return s.last > wide.last && s.last === s.scroll;
        })
        .toBe(true);
    });

    await test.step("a card click names the ICP", async () => {
      const frame = page.frameLocator("#embed");
      await frame.getByRole("button", { name: OTHER_ICP_NAME }).click();
      await expect
        .poll(async () =>
          (await received(page))
            .map((m) => m.data)
            .filter((d) => d.type === "icp:selected"),
        )
        .toEqual([
          { type: "icp:selected", id: otherIcpId, name: OTHER_ICP_NAME },
        ]);
      await expect(
        frame.getByRole("button", { name: OTHER_ICP_NAME }),
      ).toHaveAttribute("aria-pressed", "true");
    });

    await test.step("the partner switches the theme by message", async () => {
      const frame = await embedFrame(page);
      await page.evaluate(() =>
        (
          window as unknown as { sendToEmbed: (m: unknown) => void }
        ).sendToEmbed({ type: "theme", theme: "dark", accent: "#ff5500" }),
      );
      await expect(frame.locator("html")).toHaveClass(/\bdark\b/);
      await expect
        .poll(() =>
          frame
            .locator("[data-embed-view]")
            .evaluate((el) =>
              getComputedStyle(el).getPropertyValue("--primary").trim(),
            ),
        )
        .toBe("#ff5500");
      await page.evaluate(() =>
        (
          window as unknown as { sendToEmbed: (m: unknown) => void }
        ).sendToEmbed({ type: "theme", theme: "light" }),
      );
      await expect(frame.locator("html")).not.toHaveClass(/\bdark\b/);
    });

    await test.step("a used URL is refused when replayed", async () => {
      const response = await frameFrom(page, partnerUrl(partner, firstUrl));
      expect(response.status()).toBe(404);
      const frame = page.frameLocator("#embed");
      await expect(
        frame.getByRole("heading", { name: "This view cannot be shown" }),
      ).toBeVisible();
      await expect(frame.getByRole("article")).toHaveCount(0);
      expect((await received(page)).map((m) => m.data.type)).not.toContain(
        "ready",
      );
    });

    await test.step("an origin not allowed cannot frame it", async () => {
      // Without a referrer our server cannot tell who frames it: the
      // browser enforces frame-ancestors and shows nothing.
      const url = await embedUrl(request, readKey, {
        origin: partner.origin,
        view: "icps",
      });
      const blocked = await frameFrom(page, partnerUrl(stranger, url, true));
      expect(blocked.status()).toBe(200);
      expect(blocked.headers()["content-security-policy"]).toBe(
        `frame-ancestors ${partner.origin}`,
      );
      await page.waitForTimeout(1000);
      const frame = await embedFrame(page);
      expect(frame.url()).not.toContain("/embed/");
      await expect(
        page.frameLocator("#embed").getByRole("article"),
      ).toHaveCount(0);
      expect(await received(page)).toEqual([]);

      // With one, the server refuses it outright.
      const second = await embedUrl(request, readKey, {
        origin: partner.origin,
        view: "icps",
      });
      const refused = await frameFrom(page, partnerUrl(stranger, second));
      expect(refused.status()).toBe(401);
      expect(refused.headers()["content-security-policy"]).toBe(
        "frame-ancestors 'none'",
      );
      expect(await received(page)).toEqual([]);
    });

    await test.step("invalid tokens are a 401", async () => {
      const url = await embedUrl(request, readKey, {
        origin: partner.origin,
        view: "icps",
      });
      const [header, payload, signature] = tokenOf(url).split(".") as [
        string,
        string,
        string,
      ];
      const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
      const fromPartner = { headers: { Referer: `${partner.origin}/` } };
      const status = async (target: string, opts = fromPartner) =>
        (await request.get(target, opts)).status();

      const missing = new URL(url);
      missing.searchParams.delete("token");
      expect(await status(missing.toString())).toBe(401);

      const altered = b64({ ...claims, readOnly: false });
      const tampered = `${header}.${altered}.${signature}`;
      expect(await status(withToken(url, tampered))).toBe(401);

      const noneHeader = b64({ alg: "none", typ: "embed-launch+jwt" });
      const none = `${noneHeader}.${payload}.`;
      expect(await status(withToken(url, none))).toBe(401);

      const now = Math.floor(Date.now() / 1000);
      const expired = await signEmbedToken(
        "launch",
        {
          teamId: claims.team,
          view: "icps",
          id: null,
          readOnly: true,
          origin: partner.origin,
        },
        serverKeys().launch,
        { ttlSeconds: 600, now: new Date((now - 1200) * 1000) },
      );
      expect(await status(withToken(url, expired.token))).toBe(401);

      // The genuine token framed by another origin than its audience.
      expect(
        await status(url, { headers: { Referer: `${stranger.origin}/` } }),
      ).toBe(401);
      const far = await embedUrl(request, readKey, {
        origin: FAR_ORIGIN,
        view: "icps",
      });
      const wrongAudience = await frameFrom(page, partnerUrl(partner, far));
      expect(wrongAudience.status()).toBe(401);
      await expect(
        page.frameLocator("#embed").getByRole("article"),
      ).toHaveCount(0);

      // Opened as a page of its own instead of in a frame.
      const topLevel = await page.goto(url);
      expect(topLevel?.status()).toBe(401);
      // The genuine URL still works once in its frame: none of the above
      // spent it.
      const ok = await frameFrom(page, partnerUrl(partner, url));
      expect(ok.status()).toBe(200);
    });

    await test.step("a read-only session cannot change data", async () => {
      // The app's own action to deactivate an ICP, as the app sends it.
      await page.goto("/icps");
      const card = page.getByRole("article", { name: ICP_NAME, exact: true });
      await card.getByRole("button", { name: "ICP actions" }).click();
      const actionCall = page.waitForRequest(
        (r) => r.method() === "POST" && !!r.headers()["next-action"],
      );
      await page.getByRole("menuitem", { name: "Deactivate" }).click();
      const action = await actionCall;
      const replay = {
        id: action.headers()["next-action"]!,
        contentType: action.headers()["content-type"] ?? "text/plain",
        body: action.postData() ?? "",
      };
      await expect.poll(() => icpActive(request, writeKey, icpId)).toBe(false);
      await card.getByRole("button", { name: "ICP actions" }).click();
      await page.getByRole("menuitem", { name: "Activate" }).click();
      await expect.poll(() => icpActive(request, writeKey, icpId)).toBe(true);

      const url = await embedUrl(request, readKey, {
        origin: partner.origin,
        view: "icps",
      });
      await frameFrom(page, partnerUrl(partner, url));
      const frame = page.frameLocator("#embed");
      await expect(
        frame.getByRole("article", { name: ICP_NAME }),
      ).toBeVisible();
      await expect(frame.getByRole("switch")).toHaveCount(0);

      // The session token lives in the page; catch it on its way out.
      const refresh = page.waitForRequest((r: Request) =>
        r.url().startsWith(`${APP}/api/embed/icps`),
      );
      await frame.getByRole("button", { name: "Refresh" }).click();
      const authorization = (await refresh).headers()["authorization"]!;
      expect(authorization).toMatch(/^Embed ey/);
      expect((await refresh).headers()["cookie"]).toBeUndefined();

      const write = await request.patch(`/api/embed/icps/${icpId}`, {
        headers: { Authorization: authorization },
        data: { active: false },
      });
      expect(write.status()).toBe(403);
      expect(
        ((await write.json()) as { error: { code: string } }).error.code,
      ).toBe("forbidden");

      // The app's server action, sent from inside the embedded frame.
      const embedded = await embedFrame(page);
      const fromFrame = await embedded.evaluate(async (a) => {
        const res = await fetch("/icps", {
          method: "POST",
          credentials: "include",
          headers: {
            "Next-Action": a.id,
            "Content-Type": a.contentType,
            Accept: "text/x-component",
          },
          body: a.body,
        });
        return { url: res.url, text: await res.text() };
      }, replay);
      expect(fromFrame.url).toContain("/login");
      expect(await icpActive(request, writeKey, icpId)).toBe(true);

      // The same request from the app's own page does run: the frame's
      // was refused for being embedded, not for being malformed.
      await page.goto("/settings");
      await page.evaluate(async (a) => {
        await fetch("/icps", {
          method: "POST",
          headers: {
            "Next-Action": a.id,
            "Content-Type": a.contentType,
            Accept: "text/x-component",
          },
          body: a.body,
        });
      }, replay);
      expect(await icpActive(request, writeKey, icpId)).toBe(false);
      await request.patch(`/api/v1/icps/${icpId}`, {
        headers: bearer(writeKey),
        data: { active: true },
      });
    });

    await test.step("the embed API keeps to its team and view", async () => {
      const url = await embedUrl(request, readKey, {
        origin: partner.origin,
        view: "icps",
      });
      await frameFrom(page, partnerUrl(partner, url));
      const frame = page.frameLocator("#embed");
      const refresh = page.waitForRequest((r: Request) =>
        r.url().startsWith(`${APP}/api/embed/icps`),
      );
      await frame.getByRole("button", { name: "Refresh" }).click();
      const headers = {
        Authorization: (await refresh).headers()["authorization"]!,
      };

      expect(
        (await request.get(`/api/embed/icps/${icpId}`, { headers })).status(),
      ).toBe(200);
      expect(
        (
          await request.get(`/api/embed/icps/${outsiderIcp}`, { headers })
        ).status(),
      ).toBe(404);
      expect(
        (
          await request.get(`/api/embed/lead-lists/${icpId}`, { headers })
        ).status(),
      ).toBe(403);
      expect((await request.get("/api/embed/icps")).status()).toBe(401);
    });

    await test.step("a read-write session switches an ICP", async () => {
      const url = await embedUrl(request, writeKey, {
        origin: partner.origin,
        view: "icps",
        readOnly: false,
      });
      await frameFrom(page, partnerUrl(partner, url));
      const card = page
        .frameLocator("#embed")
        .getByRole("article", { name: ICP_NAME });
      const active = card.getByRole("switch", { name: "Active" });
      await expect(active).toBeChecked();

      const change = page.waitForResponse(
        (r) => r.url() === `${APP}/api/embed/icps/${icpId}`,
      );
      await active.click();
      expect((await change).status()).toBe(200);
      await expect(active).not.toBeChecked();
      expect(await icpActive(request, writeKey, icpId)).toBe(false);

      await active.click();
      await expect(active).toBeChecked();
      await expect.poll(() => icpActive(request, writeKey, icpId)).toBe(true);
    });

    await test.step("one ICP with criteria, in a theme", async () => {
      const url = await embedUrl(request, readKey, {
        origin: partner.origin,
        view: "icp",
        id: icpId,
        theme: "dark",
        accent: "#1d4ed8",
      });
      expect(url).toContain("accent=%231d4ed8");
      await frameFrom(page, partnerUrl(partner, url));
      const frame = page.frameLocator("#embed");
      await expect(
        frame.getByRole("heading", { level: 1, name: ICP_NAME }),
      ).toBeVisible();
      await expect(
        frame.getByRole("list", { name: "Job titles" }),
      ).toContainText("Head of Sales");
      await expect(frame.locator("html")).toHaveClass(/\bdark\b/);
      expect(await seriousViolations(page)).toEqual([]);
      expect(
        await frame
          .locator("[data-embed-view]")
          .evaluate((el) =>
            getComputedStyle(el).getPropertyValue("--primary").trim(),
          ),
      ).toBe("#1d4ed8");
    });

    await test.step("a lead list's fit segments", async () => {
      const csv = [
        "First Name,Last Name,Job Title,Company Name,Email,Country",
        "Ada,Lovelace,VP of Sales,Acme,ada@acme.example,United States",
        "Alan,Turing,Head of Sales,Globex,alan@globex.example,United States",
        "Grace,Hopper,Engineer,Initech,grace@initech.example,France",
      ].join("\n");
      const imported = await request.post(
        "/api/v1/lead-lists?name=Embedded%20leads",
        {
          headers: { ...bearer(writeKey), "Content-Type": "text/csv" },
          data: csv,
        },
      );
      expect(imported.status(), await imported.text()).toBe(201);
      const listId = ((await imported.json()) as { id: string }).id;
      const run = await request.post(`/api/v1/lead-lists/${listId}/score`, {
        headers: bearer(writeKey),
        data: { icpId },
      });
      expect(run.status(), await run.text()).toBe(202);
      const { jobId } = (await run.json()) as { jobId: string };
      await expect
        .poll(
          async () => {
            const job = await request.get(`/api/v1/jobs/${jobId}`, {
              headers: bearer(writeKey),
            });
            return ((await job.json()) as { status: string }).status;
          },
          { timeout: 30_000 },
        )
        .toBe("succeeded");

      const url = await embedUrl(request, readKey, {
        origin: partner.origin,
        view: "lead-list",
        id: listId,
      });
      await frameFrom(page, partnerUrl(partner, url));
      const frame = page.frameLocator("#embed");
      await expect(
        frame.getByRole("heading", { level: 1, name: "Embedded leads" }),
      ).toBeVisible();
      await expect(frame.getByLabel("ICP", { exact: true })).toHaveValue(icpId);
      expect(await seriousViolations(page)).toEqual([]);
      const segments = frame.getByRole("region", { name: "Fit segments" });
      await expect(segments).toBeVisible();
      const leads = frame.getByRole("table", { name: "Top high-fit leads" });
      await expect(leads).toContainText("Ada Lovelace");
      await expect(leads).not.toContainText("Grace Hopper");
    });
  });
});
