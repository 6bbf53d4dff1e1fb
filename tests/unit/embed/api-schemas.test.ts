import { describe, expect, it } from "vitest";

import { buildOpenApiDocument } from "@/lib/api/openapi";
import { embedOperations } from "@/lib/embed/api-operations";
import {
  embedOriginsBodySchema,
  embedSessionBodySchema,
} from "@/lib/embed/api-schemas";
import { embedSnippet } from "@/lib/embed/snippet";

const ID = "0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a";

function issues(value: unknown) {
  const result = embedSessionBodySchema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("embedSessionBodySchema", () => {
  it("defaults to a read-only session and normalises the origin", () => {
    expect(
      embedSessionBodySchema.parse({
        origin: "HTTPS://App.Partner.Example/",
        view: "icps",
      }),
    ).toEqual({
      origin: "https://app.partner.example",
      view: "icps",
      readOnly: true,
    });
  });

  it("needs an id for single-record views, and none for the dashboard", () => {
    const origin = "https://a.example";
    expect(issues({ origin, view: "icp" })).toEqual([
      "id: id is required for the icp view",
    ]);
    expect(issues({ origin, view: "lead-list" })).toHaveLength(1);
    expect(issues({ origin, view: "icps", id: ID })).toHaveLength(1);
    expect(issues({ origin, view: "icp", id: ID })).toEqual([]);
  });

  it("refuses invalid origins, views, themes, accents and extra fields", () => {
    const origin = "https://a.example";
    expect(issues({ origin: "https://*.a.example", view: "icps" })[0]).toMatch(
      /^origin:/,
    );
    expect(issues({ origin, view: "settings" })[0]).toMatch(/^view:/);
    expect(issues({ origin, view: "icps", theme: "blue" })[0]).toMatch(
      /^theme:/,
    );
    expect(issues({ origin, view: "icps", accent: "red" })[0]).toMatch(
      /^accent:/,
    );
    expect(issues({ origin, view: "icps", readOnly: "no" })[0]).toMatch(
      /^readOnly:/,
    );
    expect(issues({ origin, view: "icps", team: ID })).toHaveLength(1);
  });
});

describe("embedOriginsBodySchema", () => {
  it("reports invalid origins by list index", () => {
    const result = embedOriginsBodySchema.safeParse({
      origins: ["https://ok.example", "ftp://bad.example"],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(["origins", 1]);
  });
});

describe("embedSnippet", () => {
  it("creates sessions on the server and checks message origins", () => {
    const { server, page } = embedSnippet({
      appUrl: "https://icp.example",
      origin: "https://app.partner.example",
    });
    expect(server).toContain('"https://icp.example/api/v1/embed/sessions"');
    expect(server).toContain('origin: "https://app.partner.example"');
    expect(server).toContain("process.env.ICP_STUDIO_API_KEY");
    expect(page).toContain("event.origin !== ICP_STUDIO");
    expect(page).toContain("event.source !== frame.contentWindow");
    expect(page).not.toMatch(/postMessage\([^)]*"\*"/);
  });
});

describe("embedOperations", () => {
  it("documents the three endpoints with their schemas", () => {
    const doc = buildOpenApiDocument(
      { title: "t", version: "1", description: "d" },
      embedOperations,
    ) as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(doc.paths["/api/v1/embed/origins"]!)).toEqual([
      "get",
      "put",
    ]);
    expect(Object.keys(doc.paths["/api/v1/embed/sessions"]!)).toEqual(["post"]);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        "EmbedOrigins",
        "EmbedOriginsInput",
        "EmbedSession",
        "EmbedSessionInput",
      ]),
    );
  });
});
