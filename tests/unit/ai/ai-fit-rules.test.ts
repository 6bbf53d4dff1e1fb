import { describe, expect, it } from "vitest";

import { aiFitCheckApplies, aiFitTargetOf } from "@/lib/ai-fit/rules";

const ICP = {
  aiFitCheck: true,
  idealCustomerDescription: "Finance leaders at mid-sized retailers.",
};

describe("aiFitCheckApplies", () => {
  it("holds with a provider, the check on and a description", () => {
    expect(aiFitCheckApplies(ICP, true)).toBe(true);
  });

  it("never holds without a provider", () => {
    expect(aiFitCheckApplies(ICP, false)).toBe(false);
  });

  it("needs the check on and a description that is not blank", () => {
    expect(aiFitCheckApplies({ ...ICP, aiFitCheck: false }, true)).toBe(false);
    expect(
      aiFitCheckApplies({ ...ICP, idealCustomerDescription: " \n " }, true),
    ).toBe(false);
  });
});

describe("aiFitTargetOf", () => {
  const job = {
    kind: "score" as const,
    status: "succeeded" as const,
    teamId: "team",
    listId: "list",
    icpId: "icp",
  };

  it("names the team, list and ICP of a scoring run that succeeded", () => {
    expect(aiFitTargetOf(job)).toEqual({
      teamId: "team",
      listId: "list",
      icpId: "icp",
    });
  });

  it("leaves nothing for failed or unfinished runs", () => {
    for (const status of ["failed", "running", "queued"] as const) {
      expect(aiFitTargetOf({ ...job, status })).toBeNull();
    }
  });

  it("leaves nothing for imports or runs that lost their list or ICP", () => {
    expect(aiFitTargetOf({ ...job, kind: "import" })).toBeNull();
    expect(aiFitTargetOf({ ...job, listId: null })).toBeNull();
    expect(aiFitTargetOf({ ...job, icpId: null })).toBeNull();
  });
});
