import fc from "fast-check";
import { expect, test } from "@playwright/test";
import type {
  APIRequestContext,
  APIResponse,
  Browser,
  Page,
} from "@playwright/test";

import { newUser, signUp } from "./helpers";

// One flow across the file: the keys made through the settings page in
// the first test are what every later test calls the API with.
test.describe.configure({ mode: "serial" });

type Team = { page: Page; write: string; read: string };
let a: Team;
let b: Team;

const auth = (key: string, extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${key}`,
  ...extra,
});

async function body(res: APIResponse) {
  const text = await res.text();
  return text ? JSON.parse(text) : null;
}

async function expectError(res: APIResponse, status: number, code?: string) {
  expect(res.status(), await res.text()).toBe(status);
  const json = await body(res);
  expect(json).toEqual({
    error: expect.objectContaining({
      code: code ?? expect.any(String),
      message: expect.any(String),
    }),
  });
  return json.error as { code: string; message: string; details?: unknown };
}

/** Creates a key through the settings page and reads it from the dialog. */
async function createKey(page: Page, name: string, scope: "read" | "write") {
  await page.goto("/settings/api-keys");
  await page.getByLabel("Name").fill(name);
  await page
    .getByLabel("Scope")
    .selectOption(scope === "read" ? "Read only" : "Read and write");
  await page.getByRole("button", { name: "Create key" }).click();
  const dialog = page.getByRole("dialog", { name: "Copy your new API key" });
  const key = await dialog
    .getByRole("textbox", { name: "API key" })
    .inputValue();
  expect(key).toMatch(/^icp_live_[a-z0-9]+_[A-Za-z0-9_-]+$/);
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();
  return key;
}

async function newTeam(browser: Browser, label: string): Promise<Team> {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, newUser(label));
  return {
    page,
    write: await createKey(page, `${label} write`, "write"),
    read: await createKey(page, `${label} read`, "read"),
  };
}

let icpSeq = 0;
async function createIcp(
  request: APIRequestContext,
  key: string,
  fields: Record<string, unknown> = {},
) {
  const res = await request.post("/api/v1/icps", {
    headers: auth(key),
    data: { name: `ICP ${Date.now()}-${icpSeq++}`, ...fields },
  });
  expect(res.status(), await res.text()).toBe(201);
  return body(res);
}

test("API keys are created, listed and revoked on the settings page", async ({
  browser,
  request,
}) => {
  a = await newTeam(browser, "alpha");
  b = await newTeam(browser, "bravo");
  const page = a.page;

  const table = page.getByRole("table", { name: "API keys" });
  const row = table.getByRole("row", { name: /alpha write/ });
  await expect(row).toContainText(/icp_live_[a-z0-9]+_…/);
  await expect(row).toContainText("Read and write");
  await expect(row).toContainText("Never");
  await expect(table.getByRole("row", { name: /alpha read/ })).toContainText(
    "Read only",
  );
  // The list never shows the secret part of a key.
  await expect(table).not.toContainText(a.write.slice(-20));

  const doomed = await createKey(page, "alpha doomed", "write");
  expect(
    (await request.get("/api/v1/icps", { headers: auth(doomed) })).ok(),
  ).toBe(true);
  await page.reload();
  const doomedRow = table.getByRole("row", { name: /alpha doomed/ });
  await expect(doomedRow).not.toContainText("Never");

  await doomedRow.getByRole("button", { name: "Revoke alpha doomed" }).click();
  const confirm = page.getByRole("alertdialog", {
    name: "Revoke alpha doomed?",
  });
  await confirm.getByRole("button", { name: "Revoke key" }).click();
  await expect(doomedRow).toContainText("Revoked");

  const res = await request.get("/api/v1/icps", { headers: auth(doomed) });
  const err = await expectError(res, 401, "unauthorized");
  expect(err.message).toMatch(/revoked/);
});

test("keys are required, checked and scoped; cookies are ignored", async ({
  request,
}) => {
  const missing = await request.get("/api/v1/icps");
  await expectError(missing, 401, "unauthorized");
  expect(missing.headers()["www-authenticate"]).toMatch(/^Bearer/);
  expect(missing.headers()["cache-control"]).toMatch(/no-store/);

  for (const header of [
    "Bearer nonsense",
    `Basic ${a.write}`,
    `Bearer ${a.write.slice(0, -3)}abc`,
    `Bearer ${a.write}x`,
  ]) {
    const res = await request.get("/api/v1/icps", {
      headers: { authorization: header },
    });
    await expectError(res, 401, "unauthorized");
  }

  // The signed-in browser's session cookie is not an API credential.
  await expectError(await a.page.request.get("/api/v1/icps"), 401);

  const readPost = await request.post("/api/v1/icps", {
    headers: auth(a.read),
    data: { name: "Not allowed" },
  });
  await expectError(readPost, 403, "forbidden");
  const ok = await request.get("/api/v1/icps", { headers: auth(a.read) });
  expect(ok.status()).toBe(200);
  expect(ok.headers()["cache-control"]).toMatch(/no-store/);
});

test("ICPs are created, read, listed, patched, cloned and deleted", async ({
  request,
}) => {
  const created = await createIcp(request, a.write, {
    name: "DACH fintech finance",
    description: "Finance leaders in DACH fintechs",
    industries: ["Fintech"],
    companySizes: ["201-500", "501-1000"],
    jobTitles: ["CFO"],
    seniorities: ["C-Level", "Director"],
    countries: ["Germany", "AT", "switzerland"],
    highFitThreshold: 75,
  });
  expect(created).toMatchObject({
    id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    name: "DACH fintech finance",
    countries: ["DE", "AT", "CH"],
    companySizes: ["201-500", "501-1000"],
    highFitThreshold: 75,
    active: true,
    isDefault: false,
    version: 1,
    stats: { leadsScored: 0, highFitLeads: 0, conversionRate: null },
  });
  for (const field of [
    "idealCustomerDescription",
    "technologies",
    "departments",
    "states",
    "cities",
    "weights",
    "createdAt",
    "updatedAt",
  ]) {
    expect(created).toHaveProperty(field);
  }

  const got = await request.get(`/api/v1/icps/${created.id}`, {
    headers: auth(a.read),
  });
  expect(await body(got)).toEqual(created);

  const patched = await request.patch(`/api/v1/icps/${created.id}`, {
    headers: auth(a.write),
    data: { highFitThreshold: 80, countries: ["France"] },
  });
  expect(patched.status()).toBe(200);
  const after = await body(patched);
  expect(after).toMatchObject({
    highFitThreshold: 80,
    countries: ["FR"],
    jobTitles: ["CFO"],
    seniorities: created.seniorities,
    description: created.description,
    version: 2,
  });

  const clone = await request.post(`/api/v1/icps/${created.id}/clone`, {
    headers: auth(a.write),
  });
  expect(clone.status()).toBe(201);
  const copy = await body(clone);
  expect(copy).toMatchObject({
    name: "Copy of DACH fintech finance",
    countries: ["FR"],
    isDefault: false,
    active: true,
  });
  expect(copy.id).not.toBe(created.id);
  const named = await request.post(`/api/v1/icps/${created.id}/clone`, {
    headers: auth(a.write),
    data: { name: "DACH fintech, second cut" },
  });
  expect((await body(named)).name).toBe("DACH fintech, second cut");

  const made = await request.post(`/api/v1/icps/${copy.id}/default`, {
    headers: auth(a.write),
  });
  expect(made.status()).toBe(200);
  expect(await body(made)).toMatchObject({ id: copy.id, isDefault: true });

  const del = await request.delete(`/api/v1/icps/${copy.id}`, {
    headers: auth(a.write),
  });
  expect(del.status()).toBe(204);
  expect(await del.text()).toBe("");
  await expectError(
    await request.get(`/api/v1/icps/${copy.id}`, { headers: auth(a.read) }),
    404,
    "not_found",
  );
  await expectError(
    await request.delete(`/api/v1/icps/${copy.id}`, { headers: auth(a.write) }),
    404,
  );
  await expectError(
    await request.get("/api/v1/icps/not-a-uuid", { headers: auth(a.read) }),
    404,
  );
});

test("ICP input errors are 400 per field, name clashes 409", async ({
  request,
}) => {
  const bad = await request.post("/api/v1/icps", {
    headers: auth(a.write),
    data: {
      name: "Bad enums",
      companySizes: ["huge"],
      seniorities: ["Grand Poobah"],
      countries: ["Atlantis"],
    },
  });
  const err = await expectError(bad, 400, "validation_failed");
  const fields = (err.details as { fieldErrors: Record<string, string[]> })
    .fieldErrors;
  expect(Object.keys(fields).sort()).toEqual([
    "companySizes",
    "countries",
    "seniorities",
  ]);
  expect(fields.countries![0]).toMatch(/Atlantis/);

  const wrongTypes = await request.post("/api/v1/icps", {
    headers: auth(a.write),
    data: { name: 42, industries: "SaaS", highFitThreshold: 500 },
  });
  const typeErr = await expectError(wrongTypes, 400, "validation_failed");
  expect(
    Object.keys((typeErr.details as { fieldErrors: object }).fieldErrors),
  ).toEqual(expect.arrayContaining(["name", "industries", "highFitThreshold"]));

  const icp = await createIcp(request, a.write);
  const patchBad = await request.patch(`/api/v1/icps/${icp.id}`, {
    headers: auth(a.write),
    data: { seniorities: ["Wizard"] },
  });
  await expectError(patchBad, 400, "validation_failed");
  const unchanged = await body(
    await request.get(`/api/v1/icps/${icp.id}`, { headers: auth(a.read) }),
  );
  expect(unchanged.version).toBe(icp.version);

  const dup = await request.post("/api/v1/icps", {
    headers: auth(a.write),
    data: { name: icp.name.toUpperCase() },
  });
  await expectError(dup, 409, "conflict");
});

test("lists page through every ICP once with an opaque cursor", async ({
  request,
}) => {
  for (let i = 0; i < 5; i++) await createIcp(request, a.write);
  const all = await body(
    await request.get("/api/v1/icps?limit=100", { headers: auth(a.read) }),
  );
  expect(all.nextCursor).toBeNull();

  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const url: string = `/api/v1/icps?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
    const page = await body(await request.get(url, { headers: auth(a.read) }));
    expect(page.data.length).toBeLessThanOrEqual(2);
    seen.push(...page.data.map((i: { id: string }) => i.id));
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 50);
  expect(seen).toEqual(all.data.map((i: { id: string }) => i.id));
  expect(new Set(seen).size).toBe(seen.length);

  const capped = await request.get("/api/v1/icps?limit=5000", {
    headers: auth(a.read),
  });
  expect(capped.status()).toBe(200);
  for (const q of ["limit=0", "limit=abc", "cursor=garbage", "cursor=!!"]) {
    await expectError(
      await request.get(`/api/v1/icps?${q}`, { headers: auth(a.read) }),
      400,
    );
  }
});

test("another team's key gets 404 for this team's ICPs and changes nothing", async ({
  request,
}) => {
  const icp = await createIcp(request, a.write, { industries: ["SaaS"] });
  const id = icp.id;
  const calls: [string, () => Promise<APIResponse>][] = [
    [
      "GET",
      () => request.get(`/api/v1/icps/${id}`, { headers: auth(b.write) }),
    ],
    [
      "PATCH",
      () =>
        request.patch(`/api/v1/icps/${id}`, {
          headers: auth(b.write),
          data: { name: "Hijacked" },
        }),
    ],
    [
      "DELETE",
      () => request.delete(`/api/v1/icps/${id}`, { headers: auth(b.write) }),
    ],
    [
      "clone",
      () =>
        request.post(`/api/v1/icps/${id}/clone`, { headers: auth(b.write) }),
    ],
    [
      "default",
      () =>
        request.post(`/api/v1/icps/${id}/default`, { headers: auth(b.write) }),
    ],
    [
      "score",
      () =>
        request.post("/api/v1/score", {
          headers: auth(b.write),
          data: { icpId: id, leads: [{ industry: "SaaS" }] },
        }),
    ],
  ];
  for (const [name, call] of calls) {
    const res = await call();
    expect(res.status(), name).toBe(404);
  }
  const list = await body(
    await request.get("/api/v1/icps?limit=100", { headers: auth(b.read) }),
  );
  expect(list.data.map((i: { id: string }) => i.id)).not.toContain(id);

  const still = await body(
    await request.get(`/api/v1/icps/${id}`, { headers: auth(a.read) }),
  );
  expect(still).toEqual(icp);
});

test("scores leads in order against a named or the default ICP", async ({
  request,
}) => {
  // Team B has no default ICP yet.
  await expectError(
    await request.post("/api/v1/score", {
      headers: auth(b.read),
      data: { leads: [{ title: "CFO" }] },
    }),
    409,
    "no_default_icp",
  );

  const icp = await createIcp(request, b.write, {
    industries: ["SaaS"],
    companySizes: ["51-200", "201-500"],
    jobTitles: ["VP Sales"],
    seniorities: ["VP"],
    countries: ["US"],
  });
  const leads = [
    {
      ref: "fit",
      title: "VP of Sales",
      industry: "SaaS",
      employeeCount: "201-500 employees",
      country: "USA",
      technologies: "HubSpot, Marketo",
      unknownField: { nested: true },
    },
    {
      ref: 7,
      title: "Intern",
      industry: "Retail",
      employeeCount: 3,
      country: "FR",
    },
    { title: "VP Sales", location: "Austin, TX, United States" },
  ];
  const res = await request.post("/api/v1/score", {
    headers: auth(b.read),
    data: { icpId: icp.id, leads },
  });
  expect(res.status(), await res.text()).toBe(200);
  const out = await body(res);
  expect(out.icpId).toBe(icp.id);
  expect(out.icpVersion).toBe(icp.version);
  expect(out.results.map((r: { ref: unknown }) => r.ref)).toEqual([
    "fit",
    7,
    null,
  ]);
  const [fit, miss] = out.results;
  expect(fit).toMatchObject({ fit: "high" });
  expect(fit.score).toBeGreaterThan(miss.score);
  expect(miss.fit).not.toBe("high");
  expect(fit.criteria.industry).toMatchObject({ matched: true });
  expect(fit.criteria.country).toMatchObject({ matched: true });
  expect(miss.criteria.industry).toMatchObject({ matched: false });
  expect(Object.keys(fit.criteria).sort()).toEqual(
    ["companySize", "country", "industry", "jobTitle", "seniority"].sort(),
  );

  await request.post(`/api/v1/icps/${icp.id}/default`, {
    headers: auth(b.write),
  });
  const byDefault = await body(
    await request.post("/api/v1/score", {
      headers: auth(b.read),
      data: { leads },
    }),
  );
  expect(byDefault.icpId).toBe(icp.id);
  expect(byDefault.results).toEqual(out.results);

  for (const icpId of ["not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
    await expectError(
      await request.post("/api/v1/score", {
        headers: auth(b.read),
        data: { icpId, leads },
      }),
      404,
      "not_found",
    );
  }
});

test("scores 1,000 leads a call at thousands of leads a second", async ({
  request,
}) => {
  const icp = await createIcp(request, b.write, {
    industries: ["SaaS", "Fintech"],
    companySizes: ["51-200"],
    jobTitles: ["VP Sales", "CFO"],
    technologies: ["Salesforce"],
    countries: ["US", "DE"],
  });
  const titles = ["VP of Sales", "CFO", "Engineer", "Head of Growth"];
  const leads = Array.from({ length: 1000 }, (_, i) => ({
    ref: `L${i}`,
    title: titles[i % titles.length],
    industry: i % 3 ? "SaaS" : "Retail",
    employeeCount: 20 + ((i * 37) % 900),
    technologies: i % 2 ? ["Salesforce", "Slack"] : "HubSpot; Zendesk",
    location: i % 5 ? "Berlin, Germany" : "Austin, TX",
  }));
  const calls = 5;
  const started = Date.now();
  for (let i = 0; i < calls; i++) {
    const res = await request.post("/api/v1/score", {
      headers: auth(b.read),
      data: { icpId: icp.id, leads },
    });
    expect(res.status()).toBe(200);
    const out = await body(res);
    expect(out.results).toHaveLength(1000);
    expect(out.results[999].ref).toBe("L999");
  }
  const perSecond = Math.round(
    (calls * 1000) / ((Date.now() - started) / 1000),
  );
  test.info().annotations.push({
    type: "throughput",
    description: `${perSecond} leads/s`,
  });
  // Lenient on a busy two-core machine; locally this is ~10,000/s.
  expect(perSecond).toBeGreaterThan(1000);
});

test("score refuses wrong types, too many leads and huge bodies", async ({
  request,
}) => {
  const post = (data: unknown, headers: Record<string, string> = {}) =>
    request.post("/api/v1/score", {
      headers: auth(b.read, headers),
      data: data as Record<string, unknown>,
    });

  for (const data of [
    {},
    { leads: [] },
    { leads: "x" },
    { leads: [{ title: 5 }] },
    { leads: [{ employeeCount: true }] },
    { leads: [{ technologies: [1, 2] }] },
    { leads: [null] },
    { icpId: 5, leads: [{}] },
  ]) {
    await expectError(await post(data), 400, "validation_failed");
  }

  const tooMany = await post({
    leads: Array.from({ length: 10_000 }, (_, i) => ({
      ref: `r${i}`,
      title: "CFO",
    })),
  });
  expect([400, 413]).toContain(tooMany.status());
  await expectError(tooMany, tooMany.status());

  await expectError(
    await request.post("/api/v1/score", {
      headers: auth(b.read, { "content-type": "application/json" }),
      data: Buffer.from('{"leads": [{"title": "CFO"}'),
    }),
    400,
    "invalid_json",
  );
  await expectError(
    await request.post("/api/v1/score", {
      headers: auth(b.read, { "content-type": "text/plain" }),
      data: Buffer.from('{"leads":[{"title":"CFO"}]}'),
    }),
    415,
    "unsupported_media_type",
  );

  const huge = Buffer.alloc(20 * 1024 * 1024, 0x20);
  const big = await request.post("/api/v1/score", {
    headers: auth(b.read, { "content-type": "application/json" }),
    data: huge,
  });
  await expectError(big, 413, "payload_too_large");
});

test("a few hundred generated bodies get 4xx answers, never 5xx", async ({
  request,
}) => {
  test.setTimeout(180_000);
  const icp = await createIcp(request, b.write);
  const value = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true }),
    fc.integer(),
    fc.string({ maxLength: 40 }),
    fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), {
      maxKeys: 3,
    }),
  );
  const leadKeys = [
    "ref",
    "title",
    "industry",
    "employeeCount",
    "technologies",
    "country",
    "state",
    "city",
    "location",
    "email",
  ];
  const lead = fc.dictionary(fc.constantFrom(...leadKeys), value, {
    maxKeys: 6,
  });
  const icpKeys = [
    "name",
    "industries",
    "companySizes",
    "seniorities",
    "countries",
    "states",
    "weights",
    "highFitThreshold",
    "active",
  ];
  const icpBody = fc.dictionary(fc.constantFrom(...icpKeys), value, {
    maxKeys: 5,
  });
  const bodies = fc.sample(
    fc.oneof(
      fc.record({ route: fc.constant("score"), body: fc.jsonValue() }),
      fc.record({
        route: fc.constant("score"),
        body: fc.record({
          icpId: fc.oneof(fc.constant(icp.id), value),
          leads: fc.array(lead, { maxLength: 5 }),
        }),
      }),
      fc.record({ route: fc.constant("create"), body: icpBody }),
      fc.record({ route: fc.constant("patch"), body: icpBody }),
      fc.record({ route: fc.constant("clone"), body: fc.jsonValue() }),
    ),
    { numRuns: 300, seed: 20260412 },
  );

  const statuses = new Map<number, number>();
  for (const { route, body: data } of bodies) {
    const text = JSON.stringify(data) ?? "null";
    const options = {
      headers: auth(b.write, { "content-type": "application/json" }),
      // A Buffer goes out as-is; a string would be JSON-encoded again.
      data: Buffer.from(text),
    };
    const res =
      route === "score"
        ? await request.post("/api/v1/score", options)
        : route === "create"
          ? await request.post("/api/v1/icps", options)
          : route === "patch"
            ? await request.patch(`/api/v1/icps/${icp.id}`, options)
            : await request.post(`/api/v1/icps/${icp.id}/clone`, options);
    statuses.set(res.status(), (statuses.get(res.status()) ?? 0) + 1);
    expect(res.status(), `${route} ${text.slice(0, 200)}`).toBeLessThan(500);
    if (res.status() >= 400) await expectError(res, res.status());
  }
  // The generator reaches both outcomes, or the test proves little.
  expect([...statuses.keys()].some((s) => s < 300)).toBe(true);
  expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);
});

test("Idempotency-Key replays, refuses a changed body and runs duplicates once", async ({
  request,
}) => {
  const key = `create-${Date.now()}`;
  const data = { name: `Idempotent ${key}` };
  const send = (d: object, k = key) =>
    request.post("/api/v1/icps", {
      headers: auth(a.write, { "idempotency-key": k }),
      data: d,
    });

  const first = await send(data);
  expect(first.status()).toBe(201);
  expect(first.headers()["idempotent-replayed"]).toBeUndefined();
  const again = await send(data);
  expect(again.status()).toBe(201);
  expect(again.headers()["idempotent-replayed"]).toBe("true");
  expect(await body(again)).toEqual(await body(first));

  await expectError(
    await send({ name: "Something else" }),
    422,
    "idempotency_key_reused",
  );

  const concurrentKey = `concurrent-${Date.now()}`;
  const name = `Concurrent ${concurrentKey}`;
  const results = await Promise.all(
    Array.from({ length: 6 }, () => send({ name }, concurrentKey)),
  );
  const okOrBusy = results.map((r) => r.status());
  expect(okOrBusy.every((s) => s === 201 || s === 409)).toBe(true);
  const ids = new Set(
    (
      await Promise.all(results.filter((r) => r.status() === 201).map(body))
    ).map((j) => j.id),
  );
  expect(ids.size).toBe(1);
  const list = await body(
    await request.get("/api/v1/icps?limit=100", { headers: auth(a.read) }),
  );
  expect(
    list.data.filter((i: { name: string }) => i.name === name),
  ).toHaveLength(1);
});

test("ten concurrent default switches leave exactly one default", async ({
  request,
}) => {
  const icps = [];
  for (let i = 0; i < 10; i++) icps.push(await createIcp(request, a.write));
  const results = await Promise.all(
    icps.map((icp) =>
      request.post(`/api/v1/icps/${icp.id}/default`, {
        headers: auth(a.write),
      }),
    ),
  );
  expect(results.map((r) => r.status())).toEqual(Array(10).fill(200));
  const list = await body(
    await request.get("/api/v1/icps?limit=100", { headers: auth(a.read) }),
  );
  const defaults = list.data.filter((i: { isDefault: boolean }) => i.isDefault);
  expect(defaults).toHaveLength(1);
  expect(icps.map((i) => i.id)).toContain(defaults[0].id);
});

test("generate drafts an ICP from a description", async ({ request }) => {
  const res = await request.post("/api/v1/icps/generate", {
    headers: auth(a.write),
    data: {
      description:
        "Series A fintech startups with 11-50 employees in the United " +
        "States; we sell to founders and heads of finance",
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  const out = await body(res);
  expect(["provider", "offline"]).toContain(out.engine);
  expect(out.draft.companySizes).toContain("11-50");
  expect(out.draft.countries).toContain("US");

  await expectError(
    await request.post("/api/v1/icps/generate", {
      headers: auth(a.write),
      data: { description: "short" },
    }),
    400,
    "validation_failed",
  );
  await expectError(
    await request.post("/api/v1/icps/generate", {
      headers: auth(a.write),
      data: { description: 42 },
    }),
    400,
  );
  await expectError(
    await request.post("/api/v1/icps/generate", {
      headers: auth(a.read),
      data: { description: "Fintech startups in the United States" },
    }),
    403,
  );
});

test("the OpenAPI document and the docs page describe every endpoint", async ({
  browser,
  request,
}) => {
  const res = await request.get("/api/v1/openapi.json");
  expect(res.status()).toBe(200);
  const doc = await body(res);
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining([
      "/api/v1/icps",
      "/api/v1/icps/{id}",
      "/api/v1/icps/{id}/clone",
      "/api/v1/icps/{id}/default",
      "/api/v1/icps/generate",
      "/api/v1/score",
    ]),
  );
  expect(doc.components.schemas.Icp.properties.countries).toBeDefined();
  expect(doc.components.schemas.Lead.properties.employeeCount).toBeDefined();

  // Public: a visitor without a session reads it.
  const page = await (await browser.newContext()).newPage();
  await page.goto("/docs/api");
  await expect(
    page.getByRole("heading", { level: 1, name: /ICP Studio API/ }),
  ).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: "Score leads" }),
  ).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Endpoints" }),
  ).toBeVisible();
  await expect(page.getByText("curl -X POST").first()).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Fields of Lead", exact: true }),
  ).toBeVisible();
});

test("unknown API paths answer JSON 404s", async ({ request }) => {
  const res = await request.get("/api/v1/nothing/here", {
    headers: auth(a.read),
  });
  await expectError(res, 404, "not_found");
});

test("past the per-key limit the API answers 429 with Retry-After", async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  // A team of its own, so the burst eats no other test's budget.
  const page = await (await browser.newContext()).newPage();
  await signUp(page, newUser("charlie"));
  const key = await createKey(page, "burst", "read");

  let limited: APIResponse | undefined;
  let sent = 0;
  // Fixed windows: a minute boundary mid-burst restarts the count once,
  // so allow for up to two windows' worth before giving up.
  while (!limited && sent < 1300) {
    const batch = await Promise.all(
      Array.from({ length: 20 }, () =>
        request.get("/api/v1/icps?limit=1", { headers: auth(key) }),
      ),
    );
    sent += batch.length;
    limited = batch.find((r) => r.status() === 429);
    for (const r of batch) expect([200, 429]).toContain(r.status());
  }
  expect(limited, `no 429 after ${sent} requests`).toBeDefined();
  const retry = Number(limited!.headers()["retry-after"]);
  expect(retry).toBeGreaterThanOrEqual(1);
  expect(retry).toBeLessThanOrEqual(60);
  const err = await expectError(limited!, 429, "rate_limited");
  expect(err.details).toMatchObject({ per: "key" });
});
