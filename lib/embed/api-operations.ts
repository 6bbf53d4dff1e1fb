import type { ApiOperation } from "@/lib/api/openapi";

import {
  embedOriginsBodySchema,
  embedOriginsSchema,
  embedSessionBodySchema,
  embedSessionSchema,
} from "./api-schemas";

const origins = { name: "EmbedOrigins", schema: embedOriginsSchema };

/** The embedding endpoints, for the OpenAPI document. */
export const embedOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/embed/origins",
    tag: "Embedding",
    summary: "List allowed partner origins",
    scope: "read",
    responses: { 200: { description: "The allowed origins.", ...origins } },
  },
  {
    method: "put",
    path: "/api/v1/embed/origins",
    tag: "Embedding",
    summary: "Replace the allowed partner origins",
    description:
      "Sets the whole list. An invalid origin is a 400 with an error per " +
      "list index (`origins.2`). Removing an origin stops its open " +
      "embedded views at their next request.",
    scope: "write",
    body: {
      name: "EmbedOriginsInput",
      schema: embedOriginsBodySchema,
      example: { origins: ["https://app.partner.example"] },
    },
    responses: { 200: { description: "The allowed origins.", ...origins } },
  },
  {
    method: "post",
    path: "/api/v1/embed/sessions",
    tag: "Embedding",
    summary: "Create an embed URL",
    description:
      "Call this from the partner's server, never from a browser: the " +
      "answer is a one-time URL for an iframe on `origin`. An origin that " +
      "is not allowed is a 403, as is a session that is not read-only " +
      "asked for with a read key. An `id` of another team is a 404.",
    scope: "read",
    body: {
      name: "EmbedSessionInput",
      schema: embedSessionBodySchema,
      example: {
        origin: "https://app.partner.example",
        view: "icps",
        theme: "dark",
      },
    },
    responses: {
      201: {
        description: "The URL to frame.",
        name: "EmbedSession",
        schema: embedSessionSchema,
      },
    },
    errors: [400, 403, 404],
  },
];
