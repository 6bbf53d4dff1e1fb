import type {
  DraftEngine,
  GenerateEvent,
} from "@/app/api/icps/generate/protocol";

export type DraftOutcome = {
  engine: DraftEngine;
  model?: string;
  notice?: string;
};

export class DraftRequestError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = "DraftRequestError";
    this.code = code;
  }
}

type Handlers = {
  onStart?: (info: { engine: DraftEngine; model?: string }) => void;
  /** A partial draft, then the whole draft once more at the end. */
  onDraft: (draft: unknown) => void;
};

const FAILED = "The draft could not be generated. Please try again.";

async function errorOf(res: Response): Promise<DraftRequestError> {
  try {
    const body = (await res.json()) as {
      error?: { code?: string; message?: string };
    };
    return new DraftRequestError(
      body.error?.code ?? "internal",
      body.error?.message ?? FAILED,
    );
  } catch {
    return new DraftRequestError("internal", FAILED);
  }
}

/** Splits a byte stream into lines and parses each as JSON. */
async function* ndjsonLines(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<unknown> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffered += decoder.decode(value, { stream: !done });
      let newline = buffered.indexOf("\n");
      while (newline !== -1) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        if (line) yield JSON.parse(line);
        newline = buffered.indexOf("\n");
      }
      if (done) break;
    }
    if (buffered.trim()) yield JSON.parse(buffered);
  } finally {
    reader.releaseLock();
  }
}

/**
 * Asks the server for a draft ICP and reports it as it streams in.
 * Resolves with the engine that wrote it; rejects with DraftRequestError
 * (bad description, provider failure) or the AbortError of `signal`.
 */
export async function requestDraft(
  description: string,
  handlers: Handlers,
  signal?: AbortSignal,
): Promise<DraftOutcome> {
  const res = await fetch("/api/icps/generate", {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Accept: "application/x-ndjson",
    },
    body: JSON.stringify({ description }),
    signal,
  });
  if (!res.ok || !res.body) throw await errorOf(res);

  for await (const line of ndjsonLines(res.body)) {
    const event = line as GenerateEvent<unknown>;
    switch (event.type) {
      case "start":
        handlers.onStart?.({ engine: event.engine, model: event.model });
        break;
      case "partial":
        handlers.onDraft(event.draft);
        break;
      case "done":
        handlers.onDraft(event.draft);
        return {
          engine: event.engine,
          ...(event.model ? { model: event.model } : {}),
          ...(event.notice ? { notice: event.notice } : {}),
        };
      case "error":
        throw new DraftRequestError(event.error.code, event.error.message);
    }
  }
  throw new DraftRequestError(
    "incomplete",
    "The draft stopped before it was finished. Please try again.",
  );
}
