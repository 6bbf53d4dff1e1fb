import http from "node:http";
import type { AddressInfo } from "node:net";

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { POST } from "@/app/api/icps/generate/route";
import { icps } from "@/db/schema";
import { resetEnvCache } from "@/lib/env";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";
import { signInAs } from "../icps/session-mock";

vi.mock("@/app/(auth)/auth", async () =>
  (await import("../icps/session-mock")).mockAuth(),
);
vi.mock("next/headers", async () =>
  (await import("../icps/session-mock")).mockHeaders(),
);

const DESCRIPTION =
  "Series B SaaS companies with 50-200 employees in the US, targeting " +
  "VP Sales and CROs";

function post(
  body: unknown,
  opts: { stream?: boolean; raw?: string } = {},
): Promise<Response> {
  return POST(
    new Request("http://localhost/api/icps/generate", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        ...(opts.stream ? { Accept: "application/x-ndjson" } : {}),
      },
      body: opts.raw ?? JSON.stringify(body),
    }),
  );
}

type Line = { type: string; [key: string]: unknown };

async function lines(res: Response): Promise<Line[]> {
  const text = await res.text();
  return text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
}

/** Runs `body` with AI variables set, then restores the environment. */
async function withAiEnv(vars: Record<string, string>, body: () => unknown) {
  const saved = Object.fromEntries(
    Object.keys(vars).map((k) => [k, process.env[k]]),
  );
  Object.assign(process.env, vars);
  resetEnvCache();
  try {
    await body();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    resetEnvCache();
  }
}

describeEachDb("POST /api/icps/generate", (getHandle) => {
  let account: Awaited<ReturnType<typeof makeUserAndTeam>>;

  beforeAll(async () => {
    account = await makeUserAndTeam("drafter");
  });

  it("refuses a caller without a session", async () => {
    signInAs(null);
    const res = await post({ description: DESCRIPTION });

    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      error: { code: "unauthorized" },
    });
  });

  describe("with a session", () => {
    beforeAll(() => signInAs(account.user, account.team.id));

    it.each([
      [
        "no description",
        {},
        "Describe your ideal customer in a sentence or two.",
      ],
      [
        "a number",
        { description: 42 },
        "Describe your ideal customer in a sentence or two.",
      ],
      [
        "4 characters once trimmed",
        { description: "  SaaS   " },
        "The description is too short: use at least 10 characters.",
      ],
      [
        "2,001 characters",
        { description: "x".repeat(2001) },
        "The description is too long: keep it under 2,000 characters.",
      ],
    ])(
      "answers %s with a 400 and a clear message",
      async (_, body, message) => {
        const res = await post(body, { stream: true });

        expect(res.status).toBe(400);
        expect(res.headers.get("content-type")).toMatch(/application\/json/);
        expect(await res.json()).toEqual({
          error: {
            code: "validation_failed",
            message,
            details: { fieldErrors: { description: [message] } },
          },
        });
      },
    );

    it("answers malformed JSON and oversized bodies with their own errors", async () => {
      const bad = await post(null, { raw: "{ description:" });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({
        error: { code: "invalid_json" },
      });

      const huge = await post({ description: "y".repeat(20_000) });
      expect(huge.status).toBe(413);
    });

    it("answers a draft, the engine and no model when none is configured", async () => {
      const res = await post({ description: DESCRIPTION });

      expect(res.status).toBe(200);
      const body = await res.json();
      expect(Object.keys(body).sort()).toEqual(["draft", "engine"]);
      expect(body.engine).toBe("offline");
      expect(body.draft).toMatchObject({
        idealCustomerDescription: DESCRIPTION,
        industries: ["SaaS"],
        companySizes: ["51-200"],
        jobTitles: ["VP Sales", "CRO"],
        countries: ["US"],
      });
      expect(body.draft.name).not.toBe("");
      expect(body.draft.description).not.toBe("");
    });

    it("streams partial drafts line by line and ends with the whole one", async () => {
      const res = await post({ description: DESCRIPTION }, { stream: true });

      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/application\/x-ndjson/);
      const events = await lines(res);
      expect(events[0]).toEqual({ type: "start", engine: "offline" });
      const partials = events.filter((e) => e.type === "partial");
      expect(partials.length).toBeGreaterThan(3);
      // Fields arrive one after another, not all in the first line.
      const first = partials[0]!.draft as Record<string, unknown>;
      expect(first.countries).toBeUndefined();
      const done = events.at(-1)!;
      expect(done).toMatchObject({ type: "done", engine: "offline" });
      expect(partials.at(-1)!.draft).toEqual(done.draft);
      expect(events.filter((e) => e.type === "done")).toHaveLength(1);
    });

    it("saves nothing", async () => {
      await post({ description: DESCRIPTION });
      const rows = await getHandle()
        .db.select()
        .from(icps)
        .where(eq(icps.teamId, account.team.id));
      expect(rows).toEqual([]);
    });

    describe("with a working provider", () => {
      const answer = {
        name: "US SaaS revenue leaders",
        description: "Revenue leaders at Series B SaaS companies.",
        industries: ["Software as a Service"],
        companySizes: ["51-200"],
        technologies: [],
        jobTitles: ["VP Sales", "Chief Revenue Officer"],
        departments: ["Sales"],
        seniorities: ["VP", "C-Level"],
        countries: ["USA"],
        states: [],
        cities: [],
      };
      let server: http.Server;
      let baseUrl: string;

      /** An OpenAI-compatible chat endpoint, streaming when asked to. */
      function reply(stream: boolean, res: http.ServerResponse) {
        const text = JSON.stringify(answer);
        const base = { id: "c1", created: 1, model: "test-model" };
        if (!stream) {
          res.writeHead(200, { "Content-Type": "application/json" });
          res.end(
            JSON.stringify({
              ...base,
              object: "chat.completion",
              choices: [
                {
                  index: 0,
                  message: { role: "assistant", content: text },
                  finish_reason: "stop",
                },
              ],
              usage: {
                prompt_tokens: 9,
                completion_tokens: 9,
                total_tokens: 18,
              },
            }),
          );
          return;
        }
        res.writeHead(200, { "Content-Type": "text/event-stream" });
        for (let i = 0; i < text.length; i += 16) {
          const chunk = {
            ...base,
            object: "chat.completion.chunk",
            choices: [
              {
                index: 0,
                delta: { role: "assistant", content: text.slice(i, i + 16) },
                finish_reason: null,
              },
            ],
          };
          res.write(`data: ${JSON.stringify(chunk)}\n\n`);
        }
        const last = {
          ...base,
          object: "chat.completion.chunk",
          choices: [{ index: 0, delta: {}, finish_reason: "stop" }],
        };
        res.write(`data: ${JSON.stringify(last)}\n\ndata: [DONE]\n\n`);
        res.end();
      }

      beforeAll(async () => {
        server = http.createServer((req, res) => {
          let raw = "";
          req.on("data", (c) => (raw += c));
          req.on("end", () => reply(Boolean(JSON.parse(raw).stream), res));
        });
        await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
        const { port } = server.address() as AddressInfo;
        baseUrl = `http://127.0.0.1:${port}/v1`;
      });

      afterAll(() => new Promise<void>((r) => server.close(() => r())));

      const aiEnv = () => ({
        AI_PROVIDER: "openai-compatible",
        AI_MODEL: "test-model",
        AI_BASE_URL: baseUrl,
        AI_API_KEY: "sk-test",
      });

      it("answers the model's draft, normalised, and names the model", async () => {
        await withAiEnv(aiEnv(), async () => {
          const res = await post({ description: DESCRIPTION });
          expect(res.status).toBe(200);
          const body = await res.json();
          expect(body).toMatchObject({
            engine: "provider",
            model: "test-model",
          });
          expect(body.notice).toBeUndefined();
          expect(body.draft).toMatchObject({
            name: "US SaaS revenue leaders",
            industries: ["SaaS"],
            countries: ["US"],
            jobTitles: ["VP Sales", "Chief Revenue Officer"],
          });
        });
      });

      it("streams the model's partial drafts as they arrive", async () => {
        await withAiEnv(aiEnv(), async () => {
          const res = await post(
            { description: DESCRIPTION },
            { stream: true },
          );
          const events = await lines(res);
          const partials = events.filter((e) => e.type === "partial");
          expect(partials.length).toBeGreaterThan(2);
          const done = events.at(-1)!;
          expect(done).toMatchObject({
            type: "done",
            engine: "provider",
            model: "test-model",
          });
          expect(done.draft).toMatchObject({ industries: ["SaaS"] });
        });
      });
    });

    describe("with a provider that fails", () => {
      let server: http.Server;
      let baseUrl: string;
      let hits = 0;

      beforeAll(async () => {
        server = http.createServer((req, res) => {
          hits += 1;
          req.resume();
          res.writeHead(401, { "Content-Type": "application/json" });
          res.end(JSON.stringify({ error: { message: "bad key" } }));
        });
        await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
        const { port } = server.address() as AddressInfo;
        baseUrl = `http://127.0.0.1:${port}/v1`;
      });

      afterAll(() => new Promise<void>((r) => server.close(() => r())));

      const aiEnv = () => ({
        AI_PROVIDER: "openai-compatible",
        AI_MODEL: "test-model",
        AI_BASE_URL: baseUrl,
        AI_API_KEY: "sk-test",
      });

      it("falls back to the offline engine with a notice", async () => {
        await withAiEnv(aiEnv(), async () => {
          const res = await post({ description: DESCRIPTION });
          expect(res.status).toBe(200);
          const body = await res.json();
          expect(body.engine).toBe("offline");
          expect(body.model).toBeUndefined();
          expect(body.notice).toMatch(/HTTP 401/);
          expect(body.notice).toMatch(/built-in extractor/);
          expect(body.draft.industries).toEqual(["SaaS"]);
        });
        expect(hits).toBeGreaterThan(0);
      });

      it("says in the stream which model it tried and why it fell back", async () => {
        await withAiEnv(aiEnv(), async () => {
          const res = await post(
            { description: DESCRIPTION },
            { stream: true },
          );
          const events = await lines(res);
          expect(events[0]).toEqual({
            type: "start",
            engine: "provider",
            model: "test-model",
          });
          const done = events.at(-1)!;
          expect(done).toMatchObject({ type: "done", engine: "offline" });
          expect(done.notice).toMatch(/HTTP 401/);
        });
      });
    });
  });
});
