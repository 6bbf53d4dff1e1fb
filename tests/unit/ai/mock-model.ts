import { MockLanguageModelV3, simulateReadableStream } from "ai/test";

type LanguageModelV3GenerateResult = Awaited<
  ReturnType<MockLanguageModelV3["doGenerate"]>
>;
type StreamResult = Awaited<ReturnType<MockLanguageModelV3["doStream"]>>;
type LanguageModelV3StreamPart =
  StreamResult["stream"] extends ReadableStream<infer P> ? P : never;

const usage = (input = 100, output = 50) => ({
  inputTokens: {
    total: input,
    noCache: input,
    cacheRead: undefined,
    cacheWrite: undefined,
  },
  outputTokens: { total: output, text: output, reasoning: undefined },
});

/** A generate result whose text is the given answer. */
export function textResult(
  text: string,
  tokens?: { input: number; output: number },
): LanguageModelV3GenerateResult {
  return {
    content: [{ type: "text", text }],
    finishReason: { unified: "stop", raw: "stop" },
    usage: usage(tokens?.input, tokens?.output),
    warnings: [],
  };
}

/** A model that answers every call with the given JSON (or raw text). */
export function answeringModel(answer: unknown, modelId = "mock-model") {
  const text = typeof answer === "string" ? answer : JSON.stringify(answer);
  return new MockLanguageModelV3({
    modelId,
    doGenerate: async () => textResult(text),
  });
}

/** A model that never answers until the call is aborted. */
export function hangingModel() {
  return new MockLanguageModelV3({
    modelId: "slow-model",
    doGenerate: (options) =>
      new Promise((_, reject) => {
        options.abortSignal?.addEventListener("abort", () => {
          const e = new Error("aborted");
          e.name = "AbortError";
          reject(e);
        });
      }),
  });
}

/** A streaming model that sends the JSON answer in small pieces. */
export function streamingModel(answer: unknown, pieceSize = 12) {
  const text = typeof answer === "string" ? answer : JSON.stringify(answer);
  const deltas: LanguageModelV3StreamPart[] = [];
  for (let i = 0; i < text.length; i += pieceSize) {
    deltas.push({
      type: "text-delta",
      id: "t",
      delta: text.slice(i, i + pieceSize),
    });
  }
  const chunks: LanguageModelV3StreamPart[] = [
    { type: "stream-start", warnings: [] },
    { type: "text-start", id: "t" },
    ...deltas,
    { type: "text-end", id: "t" },
    {
      type: "finish",
      finishReason: { unified: "stop", raw: "stop" },
      usage: usage(),
    },
  ];
  return new MockLanguageModelV3({
    modelId: "stream-model",
    doStream: async () => ({
      stream: simulateReadableStream({
        chunks,
        initialDelayInMs: null,
        chunkDelayInMs: null,
      }),
    }),
  });
}

/** A streaming model whose stream fails half-way. */
export function failingStreamModel() {
  const chunks: LanguageModelV3StreamPart[] = [
    { type: "stream-start", warnings: [] },
    { type: "text-start", id: "t" },
    { type: "text-delta", id: "t", delta: '{"name":"Half' },
    { type: "error", error: new Error("connection reset") },
  ];
  return new MockLanguageModelV3({
    modelId: "broken-stream",
    doStream: async () => ({
      stream: simulateReadableStream({
        chunks,
        initialDelayInMs: null,
        chunkDelayInMs: null,
      }),
    }),
  });
}
