import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";

import { apiDocument } from "@/lib/api/operations";

import {
  FieldTable,
  InlineText,
  RichText,
  schemaAnchor,
  TypeLabel,
} from "./schema-view";
import type { JsonSchema } from "./schema-view";

export const metadata: Metadata = {
  title: "API documentation",
  description: "The ICP Studio REST API: endpoints, schemas and examples.",
};

type Parameter = {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  description?: string;
  schema: JsonSchema;
};

type Media = { schema: JsonSchema; example?: unknown };

type Operation = {
  tags: string[];
  summary: string;
  description: string;
  operationId: string;
  "x-scope": "read" | "write";
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: Record<string, Media> };
  responses: Record<
    string,
    { description?: string; content?: Record<string, Media>; $ref?: string }
  >;
};

type Doc = {
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, { description: string }>;
  };
};

const METHOD_STYLE: Record<string, string> = {
  get: "bg-success text-success-foreground",
  post: "bg-primary text-primary-foreground",
  patch: "bg-warning text-warning-foreground",
  put: "bg-warning text-warning-foreground",
  delete: "bg-destructive text-destructive-foreground",
};

async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto =
    h.get("x-forwarded-proto") ??
    (/^(localhost|127\.|\[::1\])/.test(host) ? "http" : "https");
  return `${proto}://${host}`;
}

const PATH_VARIABLES: Record<string, string> = {
  icps: "ICP_ID",
  "lead-lists": "LIST_ID",
  jobs: "JOB_ID",
};

/** `{id}` after `/lead-lists` reads as $LIST_ID, and so on. */
function pathWithVariables(path: string): string {
  return path.replace(
    /\/([\w-]+)\/\{(\w+)\}/g,
    (_, parent: string, name: string) => {
      const variable =
        name === "id" ? (PATH_VARIABLES[parent] ?? "ID") : name.toUpperCase();
      return `/${parent}/$${variable}`;
    },
  );
}

/** Required query parameters, plus a page size where there is one. */
function queryFor(op: Operation): string {
  const pairs: string[] = [];
  for (const p of op.parameters ?? []) {
    if (p.in !== "query") continue;
    if (p.required) {
      const example = (p.schema as { example?: unknown }).example;
      const value =
        example === undefined
          ? `$${p.name.toUpperCase()}`
          : encodeURIComponent(String(example));
      pairs.push(`${p.name}=${value}`);
    } else if (p.name === "limit") {
      pairs.push("limit=20");
    }
  }
  return pairs.length ? `?${pairs.join("&")}` : "";
}

function curlFor(
  base: string,
  method: string,
  path: string,
  op: Operation,
): string {
  const url = `${base}${pathWithVariables(path)}${queryFor(op)}`;
  const lines = [
    `curl${method === "get" ? "" : ` -X ${method.toUpperCase()}`} ` +
      `"${url}"`,
    `-H "Authorization: Bearer $ICP_API_KEY"`,
  ];
  const content = op.requestBody?.content ?? {};
  const media = content["application/json"];
  const csv = content["text/csv"];
  if (media) {
    lines.push(`-H "Content-Type: application/json"`);
    if (op.parameters?.some((p) => p.name === "Idempotency-Key")) {
      lines.push(`-H "Idempotency-Key: $(uuidgen)"`);
    }
    const body = JSON.stringify(media.example ?? {}, null, 2).replace(
      /'/g,
      "'\\''",
    );
    lines.push(`-d '${body}'`);
  } else if (csv) {
    lines.push(`-H "Content-Type: text/csv"`, "--data-binary @leads.csv");
  }
  return lines.join(" \\\n  ");
}

export default async function ApiDocsPage() {
  const base = await origin();
  const doc = apiDocument(base) as unknown as Doc;
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  const tags = [...new Set(operations.map((o) => o.op.tags[0] ?? "Other"))];

  return (
    <main className="mx-auto grid max-w-5xl gap-10 px-4 py-10">
      <header className="grid gap-3">
        <p className="text-sm text-muted-foreground">
          <Link href="/" className="underline underline-offset-4">
            ICP Studio
          </Link>{" "}
          / API
        </p>
        <h1 className="text-3xl font-semibold tracking-tight">
          {doc.info.title}{" "}
          <span className="text-base font-normal text-muted-foreground">
            v{doc.info.version}
          </span>
        </h1>
        <div className="grid gap-3 text-sm">
          <RichText text={doc.info.description} />
          <p>
            The machine-readable description is at{" "}
            <a
              href="/api/v1/openapi.json"
              className="font-mono text-primary underline"
            >
              /api/v1/openapi.json
            </a>{" "}
            (OpenAPI 3.1).
          </p>
        </div>
      </header>

      <nav aria-label="Endpoints" className="grid gap-3 rounded-lg border p-4">
        <h2 className="font-semibold">Endpoints</h2>
        {tags.map((tag) => (
          <div key={tag} className="grid gap-1">
            <h3 className="text-sm text-muted-foreground">{tag}</h3>
            <ul className="grid gap-1 text-sm">
              {operations
                .filter((o) => (o.op.tags[0] ?? "Other") === tag)
                .map(({ path, method, op }) => (
                  <li key={op.operationId}>
                    <a
                      href={`#${op.operationId}`}
                      className="inline-flex items-center gap-2 hover:underline"
                    >
                      <span className="w-14 font-mono text-xs uppercase">
                        {method}
                      </span>
                      <span className="font-mono">{path}</span>
                      <span className="text-muted-foreground">
                        {op.summary}
                      </span>
                    </a>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </nav>

      {operations.map(({ path, method, op }) => (
        <section
          key={op.operationId}
          id={op.operationId}
          aria-labelledby={`${op.operationId}-title`}
          className="grid scroll-mt-6 gap-4 border-t pt-8"
        >
          <div className="grid gap-2">
            <h2
              id={`${op.operationId}-title`}
              className="text-xl font-semibold"
            >
              {op.summary}
            </h2>
            <p className="flex flex-wrap items-center gap-2">
              <span
                className={`rounded px-2 py-0.5 font-mono text-xs font-semibold uppercase ${METHOD_STYLE[method] ?? ""}`}
              >
                {method}
              </span>
              <code className="font-mono text-sm">{path}</code>
              <span className="rounded border px-2 py-0.5 text-xs">
                {op["x-scope"] === "write" ? "write key" : "read key"}
              </span>
            </p>
            <div className="grid gap-2 text-sm">
              <RichText text={op.description} />
            </div>
          </div>

          {op.parameters?.length ? (
            <div className="grid gap-2">
              <h3 className="font-medium">Parameters</h3>
              <FieldTable
                label={`Parameters of ${op.summary}`}
                schema={{
                  type: "object",
                  properties: Object.fromEntries(
                    op.parameters.map((p) => [
                      `${p.name} (${p.in})`,
                      { ...p.schema, description: p.description },
                    ]),
                  ),
                  required: op.parameters
                    .filter((p) => p.required)
                    .map((p) => `${p.name} (${p.in})`),
                }}
              />
            </div>
          ) : null}

          {op.requestBody ? (
            <div className="grid gap-2">
              <h3 className="font-medium">
                Request body{op.requestBody.required ? "" : " (optional)"}
              </h3>
              {Object.entries(op.requestBody.content).map(([type, media]) => {
                const ref = media.schema.$ref?.split("/").at(-1);
                const schema = ref ? doc.components.schemas[ref] : undefined;
                return (
                  <div key={type} className="grid gap-2">
                    <p className="text-sm">
                      <code className="font-mono">{type}</code>:{" "}
                      <span className="font-mono">
                        <TypeLabel schema={media.schema} />
                      </span>
                    </p>
                    {schema ? (
                      <FieldTable
                        label={`Request body of ${op.summary}`}
                        schema={schema}
                      />
                    ) : null}
                  </div>
                );
              })}
            </div>
          ) : null}

          <div className="grid gap-2">
            <h3 className="font-medium">Responses</h3>
            <ul className="grid gap-1 text-sm">
              {Object.entries(op.responses).map(([status, r]) => {
                const shared = r.$ref
                  ? doc.components.responses[r.$ref.split("/").at(-1)!]
                  : undefined;
                const media = r.content?.["application/json"];
                return (
                  <li key={status} className="flex gap-3">
                    <span className="w-10 shrink-0 font-mono font-semibold">
                      {status}
                    </span>
                    <span>
                      <InlineText
                        text={r.description ?? shared?.description ?? ""}
                      />
                      {media ? (
                        <>
                          {" "}
                          <span className="font-mono">
                            <TypeLabel schema={media.schema} />
                          </span>
                        </>
                      ) : null}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>

          <div className="grid gap-2">
            <h3 className="font-medium">Example</h3>
            <pre className="overflow-x-auto rounded-lg bg-muted p-4 font-mono text-xs">
              <code>{curlFor(base, method, path, op)}</code>
            </pre>
          </div>
        </section>
      ))}

      <section
        aria-labelledby="schemas-title"
        className="grid gap-6 border-t pt-8"
      >
        <h2 id="schemas-title" className="text-xl font-semibold">
          Schemas
        </h2>
        <p className="text-sm text-muted-foreground">
          Fields marked <span className="text-destructive">*</span> are
          required.
        </p>
        {Object.entries(doc.components.schemas).map(([name, schema]) => (
          <div
            key={name}
            id={schemaAnchor(name)}
            className="grid scroll-mt-6 gap-2"
          >
            <h3 className="font-mono font-semibold">{name}</h3>
            {schema.description ? (
              <p className="text-sm">{schema.description}</p>
            ) : null}
            <FieldTable label={`Fields of ${name}`} schema={schema} />
          </div>
        ))}
      </section>
    </main>
  );
}
