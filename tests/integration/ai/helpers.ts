import type { Db } from "@/db/client";
import { leadLists, leads } from "@/db/schema";
import { normalizeLead } from "@/lib/scoring";
import type { RawLead } from "@/lib/scoring";

/** A lead list of the team holding the given leads, normalised on entry. */
export async function makeList(
  db: Db,
  teamId: string,
  name: string,
  raw: (RawLead & { duplicateOfFirst?: boolean })[],
): Promise<{ listId: string; leadIds: number[] }> {
  const [list] = await db
    .insert(leadLists)
    .values({ teamId, name, rowCount: raw.length })
    .returning({ id: leadLists.id });
  const listId = list!.id;
  const leadIds: number[] = [];
  for (const [i, input] of raw.entries()) {
    const { duplicateOfFirst, ...fields } = input;
    const n = normalizeLead(fields);
    const [row] = await db
      .insert(leads)
      .values({
        teamId,
        listId,
        rowNumber: i + 1,
        firstName: n.firstName,
        lastName: n.lastName,
        email: n.email,
        company: n.company,
        title: n.title,
        role: n.role,
        roleKey: n.roleKey,
        department: n.department,
        seniority: n.seniority,
        industry: n.industry,
        employeeCount: n.employeeCount,
        companySize: n.companySize,
        technologies: n.technologies,
        country: n.country,
        state: n.state,
        city: n.city,
        duplicateOf: duplicateOfFirst ? (leadIds[0] ?? null) : null,
      })
      .returning({ id: leads.id });
    leadIds.push(row!.id);
  }
  return { listId, leadIds };
}
