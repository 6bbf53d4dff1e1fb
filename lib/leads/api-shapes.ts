import type { LeadListSummary, ScoredLead } from "@/db/queries/leads";
import type { ApiLeadList, ApiListLead } from "@/lib/api/lead-list-schemas";

/** A lead list as the public API shows it. */
export function toApiLeadList(list: LeadListSummary): ApiLeadList {
  return {
    id: list.id,
    name: list.name,
    source: list.source,
    status: list.status,
    rowCount: list.rowCount,
    rejectedCount: list.rejectedCount,
    duplicateCount: list.duplicateCount,
    createdAt: list.createdAt.toISOString(),
    lastScored: list.lastScored
      ? {
          icpId: list.lastScored.icpId,
          icpName: list.lastScored.icpName,
          highFit: list.lastScored.highFit,
        }
      : null,
  };
}

/** A lead with its score against the requested ICP. */
export function toApiLead(lead: ScoredLead): ApiListLead {
  return {
    id: String(lead.id),
    rowNumber: lead.rowNumber,
    ref: lead.ref,
    firstName: lead.firstName,
    lastName: lead.lastName,
    email: lead.email,
    linkedinUrl: lead.linkedinUrl,
    company: lead.company,
    title: lead.title,
    role: lead.role,
    department: lead.department,
    seniority: lead.seniority,
    industry: lead.industry,
    employeeCount: lead.employeeCount,
    companySize: lead.companySize,
    technologies: lead.technologies,
    country: lead.country,
    state: lead.state,
    city: lead.city,
    duplicateOf: lead.duplicateOf === null ? null : String(lead.duplicateOf),
    extra: lead.extra,
    score: lead.score,
    fit: lead.fit,
    stale: lead.stale,
  };
}
