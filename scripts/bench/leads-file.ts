import fs from "node:fs";
import { once } from "node:events";

/** Columns as a CRM export names them; the importer maps them itself. */
export const LEAD_CSV_HEADER = [
  "First Name",
  "Last Name",
  "Title",
  "Company",
  "Email",
  "Seniority",
  "Departments",
  "# Employees",
  "Industry",
  "Technologies",
  "City",
  "State",
  "Country",
  "Ref",
];

const FIRST = ["Mia", "Lucas", "Ingrid", "Fatima", "José", "Chen", "Amara"];
const LAST = ["Tanaka", "Müller", "Nguyen", "Rossi", "OBrien", "Okafor"];
const TITLES = [
  "VP of Sales",
  "Chief Financial Officer",
  "Head of Finance",
  "Marketing Manager",
  "Senior Software Engineer",
  "Director of Engineering",
  "Account Executive",
  "CTO",
  "HR Business Partner",
  "Head of Growth",
  "Sales Development Representative",
  "Controller",
];
const SENIORITY = ["", "", "Vice President", "Director", "Manager", "C-Suite"];
const DEPARTMENTS = ["", "Sales", "Finance", "Engineering", "Marketing"];
const EMPLOYEES = ["12", "51-200", "201-500 employees", "2204", "10,001+", ""];
const INDUSTRIES = [
  "SaaS",
  "Computer Software",
  "Financial Services",
  "Healthcare",
  "Retail",
  "Manufacturing",
];
const TECH = [
  "HubSpot",
  "Salesforce",
  "GCP",
  "Zendesk",
  "Marketo",
  "AWS",
  "Snowflake",
];
const PLACES: [string, string, string][] = [
  ["Seattle", "Washington", "USA"],
  ["Austin", "TX", "United States"],
  ["Berlin", "", "Germany"],
  ["Toronto", "Ontario", "Canada"],
  ["Sydney", "NSW", "Australia"],
  ["", "", "Singapore"],
  ["London", "", "UK"],
];
const COMPANIES = ["Pied Piper", "Cyberdyne Ltd", "Initech AG", "Acme Inc"];

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length]!;
}

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Row i of the file: values vary with co-prime strides, so they mix. */
function row(i: number): string {
  const place = pick(PLACES, i * 13);
  const tech =
    i % 4 === 0
      ? `${pick(TECH, i)}, ${pick(TECH, i * 3 + 1)}`
      : pick(TECH, i * 5 + 2);
  return [
    pick(FIRST, i),
    pick(LAST, i * 7),
    pick(TITLES, i * 3),
    // Unique per row: the import merges leads with the same name and
    // company, and every row here is meant to be a lead of its own.
    `${pick(COMPANIES, i * 11)} ${i}`,
    `lead.${i}@example.com`,
    pick(SENIORITY, i * 17),
    pick(DEPARTMENTS, i * 19),
    pick(EMPLOYEES, i * 23),
    pick(INDUSTRIES, i * 29),
    tech,
    place[0],
    place[1],
    place[2],
    `L${i}`,
  ]
    .map(cell)
    .join(",");
}

/** Writes a CSV of `rows` leads to `file`, in bounded memory. */
export async function writeLeadsCsv(file: string, rows: number) {
  const out = fs.createWriteStream(file);
  out.write(`${LEAD_CSV_HEADER.join(",")}\n`);
  let batch: string[] = [];
  for (let i = 0; i < rows; i++) {
    batch.push(row(i));
    if (batch.length === 5000) {
      if (!out.write(`${batch.join("\n")}\n`)) await once(out, "drain");
      batch = [];
    }
  }
  if (batch.length) out.write(`${batch.join("\n")}\n`);
  out.end();
  await once(out, "finish");
}
