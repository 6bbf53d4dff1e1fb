import { MockLanguageModelV3 } from "ai/test";

type GenerateResult = Awaited<ReturnType<MockLanguageModelV3["doGenerate"]>>;
type CallOptions = Parameters<MockLanguageModelV3["doGenerate"]>[0];

function textResult(text: string): GenerateResult {
  return {
    content: [{ type: "text", text }],
    finishReason: { unified: "stop", raw: "stop" },
    usage: {
      inputTokens: {
        total: 100,
        noCache: 100,
        cacheRead: undefined,
        cacheWrite: undefined,
      },
      outputTokens: { total: 50, text: 50, reasoning: undefined },
    },
    warnings: [],
  };
}

/** Everything the model was sent in one call, as plain text. */
export function promptText(options: CallOptions): string {
  return options.prompt
    .flatMap((m) =>
      typeof m.content === "string"
        ? [m.content]
        : m.content.map((p) => ("text" in p ? p.text : "")),
    )
    .join("\n");
}

/** A model answering every call with the given text. */
export function textModel(text: string, modelId = "mock-writer") {
  return new MockLanguageModelV3({
    modelId,
    doGenerate: async () => textResult(text),
  });
}

/**
 * A fit-check model: reads the leads of each call from its prompt and
 * answers each with `judge(lead)`. Records the prompts it was sent and
 * the most calls it had in flight at once.
 */
export function judgingModel(
  judge: (lead: Record<string, unknown>) => { score: number; reason: string },
  opts: { delayMs?: number; fail?: () => boolean } = {},
) {
  const prompts: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const model = new MockLanguageModelV3({
    modelId: "mock-judge",
    doGenerate: async (options) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        const text = promptText(options);
        prompts.push(text);
        if (opts.delayMs) {
          await new Promise((r) => setTimeout(r, opts.delayMs));
        }
        if (opts.fail?.()) throw new Error("provider exploded");
        const leads = text
          .split("\n")
          .filter((line) => line.startsWith('{"ref"'))
          .map((line) => JSON.parse(line) as Record<string, unknown>);
        const judgements = leads.map((lead) => ({
          ref: lead.ref,
          ...judge(lead),
        }));
        return textResult(JSON.stringify({ judgements }));
      } finally {
        inFlight -= 1;
      }
    },
  });
  return {
    model,
    prompts,
    calls: () => prompts.length,
    maxInFlight: () => maxInFlight,
  };
}
