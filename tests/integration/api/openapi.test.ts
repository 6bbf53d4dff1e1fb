import { describe, expect, it } from "vitest";

import { leadListSchema, listLeadSchema } from "@/lib/api/lead-list-schemas";
import { apiDocument, apiOperations } from "@/lib/api/operations";
import { toApiLead, toApiLeadList } from "@/lib/leads/api-shapes";

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

  it("documents the lead list and job endpoints with their methods", () => {
    const methodsOf = (path: string) => Object.keys(doc.paths[path] ?? {});
    expect(methodsOf("/api/v1/lead-lists").sort()).toEqual(["get", "post"]);
    expect(methodsOf("/api/v1/lead-lists/{id}/leads")).toEqual(["get"]);
    expect(methodsOf("/api/v1/lead-lists/{id}/export")).toEqual(["get"]);
    expect(methodsOf("/api/v1/lead-lists/{id}/score")).toEqual(["post"]);
    expect(methodsOf("/api/v1/jobs/{id}")).toEqual(["get"]);
  });

  it("documents the CSV import and export with their media types", () => {
    const lists = doc.paths["/api/v1/lead-lists"]!;
    const upload = lists.post!;
    expect(upload["x-scope"]).toBe("write");
    const body = upload.requestBody as { content: Record<string, unknown> };
    expect(Object.keys(body.content)).toEqual(["text/csv"]);
    const params = upload.parameters as { name: string; required: boolean }[];
    expect(params.map((p) => [p.name, p.required])).toEqual([
      ["name", true],
      ["dedupe", false],
    ]);
    const responses = upload.responses as Record<string, Node>;
    expect(Object.keys(responses)).toEqual(
      expect.arrayContaining(["201", "400", "403", "413", "415"]),
    );
    expect(responses["415"]!.description).toMatch(/text\/csv/);

    const exported = doc.paths["/api/v1/lead-lists/{id}/export"]!.get!;
    const ok = (exported.responses as Record<string, Node>)["200"]!;
    expect(Object.keys(ok.content as Node)).toEqual(["text/csv"]);
    const names = (exported.parameters as { name: string }[]).map(
      (p) => p.name,
    );
    expect(names).toEqual(["id", "icpId", "fit", "q", "sort", "dir", "style"]);
  });

  it("documents the scoring run as a 202 with a job to poll", () => {
    const score = doc.paths["/api/v1/lead-lists/{id}/score"]!.post!;
    const responses = score.responses as Record<string, Node>;
    expect(Object.keys(responses)).toEqual(
      expect.arrayContaining(["202", "404", "409", "422"]),
    );
    expect((score.requestBody as Node).required).toBe(false);
    const run = doc.components.schemas.ScoringRun!;
    expect(run.required).toEqual(["jobId", "status"]);
    const job = doc.components.schemas.Job!;
    expect(job.required).toEqual(
      expect.arrayContaining(["status", "progress", "leadsDone"]),
    );
    expect(job.required).not.toContain("error");
  });

  it("describes what the lead list mappers return", () => {
    const list = toApiLeadList({
      id: "6f1c1a52-0d4b-4c1e-9a57-3c2d5e8f9a10",
      name: "Q3 webinar",
      source: "api",
      status: "ready",
      rowCount: 2,
      rejectedCount: 1,
      duplicateCount: 0,
      createdAt: new Date("2026-07-01T09:30:00Z"),
      lastScored: {
        icpId: "0b7e3c4d-5f6a-4b8c-9d0e-1f2a3b4c5d6e",
        icpName: "US SaaS sales leaders",
        highFit: 1,
      },
    });
    expect(leadListSchema.strict().safeParse(list).success).toBe(true);

    const lead = toApiLead({
      id: 42,
      teamId: "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
      listId: "6f1c1a52-0d4b-4c1e-9a57-3c2d5e8f9a10",
      rowNumber: 3,
      ref: null,
      firstName: "Dana",
      lastName: "Reyes",
      email: "dana@acme.example",
      linkedinUrl: null,
      company: "Acme Cloud",
      title: "VP of Sales",
      role: "Sales",
      roleKey: "sales",
      department: "Sales",
      seniority: "VP",
      industry: "SaaS",
      employeeCount: 120,
      companySize: "51-200",
      technologies: ["Salesforce"],
      country: "US",
      state: "US-TX",
      city: "Austin",
      duplicateOf: 7,
      emailKey: "dana@acme.example",
      nameKey: "dana|reyes|acme",
      raw: {},
      extra: { Source: "webinar" },
      score: 88,
      fit: "high",
      icpVersion: 3,
      stale: false,
    });
    expect(listLeadSchema.strict().safeParse(lead).success).toBe(true);
    expect(lead.duplicateOf).toBe("7");
  });

  it("states the configured rate limits", () => {
    const info = doc.info as { description: string };
    expect(info.description).toMatch(/600 requests per minute per key/);
    expect(info.description).toMatch(/1200 per team/);
  });
});
