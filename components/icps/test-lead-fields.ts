import type { TestLeadInput } from "@/app/(app)/icps/test-lead-schema";

/** The "Test a lead" inputs, in the order the panel shows them. */
export const TEST_LEAD_FIELDS: {
  key: keyof TestLeadInput;
  label: string;
  placeholder: string;
}[] = [
  { key: "title", label: "Job title", placeholder: "VP of Sales" },
  { key: "company", label: "Company", placeholder: "Acme Inc." },
  { key: "industry", label: "Industry", placeholder: "Software as a Service" },
  { key: "employeeCount", label: "Employees", placeholder: "250 or 201-500" },
  {
    key: "technologies",
    label: "Technologies",
    placeholder: "Salesforce, HubSpot",
  },
  { key: "department", label: "Department", placeholder: "Sales" },
  { key: "seniority", label: "Seniority", placeholder: "Vice President" },
  { key: "country", label: "Country", placeholder: "United States" },
  { key: "state", label: "State or region", placeholder: "California" },
  { key: "city", label: "City", placeholder: "San Francisco" },
  {
    key: "location",
    label: "Location (free text)",
    placeholder: "Austin, TX, USA",
  },
];
