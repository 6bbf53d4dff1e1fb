"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { getIcp } from "@/db/queries/icps";
import { deleteLeadList, getLead } from "@/db/queries/leads";
import { teamAction } from "@/lib/actions/team-action";
import { LEAD_FIELDS } from "@/lib/csv";
import { AppError } from "@/lib/errors";
import { normalizeForStorage } from "@/lib/leads/normalize";
import type { StoredLeadFields } from "@/lib/leads/normalize";
import { scoreLead } from "@/lib/scoring";
import type { NormalizedLead, ScoreResult } from "@/lib/scoring";

const csvLeadSchema = z.partialRecord(
  z.enum(LEAD_FIELDS),
  z.string().max(2000),
);

/** The mapping step's preview: the first rows as the import stores them. */
export const previewLeadsAction = teamAction(
  {
    name: "previewLeads",
    schema: z.object({ leads: z.array(csvLeadSchema).max(20) }),
  },
  async ({ leads }): Promise<StoredLeadFields[]> =>
    leads.map((lead) => normalizeForStorage(lead)),
);

export const deleteLeadListAction = teamAction(
  {
    name: "deleteLeadList",
    schema: z.object({ id: z.string().max(100) }),
    roles: ["owner", "admin"],
  },
  async ({ id }, ctx) => {
    const deleted = await deleteLeadList({ teamId: ctx.team.id, id });
    if (!deleted) throw new AppError("not_found", "Lead list not found");
    revalidatePath("/leads");
    return { id };
  },
);

/**
 * Why a lead scores what it does against an ICP's current criteria,
 * computed from the lead's stored normalised values.
 */
export const explainLeadAction = teamAction(
  {
    name: "explainLead",
    schema: z.object({
      listId: z.string().max(100),
      leadId: z.number().int().positive(),
      icpId: z.string().max(100),
    }),
  },
  async (input, ctx): Promise<ScoreResult> => {
    const [lead, icp] = await Promise.all([
      getLead({
        teamId: ctx.team.id,
        listId: input.listId,
        leadId: input.leadId,
      }),
      getIcp({ teamId: ctx.team.id, id: input.icpId }),
    ]);
    if (!lead) throw new AppError("not_found", "Lead not found");
    if (!icp) throw new AppError("not_found", "ICP not found");

    const normalized = {
      firstName: lead.firstName,
      lastName: lead.lastName,
      email: lead.email,
      linkedinUrl: lead.linkedinUrl,
      company: lead.company,
      title: lead.title,
      role: lead.role,
      roleKey: lead.roleKey,
      department: lead.department,
      seniority: lead.seniority,
      industry: lead.industry,
      employeeCount: lead.employeeCount,
      companySize: lead.companySize,
      technologies: lead.technologies,
      country: lead.country,
      state: lead.state,
      city: lead.city,
      raw: {},
    } as NormalizedLead;
    return scoreLead(
      {
        industries: icp.industries,
        companySizes: icp.companySizes,
        technologies: icp.technologies,
        jobTitles: icp.jobTitles,
        departments: icp.departments,
        seniorities: icp.seniorities,
        countries: icp.countries,
        states: icp.states,
        cities: icp.cities,
        weights: icp.weights,
        highFitThreshold: icp.highFitThreshold,
      },
      normalized,
    );
  },
);
