import { afterEach, expect, it } from "vitest";
import { z } from "zod";

import { createApiKey, revokeApiKey } from "@/db/queries/api-keys";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { resetEnvCache } from "@/lib/env";
import { AppError } from "@/lib/errors";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";

const BASE = "http://api.test/api/v1";

async function keysFor(label: string) {
  const { team } = await makeUserAndTeam(label);
  const write = await createApiKey({
    teamId: team.id,
    name: "w",
    scope: "write",
  });
  const read = await createApiKey({
    teamId: team.id,
    name: "r",
    scope: "read",
  });
  return { team, write: write.key, read: read.key, writeId: write.apiKey.id };
}

function post(
  key: string | null,
  body: BodyInit | null,
  headers: Record<string, string> = {},
  path = "/things",
) {
  return new Request(`${BASE}${path}`, {
    method: "POST",
    body,
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(typeof body === "string"
        ? { "content-type": "application/json" }
        : {}),
      ...headers,
    },
    // Needed by fetch's Request for stream bodies.
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}

const noParams = { params: Promise.resolve({}) };

const thingSchema = z.object({ name: z.string().min(1), n: z.number().int() });

function counting() {
  let runs = 0;
  const route = apiRoute(
    { scope: "write", body: thingSchema, idempotent: true },
    async ({ body, team }) => {
      runs++;
      await new Promise((r) => setTimeout(r, 150));
      return Response.json(
        { ...body, team: team.id, run: runs },
        { status: 201 },
      );
    },
  );
  return { route, runs: () => runs };
}

function chunked(parts: Uint8Array[]) {
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = parts.shift();
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });
}

afterEach(() => {
  delete process.env.RATE_LIMIT_PER_KEY_PER_MIN;
  delete process.env.API_MAX_BODY_BYTES;
  resetEnvCache();
});

describeEachDb("apiRoute", () => {
  it("answers 401 without a key and ignores session cookies", async () => {
    const route = apiRoute({ scope: "read" }, () => ({ ok: true }));
    const res = await route(
      new Request(`${BASE}/x`, {
        headers: { cookie: "authjs.session-token=valid-looking" },
      }),
      noParams,
    );
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toMatchObject({
      error: { code: "unauthorized" },
    });
  });

  it("answers 403 for a read key on a write route, 401 once revoked", async () => {
    const k = await keysFor("scope");
    const route = apiRoute({ scope: "write" }, () => ({ ok: true }));
    expect((await route(post(k.read, null), noParams)).status).toBe(403);
    expect((await route(post(k.write, null), noParams)).status).toBe(200);
    await revokeApiKey({ teamId: k.team.id, id: k.writeId });
    expect((await route(post(k.write, null), noParams)).status).toBe(401);
  });

  it("hands the handler the parsed body, query and params", async () => {
    const k = await keysFor("parse");
    const route = apiRoute(
      {
        scope: "write",
        body: thingSchema,
        query: z.object({ dry: z.enum(["yes", "no"]).default("no") }),
        params: z.object({ id: z.string() }),
      },
      ({ body, query, params, team }) => ({ body, query, params, team }),
    );
    const res = await route(
      new Request(`${BASE}/things/abc?dry=yes`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${k.write}`,
          "content-type": "application/json; charset=utf-8",
        },
        body: JSON.stringify({ name: "a", n: 1, extra: true }),
      }),
      { params: Promise.resolve({ id: "abc" }) },
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      body: { name: "a", n: 1 },
      query: { dry: "yes" },
      params: { id: "abc" },
      team: { id: k.team.id },
    });
  });

  it("refuses bodies that are not JSON, not valid, or of another type", async () => {
    const k = await keysFor("bodies");
    const route = apiRoute({ scope: "write", body: thingSchema }, () => ({}));
    const cases: [Request, number, string][] = [
      [post(k.write, "{nope"), 400, "invalid_json"],
      [
        post(k.write, new Uint8Array([0x7b, 0xff, 0x7d])),
        415,
        "unsupported_media_type",
      ],
      [
        post(k.write, new Uint8Array([0x7b, 0xff, 0x7d]), {
          "content-type": "application/json",
        }),
        400,
        "invalid_json",
      ],
      [
        post(k.write, '{"name":"a"}', { "content-type": "text/plain" }),
        415,
        "unsupported_media_type",
      ],
      [post(k.write, '{"name":"","n":"1"}'), 400, "validation_failed"],
      [post(k.write, "[]"), 400, "validation_failed"],
      [post(k.write, null), 400, "validation_failed"],
    ];
    for (const [req, status, code] of cases) {
      const res = await route(req, noParams);
      expect(res.status).toBe(status);
      expect((await res.json()).error.code).toBe(code);
    }
    const res = await route(post(k.write, '{"name":"","n":"1"}'), noParams);
    expect((await res.json()).error.details.fieldErrors).toEqual({
      name: [expect.any(String)],
      n: [expect.any(String)],
    });
  });

  it("answers 413 from Content-Length and from a chunked body", async () => {
    process.env.API_MAX_BODY_BYTES = "2048";
    resetEnvCache();
    const k = await keysFor("size");
    let ran = false;
    const route = apiRoute({ scope: "write", body: z.unknown() }, () => {
      ran = true;
      return {};
    });
    const big = JSON.stringify({ s: "x".repeat(5000) });
    const declared = await route(post(k.write, big), noParams);
    expect(declared.status).toBe(413);
    const stream = chunked([
      new TextEncoder().encode(big.slice(0, 1500)),
      new TextEncoder().encode(big.slice(1500)),
    ]);
    const streamed = await route(
      post(k.write, stream, { "content-type": "application/json" }),
      noParams,
    );
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).error.code).toBe("payload_too_large");
    expect(ran).toBe(false);
  });

  it("refuses a body that ends before its declared length", async () => {
    const k = await keysFor("short");
    const route = apiRoute({ scope: "write", body: z.unknown() }, () => ({}));
    const res = await route(
      post(k.write, chunked([new TextEncoder().encode('{"a":1}')]), {
        "content-type": "application/json",
        "content-length": "100",
      }),
      noParams,
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("incomplete_body");
  });

  it("streams raw bodies under a per-route limit", async () => {
    const k = await keysFor("raw");
    const route = apiRoute(
      {
        scope: "write",
        rawBody: true,
        maxBytes: 1024,
        contentTypes: ["text/csv"],
      },
      async ({ body }) => ({
        bytes: (await new Response(body).arrayBuffer()).byteLength,
      }),
    );
    const csv = { "content-type": "text/csv" };
    const ok = await route(
      post(k.write, chunked([new Uint8Array(600), new Uint8Array(400)]), csv),
      noParams,
    );
    expect(await ok.json()).toEqual({ bytes: 1000 });
    const big = await route(
      post(k.write, chunked([new Uint8Array(600), new Uint8Array(600)]), csv),
      noParams,
    );
    expect(big.status).toBe(413);
    const wrongType = await route(post(k.write, "a,b"), noParams);
    expect(wrongType.status).toBe(415);
  });

  it("maps AppError and ApiError, and hides anything else behind a 500", async () => {
    const k = await keysFor("errors");
    const fails = (err: unknown) =>
      apiRoute({ scope: "read" }, () => {
        throw err;
      });
    const nf = await fails(new AppError("not_found", "ICP not found"))(
      post(k.read, null),
      noParams,
    );
    expect(nf.status).toBe(404);
    expect(await nf.json()).toEqual({
      error: { code: "not_found", message: "ICP not found" },
    });
    const bad = await fails(
      new ApiError("ai_timeout", "slow", { details: { after: 1 } }),
    )(post(k.read, null), noParams);
    expect(bad.status).toBe(502);
    expect(await bad.json()).toEqual({
      error: { code: "ai_timeout", message: "slow", details: { after: 1 } },
    });
    const boom = await fails(new Error("relation icps does not exist"))(
      post(k.read, null),
      noParams,
    );
    expect(boom.status).toBe(500);
    const text = await boom.text();
    expect(text).not.toMatch(/relation/);
    expect(JSON.parse(text).error.code).toBe("internal");
  });

  it("answers 204 when the handler returns nothing", async () => {
    const k = await keysFor("empty");
    const route = apiRoute({ scope: "write" }, () => undefined);
    const res = await route(post(k.write, null), noParams);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
  });

  it("replays an idempotent POST and refuses the key for another body", async () => {
    const k = await keysFor("idem");
    const { route, runs } = counting();
    const send = (body: string) =>
      route(post(k.write, body, { "idempotency-key": "order-1" }), noParams);
    const first = await send('{"name":"a","n":1}');
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const again = await send('{"name":"a","n":1}');
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(await first.json());
    const other = await send('{"name":"b","n":1}');
    expect(other.status).toBe(422);
    expect((await other.json()).error.code).toBe("idempotency_key_reused");
    expect(runs()).toBe(1);
  });

  it("runs concurrent duplicates once and replays to the others", async () => {
    const k = await keysFor("idem-conc");
    const { route, runs } = counting();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        route(
          post(k.write, '{"name":"a","n":2}', { "idempotency-key": "dup" }),
          noParams,
        ),
      ),
    );
    expect(runs()).toBe(1);
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(
      responses.filter((r) => r.headers.get("idempotent-replayed")),
    ).toHaveLength(4);
  });

  it("lets a request that failed on our side be retried with its key", async () => {
    const k = await keysFor("idem-500");
    let calls = 0;
    const route = apiRoute(
      { scope: "write", body: thingSchema, idempotent: true },
      () => {
        calls++;
        if (calls === 1) throw new Error("flaky");
        return { ok: true };
      },
    );
    const send = () =>
      route(
        post(k.write, '{"name":"a","n":3}', { "idempotency-key": "retry" }),
        noParams,
      );
    expect((await send()).status).toBe(500);
    const second = await send();
    expect(second.status).toBe(200);
    expect(second.headers.get("idempotent-replayed")).toBeNull();
    expect(calls).toBe(2);
  });

  it("refuses malformed idempotency keys", async () => {
    const k = await keysFor("idem-bad");
    const { route } = counting();
    const res = await route(
      post(k.write, '{"name":"a","n":1}', {
        "idempotency-key": "x".repeat(300),
      }),
      noParams,
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("invalid_idempotency_key");
  });

  it("answers 429 with Retry-After past the per-key limit", async () => {
    process.env.RATE_LIMIT_PER_KEY_PER_MIN = "3";
    resetEnvCache();
    const k = await keysFor("rate");
    const route = apiRoute({ scope: "read" }, () => ({ ok: true }));
    const statuses = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) {
      last = await route(post(k.read, null), noParams);
      statuses.push(last.status);
    }
    // A minute boundary between the calls restarts the count once.
    expect(statuses.filter((s) => s === 429).length).toBeLessThanOrEqual(1);
    if (last!.status !== 429) {
      last = await route(post(k.read, null), noParams);
    }
    expect(last!.status).toBe(429);
    const retry = Number(last!.headers.get("retry-after"));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    expect(last!.headers.get("ratelimit-remaining")).toBe("0");
    expect((await last!.json()).error).toMatchObject({
      code: "rate_limited",
      details: { limit: 3, per: "key" },
    });
  });
});
