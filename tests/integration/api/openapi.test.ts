import { describe, expect, it } from "vitest";

import { apiDocument, apiOperations } from "@/lib/api/operations";

type Node = Record<string, unknown>;

function refsIn(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

function resolve(doc: Node, ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((n, part) => (n as Node | undefined)?.[part], doc);
}

describe("the OpenAPI document", () => {
  const doc = apiDocument("https://icp.example") as Node & {
    paths: Record<string, Record<string, Node>>;
    components: { schemas: Record<string, Node> };
  };

  it("is OpenAPI 3.1 with every operation under its path", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: "https://icp.example" }]);
    for (const op of apiOperations) {
      expect(
        doc.paths[op.path]?.[op.method],
        `${op.method} ${op.path}`,
      ).toBeDefined();
    }
  });

  it("has no dangling $ref", () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) expect(resolve(doc, ref), ref).toBeDefined();
  });

  it("gives every operation a unique id and the errors it can answer", () => {
    const ids = new Set<string>();
    for (const methods of Object.values(doc.paths)) {
      for (const op of Object.values(methods)) {
        const id = op.operationId as string;
        expect(ids.has(id), id).toBe(false);
        ids.add(id);
        const responses = op.responses as Record<string, unknown>;
        for (const status of ["401", "429", "500"]) {
          expect(responses[status], `${id} ${status}`).toBeDefined();
        }
        if (op["x-scope"] === "write") expect(responses["403"]).toBeDefined();
      }
    }
  });

  it("documents request schemas as input: defaulted fields are optional", () => {
    const input = doc.components.schemas.IcpInput!;
    expect(input.required).toEqual(["name"]);
    const icp = doc.components.schemas.Icp!;
    expect(icp.required).toEqual(
      expect.arrayContaining(["id", "countries", "isDefault", "stats"]),
    );
  });

  it("holds examples the endpoints' own schemas accept", () => {
    for (const op of apiOperations) {
      if (op.body?.example === undefined) continue;
      const parsed = op.body.schema.safeParse(op.body.example);
      expect(parsed.success, `${op.method} ${op.path}`).toBe(true);
    }
  });

  it("states the configured rate limits", () => {
    const info = doc.info as { description: string };
    expect(info.description).toMatch(/600 requests per minute per key/);
    expect(info.description).toMatch(/1200 per team/);
  });
});
