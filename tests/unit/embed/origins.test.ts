import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  embedOriginListSchema,
  MAX_EMBED_ORIGINS,
  normalizeOrigin,
} from "@/lib/embed/origins";

function originOf(input: string): string | null {
  const result = normalizeOrigin(input);
  return result.ok ? result.origin : null;
}

describe("normalizeOrigin", () => {
  it("keeps a plain https origin as is", () => {
    expect(originOf("https://app.partner.com")).toBe("https://app.partner.com");
  });

  it("lower-cases, trims and drops a trailing slash", () => {
    expect(originOf("  HTTPS://App.Partner.COM/ ")).toBe(
      "https://app.partner.com",
    );
  });

  it("keeps a port and drops the default one", () => {
    expect(originOf("https://partner.com:8443")).toBe(
      "https://partner.com:8443",
    );
    expect(originOf("https://partner.com:443")).toBe("https://partner.com");
    expect(originOf("http://localhost:80")).toBe("http://localhost");
  });

  it("writes international host names in their ASCII form", () => {
    expect(originOf("https://bücher.example")).toBe(
      "https://xn--bcher-kva.example",
    );
  });

  it("allows http for localhost and 127.0.0.1 only", () => {
    expect(originOf("http://localhost:5173")).toBe("http://localhost:5173");
    expect(originOf("http://127.0.0.1:8080")).toBe("http://127.0.0.1:8080");
    expect(originOf("http://partner.com")).toBeNull();
    expect(originOf("http://192.168.1.10")).toBeNull();
    expect(originOf("http://localhost.partner.com")).toBeNull();
  });

  it.each([
    ["a path", "https://partner.com/app"],
    ["a deep path", "https://partner.com/a/b/"],
    ["a query", "https://partner.com?x=1"],
    ["an empty query", "https://partner.com/?"],
    ["a fragment", "https://partner.com#top"],
    ["a wildcard host", "https://*.partner.com"],
    ["a wildcard port", "https://partner.com:*"],
    ["no scheme", "partner.com"],
    ["a protocol-relative URL", "//partner.com"],
    ["another scheme", "ftp://partner.com"],
    ["javascript", "javascript:alert(1)"],
    ["user info", "https://user:pw@partner.com"],
    ["a backslash path", "https://partner.com\\evil"],
    ["inner whitespace", "https://part ner.com"],
    ["a bad port", "https://partner.com:99999"],
    ["the opaque null origin", "null"],
    ["an empty string", "   "],
  ])("refuses %s", (_, input) => {
    const result = normalizeOrigin(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/\w/);
  });

  it("explains why a wildcard is refused", () => {
    expect(normalizeOrigin("https://*.partner.com")).toEqual({
      ok: false,
      error: expect.stringMatching(/wildcard/i),
    });
  });

  it("is idempotent and always yields scheme://host[:port]", () => {
    const host = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/);
    fc.assert(
      fc.property(
        fc.array(host, { minLength: 1, maxLength: 3 }),
        fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
        fc.boolean(),
        fc.boolean(),
        (labels, port, upper, slash) => {
          let input = `https://${labels.join(".")}`;
          if (port !== undefined) input += `:${port}`;
          if (slash) input += "/";
          if (upper) input = input.toUpperCase();
          const once = normalizeOrigin(input);
          if (!once.ok) return;
          expect(once.origin).toMatch(/^https:\/\/[a-z0-9.-]+(?::\d+)?$/);
          expect(normalizeOrigin(once.origin)).toEqual(once);
        },
      ),
    );
  });

  it("never accepts input that carries a path", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{1,10}$/),
        fc.stringMatching(/^[a-z0-9._~-]{1,12}$/),
        (host, segment) => {
          const result = normalizeOrigin(`https://${host}.com/${segment}`);
          expect(result.ok).toBe(false);
        },
      ),
    );
  });
});

describe("embedOriginListSchema", () => {
  it("normalises and deduplicates the list", () => {
    expect(
      embedOriginListSchema.parse([
        "https://a.example/",
        "HTTPS://A.EXAMPLE",
        "http://localhost:3000",
      ]),
    ).toEqual(["https://a.example", "http://localhost:3000"]);
  });

  it("reports each invalid origin by its index", () => {
    const result = embedOriginListSchema.safeParse([
      "https://ok.example",
      "https://*.bad.example",
      "http://plain.example",
    ]);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(["1", "2"]);
  });

  it("refuses more origins than a team may list", () => {
    const many = Array.from(
      { length: MAX_EMBED_ORIGINS + 1 },
      (_, i) => `https://p${i}.example`,
    );
    expect(embedOriginListSchema.safeParse(many).success).toBe(false);
  });
});
