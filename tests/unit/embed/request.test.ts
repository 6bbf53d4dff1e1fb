import { describe, expect, it } from "vitest";

import {
  checkFrameRequest,
  frameAncestorsFor,
  refererOrigin,
} from "@/lib/embed/request";
import { deriveEmbedKeys, signEmbedToken } from "@/lib/embed/token";
import type { EmbedGrant } from "@/lib/embed/token";
import { embedPath, targetOfPath } from "@/lib/embed/views";

const keys = deriveEmbedKeys("another-test-secret-0123456789abcdef");
const TEAM = "6f1c2b7e-8a51-4d1e-9f3a-0c2d4e6f8a10";
const LIST = "0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a";
const ORIGIN = "http://localhost:4321";

async function tokenFor(over: Partial<EmbedGrant> = {}) {
  const { token } = await signEmbedToken(
    "launch",
    {
      teamId: TEAM,
      view: "lead-list",
      id: LIST,
      readOnly: true,
      origin: ORIGIN,
      ...over,
    },
    keys.launch,
    { ttlSeconds: 300 },
  );
  return token;
}

const framed = {
  pathname: `/embed/lead-lists/${LIST}`,
  referer: `${ORIGIN}/dashboard?tab=1`,
  fetchDest: "iframe",
};

describe("checkFrameRequest", () => {
  it("accepts a frame load by the token's origin for its page", async () => {
    const result = await checkFrameRequest(
      { ...framed, token: await tokenFor() },
      keys.launch,
    );
    expect(result.ok && result.claims.origin).toBe(ORIGIN);
  });

  it("leaves it to frame-ancestors without a referrer", async () => {
    const result = await checkFrameRequest(
      { ...framed, referer: null, token: await tokenFor() },
      keys.launch,
    );
    expect(result.ok).toBe(true);
  });

  it("refuses a page framed by another origin", async () => {
    const result = await checkFrameRequest(
      {
        ...framed,
        referer: "http://localhost:9999/",
        token: await tokenFor(),
      },
      keys.launch,
    );
    expect(result).toEqual({ ok: false, reason: "audience" });
  });

  it("refuses to open as a top-level page", async () => {
    const result = await checkFrameRequest(
      { ...framed, fetchDest: "document", token: await tokenFor() },
      keys.launch,
    );
    expect(result).toEqual({ ok: false, reason: "not_framed" });
  });

  it("refuses a token made for another page", async () => {
    const other = "11111111-2222-4333-8444-555555555555";
    const wrongId = await checkFrameRequest(
      { ...framed, token: await tokenFor({ id: other }) },
      keys.launch,
    );
    const wrongView = await checkFrameRequest(
      { ...framed, token: await tokenFor({ view: "icp" }) },
      keys.launch,
    );
    expect(wrongId).toEqual({ ok: false, reason: "wrong_page" });
    expect(wrongView).toEqual({ ok: false, reason: "wrong_page" });
  });

  it("refuses a missing token", async () => {
    const result = await checkFrameRequest(
      { ...framed, token: null },
      keys.launch,
    );
    expect(result).toEqual({ ok: false, reason: "missing" });
  });
});

describe("refererOrigin", () => {
  it("keeps only the origin of a referrer", () => {
    expect(refererOrigin("https://a.example:8443/x/y?z#w")).toBe(
      "https://a.example:8443",
    );
    expect(refererOrigin("not a url")).toBeNull();
    expect(refererOrigin(null)).toBeNull();
  });
});

describe("frameAncestorsFor", () => {
  it("names exactly one origin", () => {
    expect(frameAncestorsFor(ORIGIN)).toBe(`frame-ancestors ${ORIGIN}`);
  });
});

describe("embed paths", () => {
  it("maps each view to its page and back", () => {
    for (const target of [
      { view: "icps", id: null },
      { view: "icp", id: LIST },
      { view: "lead-list", id: LIST },
    ] as const) {
      expect(targetOfPath(embedPath(target))).toEqual(target);
    }
  });

  it("knows no other page", () => {
    expect(targetOfPath("/embed")).toBeNull();
    expect(targetOfPath("/embed/settings")).toBeNull();
    expect(targetOfPath(`/embed/icps/${LIST}/edit`)).toBeNull();
  });
});
