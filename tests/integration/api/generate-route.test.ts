import { afterEach, expect, it } from "vitest";

import { POST } from "@/app/api/v1/icps/generate/route";
import { createApiKey } from "@/db/queries/api-keys";
import { resetEnvCache } from "@/lib/env";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";

const AI_VARS = ["AI_PROVIDER", "AI_MODEL", "AI_BASE_URL", "AI_TIMEOUT_MS"];

afterEach(() => {
  for (const v of AI_VARS) delete process.env[v];
  resetEnvCache();
});

async function generate(description: unknown) {
  const { team } = await makeUserAndTeam("gen");
  const { key } = await createApiKey({
    teamId: team.id,
    name: "k",
    scope: "write",
  });
  return POST(
    new Request("http://api.test/api/v1/icps/generate", {
      method: "POST",
      headers: {
        authorization: `Bearer ${key}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ description }),
    }),
    { params: Promise.resolve({}) },
  );
}

describeEachDb("POST /api/v1/icps/generate", () => {
  it("drafts with the offline engine when no provider is configured", async () => {
    const res = await generate(
      "Series A fintech startups with 11-50 employees in the United States",
    );
    expect(res.status).toBe(200);
    const out = await res.json();
    expect(out.engine).toBe("offline");
    expect(out.draft.companySizes).toContain("11-50");
    expect(out.draft.countries).toContain("US");
  });

  it("answers 400 for a description that is too short", async () => {
    const res = await generate("fintech");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: {
        code: "validation_failed",
        details: { fieldErrors: { description: [expect.any(String)] } },
      },
    });
  });

  it("answers 502 with an ai_ code when the provider fails", async () => {
    process.env.AI_PROVIDER = "openai-compatible";
    process.env.AI_MODEL = "test-model";
    // Nothing listens on the discard port: the call is refused at once.
    process.env.AI_BASE_URL = "http://127.0.0.1:9/v1";
    process.env.AI_TIMEOUT_MS = "5000";
    resetEnvCache();
    const res = await generate(
      "Enterprise software companies in Germany, targeting CTOs",
    );
    expect(res.status).toBe(502);
    const { error } = await res.json();
    expect(error.code).toMatch(/^ai_(provider_failed|timeout)$/);
    expect(JSON.stringify(error)).not.toMatch(/127\.0\.0\.1/);
  });
});
