import type { ReactNode } from "react";

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  description?: string;
  default?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
};

export const schemaAnchor = (name: string) => `schema-${name}`;

const refName = (ref: string) => ref.split("/").at(-1) ?? ref;

/** A compact, TypeScript-like type for a JSON Schema. */
export function TypeLabel({ schema }: { schema: JsonSchema }): ReactNode {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return (
      <a href={`#${schemaAnchor(name)}`} className="text-primary underline">
        {name}
      </a>
    );
  }
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    return joinWith(
      variants.map((v, i) => <TypeLabel key={i} schema={v} />),
      " | ",
    );
  }
  if (schema.enum) {
    return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  }
  const types = Array.isArray(schema.type)
    ? schema.type
    : schema.type
      ? [schema.type]
      : [];
  if (!types.length) return "any";
  return joinWith(
    types.map((t) => {
      if (t === "array" && schema.items) {
        return (
          <span key={t}>
            <TypeLabel schema={schema.items} />
            []
          </span>
        );
      }
      if (t === "object" && typeof schema.additionalProperties === "object") {
        return (
          <span key={t}>
            {"Record<"}
            {schema.propertyNames ? (
              <TypeLabel schema={schema.propertyNames} />
            ) : (
              "string"
            )}
            {", "}
            <TypeLabel schema={schema.additionalProperties} />
            {">"}
          </span>
        );
      }
      if (t === "string" && schema.format) {
        return <span key={t}>string ({schema.format})</span>;
      }
      return <span key={t}>{t}</span>;
    }),
    " | ",
  );
}

function joinWith(parts: ReactNode[], sep: string): ReactNode {
  return parts.flatMap((p, i) => (i ? [sep, p] : [p]));
}

function constraints(s: JsonSchema): string[] {
  const out: string[] = [];
  if (s.minLength !== undefined || s.maxLength !== undefined) {
    out.push(`${s.minLength ?? 0}-${s.maxLength ?? "∞"} characters`);
  }
  if (s.minItems !== undefined || s.maxItems !== undefined) {
    out.push(`${s.minItems ?? 0}-${s.maxItems ?? "∞"} items`);
  }
  if (s.minimum !== undefined || s.maximum !== undefined) {
    out.push(`${s.minimum ?? "-∞"} to ${s.maximum ?? "∞"}`);
  }
  if (s.default !== undefined) out.push(`default ${JSON.stringify(s.default)}`);
  return out;
}

/** The fields of an object schema as a table. */
export function FieldTable({
  schema,
  label,
}: {
  schema: JsonSchema;
  label: string;
}) {
  const props = Object.entries(schema.properties ?? {});
  if (!props.length) {
    return (
      <p className="text-sm">
        <TypeLabel schema={schema} />
      </p>
    );
  }
  const required = new Set(schema.required ?? []);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" aria-label={label}>
        <thead className="text-muted-foreground">
          <tr className="border-b">
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Field
            </th>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Type
            </th>
            <th scope="col" className="py-1.5 font-medium">
              Notes
            </th>
          </tr>
        </thead>
        <tbody>
          {props.map(([name, s]) => (
            <tr key={name} className="border-b align-top last:border-0">
              <td className="py-1.5 pr-3 font-mono text-xs">
                {name}
                {required.has(name) ? (
                  <span className="ml-1 text-destructive" title="required">
                    *
                  </span>
                ) : null}
              </td>
              <td className="py-1.5 pr-3 font-mono text-xs">
                <TypeLabel schema={s} />
              </td>
              <td className="py-1.5 text-muted-foreground">
                {[s.description, ...constraints(s)].filter(Boolean).join(". ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Paragraphs with inline `code` and **bold**, as the API texts use. */
export function RichText({ text }: { text: string }) {
  return text.split("\n\n").map((para, i) => (
    <p key={i} className="leading-relaxed">
      <InlineText text={para} />
    </p>
  ));
}

export function InlineText({ text }: { text: string }) {
  return text.split(/(`[^`]+`|\*\*[^*]+\*\*)/g).map((part, j) => {
    if (part.startsWith("`") && part.endsWith("`")) {
      return (
        <code key={j} className="rounded bg-muted px-1 font-mono text-[0.85em]">
          {part.slice(1, -1)}
        </code>
      );
    }
    if (part.startsWith("**") && part.endsWith("**")) {
      return <strong key={j}>{part.slice(2, -2)}</strong>;
    }
    return part;
  });
}
