import { countryName, stateName } from "@/lib/taxonomy";

import type { IcpDraft } from "./schema";

type Criteria = Omit<
  IcpDraft,
  "name" | "description" | "idealCustomerDescription"
>;

const NAME_MAX = 60;

function joinWords(items: string[], max = 3): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) shown.push(`${rest} more`);
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

function placeLabels(c: Criteria, long: boolean): string[] {
  const states = c.states.map((s) => stateName(s) ?? s);
  const countries = c.countries.map((s) => (long ? (countryName(s) ?? s) : s));
  return [...c.cities, ...states, ...countries];
}

function sizeLabel(bands: string[]): string {
  if (!bands.length) return "";
  const first = bands[0]!;
  const last = bands[bands.length - 1]!;
  if (bands.length === 1) return first;
  const lo = first.split("-")[0] ?? first;
  const hi = last.endsWith("+") ? "" : (last.split("-")[1] ?? "");
  return hi ? `${lo}-${hi}` : `${lo}+`;
}

function audienceLabel(c: Criteria, max: number): string {
  if (c.jobTitles.length) return joinWords(c.jobTitles, max);
  const levels = c.seniorities.join("/");
  const depts = c.departments.join(" & ");
  if (levels && depts) return `${depts} ${levels}`;
  return depts ? `${depts} teams` : levels;
}

/**
 * A short ICP name such as "SaaS · VP Sales and CRO · US". `placeNames`
 * are the places as the description wrote them ("DACH", "Bay Area").
 */
export function proposeName(c: Criteria, placeNames?: string[]): string {
  const places = placeNames?.length ? placeNames : placeLabels(c, false);
  const parts = [
    c.industries.slice(0, 2).join(" & "),
    audienceLabel(c, 2),
    places.slice(0, 3).join(", "),
  ].filter(Boolean);
  if (parts.length < 2 && c.companySizes.length) {
    parts.unshift(`${sizeLabel(c.companySizes)} employees`);
  }
  if (!parts.length && c.technologies.length) {
    parts.push(`${c.technologies.slice(0, 2).join(" & ")} users`);
  }
  let name = parts.join(" · ") || "New ICP";
  while (name.length > NAME_MAX && parts.length > 1) {
    parts.pop();
    name = parts.join(" · ");
  }
  return name.length > NAME_MAX ? `${name.slice(0, NAME_MAX - 1)}…` : name;
}

/** A one-sentence summary of the criteria, in reading order. */
export function proposeDescription(c: Criteria): string {
  const who = audienceLabel(c, 4) || "Buyers";
  const industry = c.industries.length
    ? `${joinWords(c.industries)} companies`
    : "companies";
  const size = c.companySizes.length
    ? ` with ${sizeLabel(c.companySizes)} employees`
    : "";
  const tech = c.technologies.length
    ? ` using ${joinWords(c.technologies)}`
    : "";
  const places = placeLabels(c, true);
  const where = places.length ? ` in ${joinWords(places, 5)}` : "";
  return `${who} at ${industry}${size}${tech}${where}.`;
}
