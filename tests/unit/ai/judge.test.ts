import { MockLanguageModelV3 } from "ai/test";
import { describe, expect, it } from "vitest";

import {
  AiProviderError,
  judgeLeadsRun,
  judgeLeadsWithModel,
  type JudgementCache,
  type LeadJudgement,
  type LeadToJudge,
} from "@/lib/ai";

import { hangingModel, textResult } from "./mock-model";

const ICD =
  "Mid-sized US SaaS companies whose sales leaders struggle with forecasting.";

function leads(n: number): LeadToJudge[] {
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    title: i % 2 ? "VP Sales" : "Office Manager",
    company: `Company ${i + 1}`,
    industry: "SaaS",
    companySize: "51-200",
    country: "US",
  }));
}

/** A model that scores each lead of a batch from its prompt. */
function judgingModel(opts: { delayMs?: number; tokens?: number } = {}) {
  let inFlight = 0;
  const stats = { maxInFlight: 0, calls: 0 };
  const model = new MockLanguageModelV3({
    modelId: "judge-model",
    doGenerate: async (options) => {
      stats.calls++;
      inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      inFlight--;
      const prompt = JSON.stringify(options.prompt);
      const refs = [...prompt.matchAll(/\\"ref\\":\\"(L\d+)\\"/g)].map(
        (m) => m[1]!,
      );
      const judgements = refs.map((ref) => ({
        ref,
        score: prompt.includes(`${ref}\\",\\"title\\":\\"VP Sales`) ? 88 : 20,
        reason: "Title and company size  fit\nthe description.",
      }));
      return textResult(JSON.stringify({ judgements }), {
        input: opts.tokens ?? 400,
        output: opts.tokens ?? 100,
      });
    },
  });
  return { model, stats };
}

function memoryCache() {
  const store = new Map<string, LeadJudgement>();
  const key = (k: {
    leadId: string | number;
    icpId: string;
    icpVersion: number;
  }) => `${k.leadId}|${k.icpId}|${k.icpVersion}`;
  const cache: JudgementCache = {
    get: (k) => store.get(key(k)),
    set: (k, v) => {
      store.set(key(k), v);
    },
  };
  return { cache, store };
}

describe("judgeLeadsWithModel", () => {
  it("is unavailable without a provider", async () => {
    await expect(
      judgeLeadsWithModel({ idealCustomerDescription: ICD, leads: leads(2) }),
    ).rejects.toMatchObject({
      name: "AiProviderError",
      code: "not_configured",
    });
  });

  it("judges every lead in batches with a score and one-line reason", async () => {
    const { model, stats } = judgingModel();
    const result = await judgeLeadsWithModel({
      model,
      idealCustomerDescription: ICD,
      leads: leads(45),
      batchSize: 20,
    });
    expect(stats.calls).toBe(3);
    expect(result).toHaveLength(45);
    const byId = new Map(result.map((j) => [j.leadId, j]));
    expect(byId.get(2)!.score).toBe(88);
    expect(byId.get(1)!.score).toBe(20);
    expect(byId.get(1)!.reason).toBe(
      "Title and company size fit the description.",
    );
  });

  it("never shows the model a person's name or email", async () => {
    const { model } = judgingModel();
    await judgeLeadsWithModel({
      model,
      idealCustomerDescription: ICD,
      leads: [
        {
          id: "a",
          title: "CFO",
          firstName: "Ada",
          email: "ada@x.io",
        } as LeadToJudge,
      ],
    });
    const prompt = JSON.stringify(model.doGenerateCalls[0]!.prompt);
    expect(prompt).toContain("CFO");
    expect(prompt).not.toContain("Ada");
    expect(prompt).not.toContain("ada@x.io");
  });

  it("keeps to the configured concurrency", async () => {
    const { model, stats } = judgingModel({ delayMs: 20 });
    await judgeLeadsWithModel({
      model,
      idealCustomerDescription: ICD,
      leads: leads(50),
      batchSize: 5,
      concurrency: 3,
    });
    expect(stats.calls).toBe(10);
    expect(stats.maxInFlight).toBe(3);
  });

  it("stops at the lead cap and reports what it skipped", async () => {
    const { model } = judgingModel();
    const report = await judgeLeadsRun({
      model,
      idealCustomerDescription: ICD,
      leads: leads(30),
      batchSize: 10,
      maxLeads: 12,
    });
    expect(report.judgements).toHaveLength(12);
    expect(report.skipped).toHaveLength(18);
    expect(report.stoppedBy).toBe("max_leads");
  });

  it("stops at the token cap", async () => {
    const { model, stats } = judgingModel({ tokens: 1_000 });
    const report = await judgeLeadsRun({
      model,
      idealCustomerDescription: ICD,
      leads: leads(40),
      batchSize: 10,
      concurrency: 1,
      maxTokens: 4_500,
    });
    expect(stats.calls).toBe(2);
    expect(report.usage.inputTokens + report.usage.outputTokens).toBe(4_000);
    expect(report.judgements).toHaveLength(20);
    expect(report.skipped).toHaveLength(20);
    expect(report.stoppedBy).toBe("max_tokens");
  });

  it("answers from the cache by lead, ICP and ICP version", async () => {
    const { cache, store } = memoryCache();
    const first = judgingModel();
    await judgeLeadsWithModel({
      model: first.model,
      idealCustomerDescription: ICD,
      leads: leads(10),
      cache,
      icp: { id: "icp-1", version: 3 },
    });
    expect(store.size).toBe(10);

    const second = judgingModel();
    const report = await judgeLeadsRun({
      model: second.model,
      idealCustomerDescription: ICD,
      leads: leads(12),
      cache,
      icp: { id: "icp-1", version: 3 },
    });
    expect(report.cached).toBe(10);
    expect(report.judgements).toHaveLength(12);
    expect(second.stats.calls).toBe(1);
    expect(JSON.stringify(second.model.doGenerateCalls[0]!.prompt)).toContain(
      "Company 11",
    );

    const newVersion = judgingModel();
    await judgeLeadsWithModel({
      model: newVersion.model,
      idealCustomerDescription: ICD,
      leads: leads(2),
      cache,
      icp: { id: "icp-1", version: 4 },
    });
    expect(newVersion.stats.calls).toBe(1);
  });

  it("drops answers about unknown leads and reports the ones left out", async () => {
    const model = new MockLanguageModelV3({
      doGenerate: async () =>
        textResult(
          JSON.stringify({
            judgements: [
              { ref: "L1", score: 140, reason: "Great fit." },
              { ref: "L1", score: 10, reason: "Duplicate." },
              { ref: "L9", score: 50, reason: "Not in the batch." },
              { ref: "L2", score: 30, reason: "   " },
            ],
          }),
        ),
    });
    const report = await judgeLeadsRun({
      model,
      idealCustomerDescription: ICD,
      leads: leads(3),
    });
    expect(report.judgements).toEqual([
      { leadId: 1, score: 100, reason: "Great fit." },
    ]);
    expect(report.failed.sort()).toEqual([2, 3]);
  });

  it("throws a typed error when the model's answer is malformed", async () => {
    const model = new MockLanguageModelV3({
      doGenerate: async () => textResult("Lead 1 looks good, lead 2 less so."),
    });
    const error = await judgeLeadsWithModel({
      model,
      idealCustomerDescription: ICD,
      leads: leads(2),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AiProviderError);
    expect((error as AiProviderError).code).toBe("invalid_output");
  });

  it("reports a timeout per batch", async () => {
    const report = await judgeLeadsRun({
      model: hangingModel(),
      idealCustomerDescription: ICD,
      leads: leads(3),
      timeoutMs: 30,
    });
    expect(report.judgements).toEqual([]);
    expect(report.error?.code).toBe("timeout");
    expect(report.failed).toHaveLength(3);
  });

  it("refuses to judge without a description", async () => {
    const { model } = judgingModel();
    await expect(
      judgeLeadsWithModel({
        model,
        idealCustomerDescription: "  ",
        leads: leads(1),
      }),
    ).rejects.toMatchObject({ code: "not_configured" });
  });
});
