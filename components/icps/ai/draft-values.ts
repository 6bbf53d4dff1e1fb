import type {
  IcpFormValues,
  IcpListField,
} from "@/components/icps/icp-form-values";

const TEXT_FIELDS = [
  "name",
  "description",
  "idealCustomerDescription",
] as const;

const LIST_FIELDS: IcpListField[] = [
  "industries",
  "companySizes",
  "technologies",
  "jobTitles",
  "departments",
  "seniorities",
  "countries",
  "states",
  "cities",
];

/**
 * The part of a (possibly partial, possibly malformed) draft the ICP form
 * can take: text fields that are strings, list fields as lists of
 * non-empty strings. Anything else is left out, so a half-written partial
 * never blanks a field the form already shows.
 */
export function draftToFormPatch(draft: unknown): Partial<IcpFormValues> {
  if (!draft || typeof draft !== "object") return {};
  const source = draft as Record<string, unknown>;
  const patch: Partial<IcpFormValues> = {};
  for (const key of TEXT_FIELDS) {
    const value = source[key];
    if (typeof value === "string") patch[key] = value;
  }
  for (const key of LIST_FIELDS) {
    const value = source[key];
    if (!Array.isArray(value)) continue;
    patch[key] = value.filter(
      (v): v is string => typeof v === "string" && v.trim() !== "",
    );
  }
  return patch;
}
