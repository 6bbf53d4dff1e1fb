import {
  criterionResultSchema,
  leadSchema,
  scoreRequestSchema,
  scoreResponseSchema,
  scoreResultSchema,
} from "../score-schemas";
import type { ApiOperation } from "../openapi";

export const scoreOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/api/v1/score",
    tag: "Scoring",
    summary: "Score leads",
    description:
      "Scores 1 to 1,000 leads against an ICP (the team's default when " +
      "`icpId` is absent) and explains each criterion. Nothing is stored. " +
      "Results come in the order the leads were sent, with `ref` echoed. " +
      "An unknown `icpId` is a 404; no default ICP is a 409 " +
      "(`no_default_icp`).",
    scope: "read",
    body: {
      name: "ScoreRequest",
      schema: scoreRequestSchema,
      example: {
        leads: [
          {
            ref: "crm-1042",
            firstName: "Dana",
            title: "VP of Sales",
            company: "Acme Cloud",
            industry: "Software",
            employeeCount: "51-200",
            technologies: "Salesforce, Slack",
            location: "Austin, TX, United States",
          },
        ],
      },
    },
    idempotent: true,
    responses: {
      200: {
        description: "One result per lead.",
        name: "ScoreResponse",
        schema: scoreResponseSchema,
      },
    },
    errors: [404],
  },
];

export const scoreSharedSchemas = {
  requests: { Lead: leadSchema },
  responses: {
    ScoreResult: scoreResultSchema,
    CriterionResult: criterionResultSchema,
  },
};
