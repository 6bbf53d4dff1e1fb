import {
  icpCloneSchema,
  icpCreateSchema,
  icpListQuerySchema,
  icpListSchema,
  icpPatchSchema,
  icpSchema,
} from "../icp-schemas";
import type { ApiOperation } from "../openapi";

const idParam = [{ name: "id", description: "The ICP's id (a UUID)." }];
const icp = { name: "Icp", schema: icpSchema };

const EXAMPLE_ICP = {
  name: "US SaaS sales leaders",
  industries: ["SaaS"],
  companySizes: ["51-200", "201-500"],
  technologies: ["Salesforce", "HubSpot"],
  jobTitles: ["VP Sales", "CRO"],
  departments: ["Sales"],
  seniorities: ["VP", "C-Level"],
  countries: ["United States"],
  highFitThreshold: 70,
};

export const icpOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/icps",
    tag: "ICPs",
    summary: "List ICPs",
    description:
      "The team's ICPs, oldest first, a page at a time. Follow " +
      "`nextCursor` until it is null.",
    scope: "read",
    query: icpListQuerySchema,
    responses: {
      200: {
        description: "A page of ICPs.",
        name: "IcpList",
        schema: icpListSchema,
      },
    },
  },
  {
    method: "post",
    path: "/api/v1/icps",
    tag: "ICPs",
    summary: "Create an ICP",
    description:
      "Countries may be names or ISO codes; answers always use codes. " +
      "Unknown company sizes, seniorities, countries or states are a 400 " +
      "with an error per field. A name already used in the team is a 409.",
    scope: "write",
    body: { name: "IcpInput", schema: icpCreateSchema, example: EXAMPLE_ICP },
    idempotent: true,
    responses: { 201: { description: "The new ICP.", ...icp } },
  },
  {
    method: "get",
    path: "/api/v1/icps/{id}",
    tag: "ICPs",
    summary: "Get an ICP",
    scope: "read",
    pathParams: idParam,
    responses: { 200: { description: "The ICP.", ...icp } },
    errors: [404],
  },
  {
    method: "patch",
    path: "/api/v1/icps/{id}",
    tag: "ICPs",
    summary: "Update an ICP",
    description:
      "Changes only the fields sent. Setting `active` to false also " +
      "clears `isDefault`.",
    scope: "write",
    pathParams: idParam,
    body: {
      name: "IcpPatch",
      schema: icpPatchSchema,
      example: { highFitThreshold: 80, countries: ["DE", "Austria"] },
    },
    responses: { 200: { description: "The updated ICP.", ...icp } },
    errors: [404, 409],
  },
  {
    method: "delete",
    path: "/api/v1/icps/{id}",
    tag: "ICPs",
    summary: "Delete an ICP",
    description: "Permanent: the ICP's scores go with it.",
    scope: "write",
    pathParams: idParam,
    responses: { 204: { description: "Deleted." } },
    errors: [404],
  },
  {
    method: "post",
    path: "/api/v1/icps/{id}/clone",
    tag: "ICPs",
    summary: "Clone an ICP",
    description:
      "Copies every criterion and setting. The copy is active and not " +
      "the default. The body may be empty.",
    scope: "write",
    pathParams: idParam,
    body: {
      name: "IcpCloneInput",
      schema: icpCloneSchema,
      required: false,
      example: { name: "US SaaS sales leaders (EMEA)" },
    },
    idempotent: true,
    responses: { 201: { description: "The copy.", ...icp } },
    errors: [404],
  },
  {
    method: "post",
    path: "/api/v1/icps/{id}/default",
    tag: "ICPs",
    summary: "Make an ICP the default",
    description:
      "The default ICP scores leads when no ICP is named. A team has at " +
      "most one; this also activates the ICP.",
    scope: "write",
    pathParams: idParam,
    idempotent: true,
    responses: { 200: { description: "The new default ICP.", ...icp } },
    errors: [404],
  },
];
