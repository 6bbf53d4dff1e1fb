import { beforeAll, expect, it } from "vitest";

import {
  proposeIcpFromList,
  sampleLeadsForProposal,
} from "@/app/(app)/leads/[id]/generate-icp/proposal";
import type { RawLead } from "@/lib/scoring";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";
import { makeList } from "./helpers";
import { textModel } from "./models";

type Account = Awaited<ReturnType<typeof makeUserAndTeam>>;

const vpSales = {
  title: "VP of Sales",
  industry: "Software as a Service",
  employeeCount: 120,
  country: "United States",
  technologies: ["Salesforce"],
  email: "someone@example.test",
} satisfies RawLead;

const cro = {
  title: "Chief Revenue Officer",
  industry: "SaaS",
  employeeCount: 300,
  country: "USA",
  technologies: ["Salesforce", "HubSpot"],
} satisfies RawLead;

/** Ten best customers: mostly US SaaS sales leaders, plus some noise. */
const BEST_CUSTOMERS: (RawLead & { duplicateOfFirst?: boolean })[] = [
  ...Array.from({ length: 6 }, () => vpSales),
  cro,
  cro,
  { ...cro, industry: "Fintech", technologies: null },
  {
    title: "Software Engineer",
    industry: "Fintech",
    employeeCount: 5000,
    country: "Germany",
  },
  // A duplicate must not count twice: three of these would tip Fintech in.
  ...Array.from({ length: 3 }, () => ({
    ...cro,
    industry: "Fintech",
    duplicateOfFirst: true,
  })),
];

describeEachDb("ICP from best customers", (getHandle) => {
  let alice: Account;
  let bob: Account;
  let listId: string;

  beforeAll(async () => {
    alice = await makeUserAndTeam("alice");
    bob = await makeUserAndTeam("bob");
    ({ listId } = await makeList(
      getHandle().db,
      alice.team.id,
      "Closed won",
      BEST_CUSTOMERS,
    ));
  });

  it("proposes the values most of the list's leads share", async () => {
    const proposal = await proposeIcpFromList({
      teamId: alice.team.id,
      listId,
    });

    expect(proposal).toMatchObject({
      engine: "offline",
      total: 10,
      used: 10,
      sampled: false,
    });
    expect(proposal.draft).toMatchObject({
      industries: ["SaaS"],
      companySizes: ["51-200", "201-500"],
      jobTitles: ["VP Sales", "CRO"],
      seniorities: ["C-Level", "VP"],
      departments: ["Sales"],
      countries: ["US"],
      technologies: ["Salesforce"],
    });
    expect(proposal.draft.name).toContain("SaaS");
    expect(proposal.draft.description).toMatch(/10 best customers/);
    expect(proposal.draft.idealCustomerDescription).not.toBe("");
  });

  it("reads only the team's own list", async () => {
    const proposal = await proposeIcpFromList({ teamId: bob.team.id, listId });

    expect(proposal.total).toBe(0);
    expect(proposal.draft.industries).toEqual([]);
    expect(
      await sampleLeadsForProposal({ teamId: bob.team.id, listId: "nope" }),
    ).toEqual({ leads: [], total: 0, sampled: false });
  });

  it("samples a list larger than the sample size, never names or emails", async () => {
    const sample = await sampleLeadsForProposal({
      teamId: alice.team.id,
      listId,
      sampleSize: 4,
    });

    expect(sample).toMatchObject({ total: 10, sampled: true });
    expect(sample.leads).toHaveLength(4);
    for (const lead of sample.leads) {
      expect(lead.email).toBeNull();
      expect(lead.title).toBeNull();
      expect(lead.role).not.toBeNull();
    }
  });

  it("lets a configured model write the ideal customer description", async () => {
    const model = textModel(
      "Sales leaders at mid-sized US SaaS companies that run Salesforce.",
      "mock-model",
    );
    const proposal = await proposeIcpFromList({
      teamId: alice.team.id,
      listId,
      model,
    });

    expect(proposal).toMatchObject({ engine: "provider", model: "mock-model" });
    expect(proposal.draft.idealCustomerDescription).toBe(
      "Sales leaders at mid-sized US SaaS companies that run Salesforce.",
    );
    // The criteria still come from the counts, not from the model.
    expect(proposal.draft.industries).toEqual(["SaaS"]);
  });
});
