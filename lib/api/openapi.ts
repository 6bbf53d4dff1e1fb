import { z } from "zod";

import type { ApiScope } from "./auth";

type JsonSchema = Record<string, unknown>;

export type ApiOperation = {
  method: "get" | "post" | "patch" | "put" | "delete";
  /** OpenAPI path template, e.g. `/api/v1/icps/{id}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  scope: ApiScope;
  pathParams?: { name: string; description: string }[];
  query?: z.ZodObject;
  body?: {
    /** Component name, unique among request schemas. */
    name: string;
    schema: z.ZodType;
    contentType?: string;
    required?: boolean;
    example?: unknown;
  };
  idempotent?: boolean;
  responses: Record<
    string,
    {
      description: string;
      /** Component name, unique among response schemas. */
      name?: string;
      schema?: z.ZodType;
      contentType?: string;
    }
  >;
  /** Error statuses this operation answers besides 401, 429 and 500. */
  errors?: number[];
};

export type ApiDocInfo = {
  title: string;
  version: string;
  description: string;
  serverUrl?: string;
};

const REF = "#/components/schemas/";

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400:
    "The request is not valid: malformed JSON (`invalid_json`) or " +
    "fields that fail validation (`validation_failed`, with field errors " +
    "in `details.fieldErrors`).",
  401: "The API key is missing, malformed, unknown or revoked.",
  403: "The key's scope does not allow this: a read key on a write route.",
  404: "No such resource in the key's team.",
  409: "The request conflicts with the current state.",
  413: "The body is larger than the limit.",
  415: "The body is not JSON (`Content-Type: application/json`).",
  422: "The Idempotency-Key was used before with a different body.",
  429: "Rate limit reached. Wait `Retry-After` seconds.",
  500: "An error on our side; the request can be retried.",
  502: "The AI provider failed or timed out.",
};

/** Named schemas nested in several operations, emitted once as $refs. */
export type SharedSchemas = {
  requests?: Record<string, z.ZodType>;
  responses?: Record<string, z.ZodType>;
};

/**
 * Builds an OpenAPI 3.1 document from the operations' zod schemas. Request
 * schemas are rendered as the input they accept (defaults optional),
 * response schemas as the output they produce.
 */
export function buildOpenApiDocument(
  info: ApiDocInfo,
  operations: ApiOperation[],
  shared: SharedSchemas = {},
): Record<string, unknown> {
  const requests = z.registry<{ id: string }>();
  const responses = z.registry<{ id: string }>();
  const names = new Map<string, z.ZodType>();
  const register = (reg: typeof requests, name: string, schema: z.ZodType) => {
    const known = names.get(name);
    if (known && known !== schema) {
      throw new Error(`OpenAPI: two schemas are named ${name}`);
    }
    names.set(name, schema);
    if (!reg.has(schema)) reg.add(schema, { id: name });
  };

  register(responses, "Error", errorResponseSchema);
  for (const [n, s] of Object.entries(shared.requests ?? {})) {
    register(requests, n, s);
  }
  for (const [n, s] of Object.entries(shared.responses ?? {})) {
    register(responses, n, s);
  }
  for (const op of operations) {
    if (op.body) register(requests, op.body.name, op.body.schema);
    for (const r of Object.values(op.responses)) {
      if (r.name && r.schema) register(responses, r.name, r.schema);
    }
  }

  const schemas = {
    ...componentSchemas(requests, "input"),
    ...componentSchemas(responses, "output"),
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    (paths[op.path] ??= {})[op.method] = operationObject(op);
  }

  return {
    openapi: "3.1.0",
    info: {
      title: info.title,
      version: info.version,
      description: info.description,
    },
    ...(info.serverUrl ? { servers: [{ url: info.serverUrl }] } : {}),
    security: [{ bearerAuth: [] }],
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({
      name,
    })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description:
            "An API key from Settings → API keys: " +
            "`Authorization: Bearer icp_live_…`.",
        },
      },
      schemas,
      responses: Object.fromEntries(
        Object.entries(ERROR_DESCRIPTIONS).map(([status, description]) => [
          status,
          errorResponse(description),
        ]),
      ),
    },
  };
}

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string().describe("Stable, machine-readable error code."),
    message: z.string().describe("A sentence for people."),
    details: z
      .unknown()
      .optional()
      .describe("More about the error, e.g. `fieldErrors` by field path."),
  }),
});

function componentSchemas(
  reg: z.core.$ZodRegistry<{ id: string }>,
  io: "input" | "output",
): Record<string, JsonSchema> {
  const out = z.toJSONSchema(reg, {
    io,
    target: "draft-2020-12",
    unrepresentable: "any",
    uri: (id) => `${REF}${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  return Object.fromEntries(
    Object.entries(out.schemas).map(([name, s]) => {
      const { $schema: _s, $id: _id, ...rest } = s;
      return [name, tidy(rest) as JsonSchema];
    }),
  );
}

/**
 * Drops what zod emits for its own bounds rather than ours: the safe
 * integer range of every int, and the long pattern beside `format: uuid`.
 */
function tidy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidy);
  if (!node || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  const o = node as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) {
    if (k === "minimum" && v === Number.MIN_SAFE_INTEGER) continue;
    if (k === "maximum" && v === Number.MAX_SAFE_INTEGER) continue;
    if (k === "pattern" && o.format === "uuid") continue;
    out[k] = tidy(v);
  }
  return out;
}

function errorResponse(description: string) {
  return {
    description,
    content: { "application/json": { schema: { $ref: `${REF}Error` } } },
  };
}

function operationObject(op: ApiOperation): Record<string, unknown> {
  const parameters: Record<string, unknown>[] = [];
  for (const p of op.pathParams ?? []) {
    parameters.push({
      name: p.name,
      in: "path",
      required: true,
      description: p.description,
      schema: { type: "string" },
    });
  }
  for (const [name, schema] of Object.entries(op.query?.shape ?? {})) {
    const s = schema as z.ZodType;
    const json = z.toJSONSchema(s, {
      io: "input",
      unrepresentable: "any",
    }) as JsonSchema;
    const { $schema: _s, description, ...rest } = json;
    parameters.push({
      name,
      in: "query",
      required: !s.safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: tidy(rest),
    });
  }
  if (op.idempotent) {
    parameters.push({
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description:
        "Makes a retry safe: the same key and body within 24 hours " +
        "replays the first answer (with `Idempotent-Replayed: true`); " +
        "the same key with another body is a 422.",
      schema: { type: "string", minLength: 1, maxLength: 255 },
    });
  }

  const responses: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(op.responses)) {
    responses[status] = {
      description: r.description,
      ...(r.name
        ? {
            content: {
              [r.contentType ?? "application/json"]: {
                schema: { $ref: `${REF}${r.name}` },
              },
            },
          }
        : {}),
    };
  }
  const errors = new Set([401, 429, 500, ...(op.errors ?? [])]);
  if (op.scope === "write") errors.add(403);
  if (op.body) errors.add(400).add(413);
  if (op.body && (op.body.contentType ?? "application/json").endsWith("json")) {
    errors.add(415);
  }
  if (op.idempotent) errors.add(409).add(422);
  for (const status of [...errors].sort((a, b) => a - b)) {
    responses[String(status)] ??= { $ref: `#/components/responses/${status}` };
  }

  return {
    tags: [op.tag],
    summary: op.summary,
    description: [
      op.description,
      `Needs a ${op.scope === "write" ? "write" : "read or write"} key.`,
    ]
      .filter(Boolean)
      .join("\n\n"),
    operationId: operationId(op),
    "x-scope": op.scope,
    ...(parameters.length ? { parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: op.body.required ?? true,
            content: {
              [op.body.contentType ?? "application/json"]: {
                schema: { $ref: `${REF}${op.body.name}` },
                ...(op.body.example === undefined
                  ? {}
                  : { example: op.body.example }),
              },
            },
          },
        }
      : {}),
    responses,
  };
}

function operationId(op: ApiOperation): string {
  const words = op.path
    .replace(/^\/api\/v1\//, "")
    .split("/")
    .map((w) => w.replace(/[{}]/g, "").replace(/[^a-zA-Z0-9]+/g, " "))
    .join(" ")
    .split(" ")
    .filter(Boolean);
  return [op.method, ...words]
    .map((w, i) => (i ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join("");
}
