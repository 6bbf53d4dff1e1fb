"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import {
  cloneIcp,
  createIcp,
  deleteIcp,
  getIcp,
  setDefaultIcp,
  setIcpActive,
  uniqueCopyName,
  updateIcp,
} from "@/db/queries/icps";
import { teamAction } from "@/lib/actions/team-action";
import { AppError } from "@/lib/errors";
import { canonicalizeIcp, icpFieldsSchema } from "@/lib/icps/schema";
import type { IcpFields } from "@/lib/icps/schema";
import { normalizeLead, scoreLead } from "@/lib/scoring";

import { testLeadSchema } from "./test-lead-schema";

// Ids are checked by the queries, which answer "not found" for anything
// that is not one of the team's ICPs, malformed ids included.
const idSchema = z.string().trim().min(1).max(100);

const NOT_SAVED = "Some fields need attention.";

/** Lists canonicalised and checked, or the form's field errors. */
function canonical(fields: IcpFields): IcpFields {
  const result = canonicalizeIcp(fields);
  if (!result.ok) {
    throw new AppError("validation_failed", NOT_SAVED, {
      details: { fieldErrors: result.fieldErrors },
    });
  }
  return result.value;
}

function refreshIcpPages() {
  // The dashboard, detail and edit pages all show ICP data.
  revalidatePath("/icps", "layout");
}

export const createIcpAction = teamAction(
  { name: "createIcp", schema: icpFieldsSchema },
  async (input, ctx) => {
    const fields = canonical(input);

    const icp = await createIcp({ teamId: ctx.team.id, fields });

    refreshIcpPages();
    return { id: icp.id, name: icp.name };
  },
);

export const updateIcpAction = teamAction(
  {
    name: "updateIcp",
    schema: icpFieldsSchema.extend({ id: idSchema }),
  },
  async ({ id, ...input }, ctx) => {
    const fields = canonical(input);

    const icp = await updateIcp({ teamId: ctx.team.id, id, fields });

    refreshIcpPages();
    return { id: icp.id, name: icp.name, version: icp.version };
  },
);

/** The name the clone dialog starts with: "Copy of …", made unique. */
export const suggestCloneNameAction = teamAction(
  { name: "suggestCloneName", schema: z.object({ id: idSchema }) },
  async ({ id }, ctx) => {
    const source = await getIcp({ teamId: ctx.team.id, id });
    if (!source) throw new AppError("not_found", "ICP not found");

    const name = await uniqueCopyName(ctx.team.id, `Copy of ${source.name}`);
    return { name };
  },
);

export const cloneIcpAction = teamAction(
  {
    name: "cloneIcp",
    schema: z.object({ id: idSchema, name: icpFieldsSchema.shape.name }),
  },
  async ({ id, name }, ctx) => {
    const icp = await cloneIcp({ teamId: ctx.team.id, id, name });

    refreshIcpPages();
    return { id: icp.id, name: icp.name };
  },
);

export const setIcpActiveAction = teamAction(
  {
    name: "setIcpActive",
    schema: z.object({ id: idSchema, active: z.boolean() }),
  },
  async ({ id, active }, ctx) => {
    const icp = await setIcpActive({ teamId: ctx.team.id, id, active });

    refreshIcpPages();
    return { id: icp.id, name: icp.name, active: icp.active };
  },
);

export const setDefaultIcpAction = teamAction(
  { name: "setDefaultIcp", schema: z.object({ id: idSchema }) },
  async ({ id }, ctx) => {
    const icp = await setDefaultIcp({ teamId: ctx.team.id, id });

    refreshIcpPages();
    return { id: icp.id, name: icp.name };
  },
);

export const deleteIcpAction = teamAction(
  { name: "deleteIcp", schema: z.object({ id: idSchema }) },
  async ({ id }, ctx) => {
    await deleteIcp({ teamId: ctx.team.id, id });

    refreshIcpPages();
    return { id };
  },
);

/** Scores one typed-in lead against the ICP; nothing is stored. */
export const testLeadAction = teamAction(
  {
    name: "testLead",
    schema: z.object({ id: idSchema, lead: testLeadSchema }),
  },
  async ({ id, lead }, ctx) => {
    const icp = await getIcp({ teamId: ctx.team.id, id });
    if (!icp) throw new AppError("not_found", "ICP not found");

    // An empty box is a field the lead does not have, not an empty value.
    const raw = Object.fromEntries(
      Object.entries(lead).filter(([, value]) => value !== ""),
    );
    return scoreLead(icp, normalizeLead(raw));
  },
);
