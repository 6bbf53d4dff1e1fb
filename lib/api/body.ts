import { ApiError } from "./errors";

export function tooLarge(maxBytes: number): ApiError {
  return new ApiError(
    "payload_too_large",
    `The request body is larger than the limit of ${maxBytes} bytes.`,
    { details: { maxBytes } },
  );
}

/**
 * The body length the client declared, or null when it sent none (a
 * chunked body). A malformed value is refused rather than guessed.
 */
export function declaredLength(headers: Headers): number | null {
  const raw = headers.get("content-length");
  if (raw === null) return null;
  if (!/^\d{1,15}$/.test(raw.trim())) {
    throw new ApiError("bad_request", "Content-Length is not a number.");
  }
  return Number(raw.trim());
}

type Limits = { maxBytes: number; expectedLength: number | null };

/**
 * Wraps a body stream so it errors as soon as more than `maxBytes` have
 * arrived, and when it ends short of the declared length: a consumer never
 * sees a truncated body as if it were whole.
 */
export function limitBodyStream(
  source: ReadableStream<Uint8Array> | null,
  limits: Limits,
): ReadableStream<Uint8Array> {
  if (!source) {
    return new ReadableStream({
      start(controller) {
        if (limits.expectedLength) controller.error(incomplete());
        else controller.close();
      },
    });
  }
  const reader = source.getReader();
  let total = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch {
        controller.error(incomplete());
        return;
      }
      if (chunk.done) {
        const short =
          limits.expectedLength !== null && total < limits.expectedLength;
        if (short) controller.error(incomplete());
        else controller.close();
        return;
      }
      total += chunk.value.byteLength;
      if (total > limits.maxBytes) {
        controller.error(tooLarge(limits.maxBytes));
        void reader.cancel().catch(() => {});
        return;
      }
      controller.enqueue(chunk.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

/** Reads a whole body into memory under the same limits. */
export async function readBodyBytes(
  source: ReadableStream<Uint8Array> | null,
  limits: Limits,
): Promise<Uint8Array> {
  const reader = limitBodyStream(source, limits).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

function incomplete(): ApiError {
  return new ApiError(
    "incomplete_body",
    "The request body ended before its declared length.",
  );
}
