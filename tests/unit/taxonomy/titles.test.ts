import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseTitle, SENIORITIES } from "@/lib/taxonomy";

import { anyString, wordSoup } from "./arbitraries";

type Row = [
  title: string,
  role: string | null,
  dept: string | null,
  sen: string | null,
];

const IC = "Individual Contributor";

// Mostly spellings that are not in the shared sample.
const TABLE: Row[] = [
  ["VP of Sales", "VP Sales", "Sales", "VP"],
  ["Vice President, Sales", "VP Sales", "Sales", "VP"],
  ["SVP Sales", "VP Sales", "Sales", "VP"],
  ["SVP, Sales", "VP Sales", "Sales", "VP"],
  ["EVP Sales", "VP Sales", "Sales", "VP"],
  ["Regional VP of Sales", "VP Sales", "Sales", "VP"],
  ["VP EMEA Sales", "VP Sales", "Sales", "VP"],
  ["Senior Vice President of Global Sales", "VP Sales", "Sales", "VP"],
  ["Vice-President, Sales (North America)", "VP Sales", "Sales", "VP"],
  ["V.P. Sales", "VP Sales", "Sales", "VP"],
  ["Sales VP", "VP Sales", "Sales", "VP"],
  ["VP Sales @ Acme GmbH", "VP Sales", "Sales", "VP"],
  ["VP Sales & Marketing", "VP Sales", "Sales", "VP"],
  ["VP Marketing", "VP Marketing", "Marketing", "VP"],
  ["VP of R&D", "VP Engineering", "Engineering", "VP"],
  [
    "Vice President, Client Success",
    "VP Customer Success",
    "Customer Success",
    "VP",
  ],
  ["Chief Revenue Officer (CRO)", "CRO", "Sales", "C-Level"],
  ["chief revenue officer", "CRO", "Sales", "C-Level"],
  ["Co-founder & CTO", "CTO", "Engineering", "C-Level"],
  ["CTO & Co-Founder", "CTO", "Engineering", "C-Level"],
  ["Founder/CEO", "CEO", "Executive", "C-Level"],
  ["President & CEO", "CEO", "Executive", "C-Level"],
  ["C.F.O.", "CFO", "Finance", "C-Level"],
  ["Group CFO", "CFO", "Finance", "C-Level"],
  ["Global CMO", "CMO", "Marketing", "C-Level"],
  ["CIO", "CIO", "IT", "C-Level"],
  ["Chief Information Security Officer", "CISO", "IT", "C-Level"],
  ["Chief People & Culture Officer", "CHRO", "Human Resources", "C-Level"],
  ["Deputy CFO", "Deputy CFO", "Finance", "VP"],
  ["Director, Finance", "Finance Director", "Finance", "Director"],
  ["Sr. Director of Finance", "Finance Director", "Finance", "Director"],
  ["Director of People", "HR Director", "Human Resources", "Director"],
  ["Director, People & Culture", "HR Director", "Human Resources", "Director"],
  ["Director of Information Technology", "IT Director", "IT", "Director"],
  ["Sales & Marketing Director", "Sales Director", "Sales", "Director"],
  ["Head of Growth Marketing", "Head of Growth", null, null],
  ["Head of Sales", "Head of Sales", "Sales", null],
  ["Product Marketing Manager", "Marketing Manager", "Marketing", "Manager"],
  ["Demand Generation Manager", "Marketing Manager", "Marketing", "Manager"],
  [
    "Manager, Software Engineering",
    "Engineering Manager",
    "Engineering",
    "Manager",
  ],
  ["Inside Sales Manager", "Sales Manager", "Sales", "Manager"],
  ["People Operations Manager", "HR Manager", "Human Resources", "Manager"],
  ["Ops Manager", "Operations Manager", "Operations", "Manager"],
  ["Internal Audit Manager", "Finance Manager", "Finance", "Manager"],
  [
    "Team Lead, Customer Support",
    "Customer Support Team Lead",
    "Customer Support",
    "Manager",
  ],
  ["Product Manager", "Product Manager", "Product", null],
  ["Senior Product Manager", "Product Manager", "Product", null],
  ["Manager, Product", "Product Manager", "Product", null],
  ["Enterprise Account Executive", "Account Executive", "Sales", IC],
  ["Account Executive, Mid-Market", "Account Executive", "Sales", IC],
  ["Business Development Representative", "SDR", "Sales", IC],
  ["BDR", "SDR", "Sales", IC],
  ["Senior Software Engineer II", "Software Engineer", "Engineering", IC],
  ["Full-Stack Developer", "Software Engineer", "Engineering", IC],
  ["Lead Software Engineer", "Software Engineer", "Engineering", IC],
  ["Content Marketing Specialist", "Marketing Specialist", "Marketing", IC],
  ["Marketing Coordinator", "Marketing Specialist", "Marketing", IC],
  ["Marketing Executive", "Marketing Specialist", "Marketing", IC],
  ["Staff Accountant", "Accountant", "Finance", IC],
  ["Systems Administrator", "System Administrator", "IT", IC],
  ["Data Scientist", "Data Scientist", "Data", IC],
  ["Marketing Intern", "Marketing Intern", "Marketing", IC],
  [
    "Executive Assistant to the CEO",
    "Executive Assistant",
    "Administrative",
    IC,
  ],
  ["Founder", "Founder", "Executive", "C-Level"],
  ["Managing Director", "Managing Director", "Executive", "C-Level"],
];

describe("parseTitle", () => {
  it.each(TABLE)("reads %j", (title, role, department, seniority) => {
    expect(parseTitle(title)).toMatchObject({ role, department, seniority });
  });

  it("matches whole words, never substrings", () => {
    expect(parseTitle("Internal Communications Manager").role).toBe(
      "Communications Manager",
    );
    expect(parseTitle("Internal Communications Manager").seniority).toBe(
      "Manager",
    );
    expect(parseTitle("Director of Sales").role).not.toBe("CTO");
    expect(parseTitle("Director of Sales").seniority).toBe("Director");
    expect(parseTitle("Vice President").role).toBe("VP");
    expect(parseTitle("Product Owner").seniority).not.toBe("C-Level");
  });

  it("tells functions and levels apart", () => {
    const vpSales = parseTitle("VP Sales").roleKey;
    expect(parseTitle("VP Marketing").roleKey).not.toBe(vpSales);
    expect(parseTitle("Sales Manager").roleKey).not.toBe(vpSales);
    expect(parseTitle("Sales Director").roleKey).not.toBe(vpSales);
    const roles = ["CRO", "CEO", "CFO", "CTO", "CIO", "COO", "CMO"];
    const keys = new Set(roles.map((r) => parseTitle(r).roleKey));
    expect(keys.size).toBe(roles.length);
  });

  it("keys unknown titles by their folded text", () => {
    expect(parseTitle("Growth Ninja!")).toEqual({
      role: null,
      roleKey: "growth ninja",
      department: null,
      seniority: null,
    });
    expect(parseTitle("   ").roleKey).toBeNull();
    expect(parseTitle("Zzyzx Qwerty")).toMatchObject({
      role: null,
      department: null,
      seniority: null,
    });
  });

  it("is idempotent: a canonical role parses to itself", () => {
    for (const [title] of TABLE) {
      const { role, roleKey, department } = parseTitle(title);
      if (role === null) continue;
      expect(parseTitle(role).role).toBe(role);
      expect(parseTitle(role).roleKey).toBe(roleKey);
      if (department) expect(parseTitle(role).department).toBe(department);
    }
  });

  it("never throws and returns a known seniority on any string", () => {
    const words = TABLE.map(([t]) => t);
    fc.assert(
      fc.property(fc.oneof(anyString, wordSoup(words)), (s) => {
        const parsed = parseTitle(s);
        expect(
          parsed.seniority === null || SENIORITIES.includes(parsed.seniority),
        ).toBe(true);
        if (parsed.role !== null) {
          expect(parseTitle(parsed.role).role).toBe(parsed.role);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
