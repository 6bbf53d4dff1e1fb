import { afterEach, describe, expect, it, vi } from "vitest";

import { descriptionError } from "@/components/icps/ai/description-rules";
import { createDraftChannel } from "@/components/icps/ai/draft-channel";
import { draftToFormPatch } from "@/components/icps/ai/draft-values";
import {
  DraftRequestError,
  requestDraft,
} from "@/components/icps/ai/request-draft";
import {
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  validateDescription,
} from "@/lib/ai";

const LIMITS = { min: DESCRIPTION_MIN, max: DESCRIPTION_MAX };

async function readAll<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const v of iterable) out.push(v);
  return out;
}

describe("descriptionError", () => {
  it.each([
    ["empty", ""],
    ["blank", "   "],
    ["4 characters", "SaaS"],
    ["9 characters once trimmed", "  123456789 "],
    ["one character too long", "x".repeat(DESCRIPTION_MAX + 1)],
  ])("rejects %s text with the server's own message", (_, text) => {
    let serverMessage: string | undefined;
    try {
      validateDescription(text);
    } catch (e) {
      serverMessage = (e as Error).message;
    }
    expect(serverMessage).toBeDefined();
    expect(descriptionError(text, LIMITS)).toBe(serverMessage);
  });

  it.each([
    ["10 characters", "1234567890"],
    ["padded", " SaaS in the US "],
    ["the longest allowed", "x".repeat(DESCRIPTION_MAX)],
  ])("accepts %s text as the server does", (_, text) => {
    expect(() => validateDescription(text)).not.toThrow();
    expect(descriptionError(text, LIMITS)).toBeNull();
  });
});

describe("createDraftChannel", () => {
  it("replays every value to a reader that starts late", async () => {
    const channel = createDraftChannel<number>();
    channel.push(1);
    const early = readAll(channel);
    channel.push(2);
    channel.close();
    channel.push(3);

    expect(await early).toEqual([1, 2]);
    expect(await readAll(channel)).toEqual([1, 2]);
  });

  it("lets one reader stop without ending the stream for another", async () => {
    const channel = createDraftChannel<string>();
    channel.push("a");
    for await (const v of channel) {
      expect(v).toBe("a");
      break;
    }
    channel.push("b");
    channel.close();

    expect(await readAll(channel)).toEqual(["a", "b"]);
  });
});

describe("draftToFormPatch", () => {
  it("keeps well-formed fields and drops half-written ones", () => {
    expect(
      draftToFormPatch({
        name: "SaaS",
        description: 7,
        industries: ["SaaS", undefined, "", 3],
        countries: "US",
        weights: { industry: 10 },
      }),
    ).toEqual({ name: "SaaS", industries: ["SaaS"] });
    expect(draftToFormPatch(null)).toEqual({});
  });
});

describe("requestDraft", () => {
  afterEach(() => vi.unstubAllGlobals());

  function respondWith(body: string | object, status = 200) {
    const fetchMock = vi.fn(async () =>
      typeof body === "string"
        ? new Response(
            new ReadableStream({
              start(c) {
                const bytes = new TextEncoder().encode(body);
                // Split mid-line to prove lines are reassembled.
                c.enqueue(bytes.slice(0, 25));
                c.enqueue(bytes.slice(25));
                c.close();
              },
            }),
            { status },
          )
        : Response.json(body, { status }),
    );
    vi.stubGlobal("fetch", fetchMock);
    return fetchMock;
  }

  it("reports the start, each partial and the engine of the result", async () => {
    const lines = [
      { type: "start", engine: "provider", model: "gpt-x" },
      { type: "partial", draft: { industries: ["SaaS"] } },
      {
        type: "done",
        draft: { name: "N", industries: ["SaaS"] },
        engine: "offline",
        notice: "Fell back.",
      },
    ];
    const fetchMock = respondWith(
      lines.map((l) => JSON.stringify(l)).join("\n") + "\n",
    );
    const starts: unknown[] = [];
    const drafts: unknown[] = [];

    const outcome = await requestDraft("SaaS in the US", {
      onStart: (s) => starts.push(s),
      onDraft: (d) => drafts.push(d),
    });

    expect(outcome).toEqual({ engine: "offline", notice: "Fell back." });
    expect(starts).toEqual([{ engine: "provider", model: "gpt-x" }]);
    expect(drafts).toEqual([
      { industries: ["SaaS"] },
      { name: "N", industries: ["SaaS"] },
    ]);
    const [, init] = fetchMock.mock.calls[0] as unknown as [
      string,
      RequestInit,
    ];
    expect(new Headers(init.headers).get("accept")).toBe(
      "application/x-ndjson",
    );
  });

  it("turns a 400 into an error with the server's code and message", async () => {
    respondWith(
      { error: { code: "validation_failed", message: "Too short." } },
      400,
    );

    const err = await requestDraft("x", { onDraft: () => {} }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DraftRequestError);
    expect(err).toMatchObject({
      code: "validation_failed",
      message: "Too short.",
    });
  });

  it("fails on an error line, and on a stream that ends without a result", async () => {
    respondWith(
      JSON.stringify({
        type: "error",
        error: { code: "internal", message: "Broke." },
      }),
    );
    await expect(
      requestDraft("SaaS in the US", { onDraft: () => {} }),
    ).rejects.toMatchObject({ code: "internal", message: "Broke." });

    respondWith(`${JSON.stringify({ type: "partial", draft: {} })}\n`);
    await expect(
      requestDraft("SaaS in the US", { onDraft: () => {} }),
    ).rejects.toMatchObject({ code: "incomplete" });
  });
});
