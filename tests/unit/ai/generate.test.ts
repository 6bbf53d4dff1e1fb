import { describe, expect, it } from "vitest";

import {
  AiInputError,
  AiProviderError,
  createModel,
  extractDraftOffline,
  generateIcpDraft,
  icpDraftSchema,
  streamIcpDraft,
  type PartialIcpDraft,
} from "@/lib/ai";

import {
  answeringModel,
  failingStreamModel,
  hangingModel,
  streamingModel,
} from "./mock-model";

const DESCRIPTION =
  "Series B SaaS companies with 50-200 employees in the US, targeting VP Sales and CROs";

const MODEL_ANSWER = {
  name: "US SaaS sales leaders",
  description: "Sales leaders at growing US SaaS companies.",
  industries: ["Software as a Service"],
  companySizes: ["51-200", "11-50", "lots"],
  technologies: ["salesforce.com"],
  jobTitles: ["Vice President of Sales", "Chief Revenue Officer"],
  departments: ["sales"],
  seniorities: ["vice president", "C-suite"],
  countries: ["United States"],
  states: ["California"],
  cities: ["SF"],
};

describe("generateIcpDraft", () => {
  it("uses the offline engine when no provider is configured", async () => {
    const result = await generateIcpDraft(DESCRIPTION);
    expect(result.engine).toBe("offline");
    expect(result.model).toBeUndefined();
    expect(result.draft.industries).toEqual(["SaaS"]);
    expect(result.draft.countries).toEqual(["US"]);
  });

  it("normalises a provider's structured answer like a saved ICP", async () => {
    const model = answeringModel(MODEL_ANSWER, "gpt-test");
    const result = await generateIcpDraft(DESCRIPTION, { model });
    expect(result.engine).toBe("provider");
    expect(result.model).toBe("gpt-test");
    const d = result.draft;
    expect(d.name).toBe("US SaaS sales leaders");
    expect(d.industries).toEqual(["SaaS"]);
    expect(d.companySizes).toEqual(["11-50", "51-200"]);
    expect(d.technologies).toEqual(["Salesforce"]);
    // Long forms stay as written; they share the canonical role key.
    expect(d.jobTitles).toEqual(["VP Sales", "Chief Revenue Officer"]);
    expect(d.departments).toEqual(["Sales"]);
    expect(d.seniorities).toEqual(["C-Level", "VP"]);
    expect(d.countries).toEqual(["US"]);
    expect(d.states).toEqual(["US-CA"]);
    expect(d.cities).toEqual(["San Francisco"]);
    expect(d.idealCustomerDescription).toBe(DESCRIPTION);
    expect(icpDraftSchema.safeParse(d).success).toBe(true);
  });

  it("sends the description and the draft schema to the model", async () => {
    const model = answeringModel(MODEL_ANSWER);
    await generateIcpDraft(`  ${DESCRIPTION}  `, { model });
    const call = model.doGenerateCalls[0]!;
    expect(JSON.stringify(call.prompt)).toContain("VP Sales and CROs");
    expect(call.responseFormat).toMatchObject({ type: "json" });
    const schema = JSON.stringify(
      (call.responseFormat as { schema?: unknown }).schema,
    );
    expect(schema).toContain("companySizes");
    expect(schema).toContain("seniorities");
  });

  it("proposes a name and summary when the model leaves them empty", async () => {
    const model = answeringModel({
      ...MODEL_ANSWER,
      name: "",
      description: "",
    });
    const { draft } = await generateIcpDraft(DESCRIPTION, { model });
    expect(draft.name).toContain("SaaS");
    expect(draft.description).toMatch(/SaaS companies/);
  });

  it("rejects a malformed model answer with a typed error", async () => {
    const model = answeringModel("Sure! Here are some ideas: SaaS, sales.");
    const error = await generateIcpDraft(DESCRIPTION, { model }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AiProviderError);
    expect((error as AiProviderError).code).toBe("invalid_output");
  });

  it("rejects an answer with the wrong shape", async () => {
    const model = answeringModel({ industries: "SaaS", countries: 3 });
    await expect(
      generateIcpDraft(DESCRIPTION, { model }),
    ).rejects.toMatchObject({
      name: "AiProviderError",
      code: "invalid_output",
    });
  });

  it("falls back to the offline draft with a notice when asked", async () => {
    const model = answeringModel("not json at all");
    const result = await generateIcpDraft(DESCRIPTION, {
      model,
      fallbackToOffline: true,
    });
    expect(result.engine).toBe("offline");
    expect(result.notice).toMatch(/built-in extractor/);
    expect(result.draft).toEqual(extractDraftOffline(DESCRIPTION));
  });

  it("reports a provider timeout as such", async () => {
    const started = Date.now();
    const error = await generateIcpDraft(DESCRIPTION, {
      model: hangingModel(),
      config: { provider: "openai", model: "slow-model", timeoutMs: 50 },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AiProviderError);
    expect((error as AiProviderError).code).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("falls back on a timeout too", async () => {
    const result = await generateIcpDraft(DESCRIPTION, {
      model: hangingModel(),
      config: { provider: "openai", model: "slow-model", timeoutMs: 30 },
      fallbackToOffline: true,
    });
    expect(result.engine).toBe("offline");
    expect(result.notice).toMatch(/did not answer in time/);
  });

  it("rejects bad descriptions before calling the model", async () => {
    const model = answeringModel(MODEL_ANSWER);
    for (const bad of ["", "   ", "too short", "x".repeat(2001)]) {
      await expect(generateIcpDraft(bad, { model })).rejects.toBeInstanceOf(
        AiInputError,
      );
    }
    expect(model.doGenerateCalls).toHaveLength(0);
  });

  it("reports an incomplete provider config as not configured", async () => {
    const error = await generateIcpDraft(DESCRIPTION, {
      config: { provider: "openai-compatible", model: "llama3.1" },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AiProviderError);
    expect((error as AiProviderError).code).toBe("not_configured");
    expect((error as Error).message).toMatch(/base URL/);
  });
});

describe("createModel", () => {
  it("creates a model for each provider without a network call", () => {
    const openai = createModel({
      provider: "openai",
      model: "gpt-4o-mini",
      apiKey: "k",
    });
    const anthropic = createModel({
      provider: "anthropic",
      model: "claude-3-5-haiku-latest",
      apiKey: "k",
    });
    const local = createModel({
      provider: "openai-compatible",
      model: "llama3.1",
      baseURL: "http://127.0.0.1:11434/v1",
    });
    for (const [m, id] of [
      [openai, "gpt-4o-mini"],
      [anthropic, "claude-3-5-haiku-latest"],
      [local, "llama3.1"],
    ] as const) {
      expect(typeof m).toBe("object");
      expect((m as { modelId: string }).modelId).toBe(id);
    }
  });

  it("refuses an empty model name", () => {
    expect(() => createModel({ provider: "openai", model: " " })).toThrow(
      AiProviderError,
    );
  });
});

async function collect(stream: AsyncIterable<PartialIcpDraft>) {
  const parts: PartialIcpDraft[] = [];
  for await (const p of stream) parts.push(p);
  return parts;
}

describe("streamIcpDraft", () => {
  it("fills the offline draft in field by field", async () => {
    const stream = streamIcpDraft(DESCRIPTION);
    const parts = await collect(stream);
    expect(parts.length).toBeGreaterThan(5);
    const filled = parts.map((p) => Object.keys(p).length);
    expect(filled).toEqual([...filled].sort((a, b) => a - b));
    const result = await stream.result;
    expect(result.engine).toBe("offline");
    expect(parts[parts.length - 1]).toEqual(result.draft);
    expect(result.draft).toEqual(extractDraftOffline(DESCRIPTION));
  });

  it("streams a provider's partial answer and ends normalised", async () => {
    const stream = streamIcpDraft(DESCRIPTION, {
      model: streamingModel(MODEL_ANSWER),
    });
    const parts = await collect(stream);
    expect(parts.length).toBeGreaterThan(3);
    const result = await stream.result;
    expect(result.engine).toBe("provider");
    expect(result.model).toBe("stream-model");
    expect(result.draft.jobTitles).toEqual([
      "VP Sales",
      "Chief Revenue Officer",
    ]);
    expect(parts[parts.length - 1]).toEqual(result.draft);
    // Partials only ever hold well-formed lists.
    for (const p of parts) {
      for (const v of Object.values(p)) {
        if (Array.isArray(v))
          expect(v.every((x) => typeof x === "string")).toBe(true);
      }
    }
  });

  it("throws a typed error when the provider stream breaks", async () => {
    const stream = streamIcpDraft(DESCRIPTION, { model: failingStreamModel() });
    await expect(collect(stream)).rejects.toBeInstanceOf(AiProviderError);
    await expect(stream.result).rejects.toBeInstanceOf(AiProviderError);
  });

  it("falls back to offline partials when the provider stream breaks", async () => {
    const stream = streamIcpDraft(DESCRIPTION, {
      model: failingStreamModel(),
      fallbackToOffline: true,
    });
    const parts = await collect(stream);
    const result = await stream.result;
    expect(result.engine).toBe("offline");
    expect(result.notice).toBeTruthy();
    expect(parts[parts.length - 1]).toEqual(extractDraftOffline(DESCRIPTION));
  });

  it("rejects a bad description at once", () => {
    expect(() => streamIcpDraft("short")).toThrow(AiInputError);
  });
});
