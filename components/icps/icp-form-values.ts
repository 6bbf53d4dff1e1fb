/**
 * The ICP form's value shape and configuration. Plain data with no
 * taxonomy imports, so client components can use it without pulling the
 * taxonomy (and its place data) into the browser bundle.
 */

export type IcpFormTab = "overview" | "company" | "prospect" | "location";

export const ICP_FORM_TABS: { value: IcpFormTab; label: string }[] = [
  { value: "overview", label: "Overview" },
  { value: "company", label: "Company" },
  { value: "prospect", label: "Prospect" },
  { value: "location", label: "Location" },
];

export type IcpListField =
  | "industries"
  | "companySizes"
  | "technologies"
  | "jobTitles"
  | "departments"
  | "seniorities"
  | "countries"
  | "states"
  | "cities";

export type IcpFormValues = {
  name: string;
  description: string;
  idealCustomerDescription: string;
  industries: string[];
  companySizes: string[];
  technologies: string[];
  jobTitles: string[];
  departments: string[];
  seniorities: string[];
  countries: string[];
  states: string[];
  cities: string[];
  weights: Record<string, number>;
  highFitThreshold: number;
  aiFitCheck: boolean;
  active: boolean;
};

/** What the server tells the form: vocabularies, criteria and defaults. */
export type IcpFormConfig = {
  sizeBands: readonly string[];
  seniorities: readonly string[];
  departments: readonly string[];
  criteria: { key: string; label: string; defaultWeight: number }[];
  fieldTabs: Record<string, IcpFormTab>;
  defaultThreshold: number;
  maxListValues: number;
  /** The AI model of the AI fit check; null when no provider is set up. */
  ai?: { model: string | null };
};

export function emptyIcpFormValues(config: IcpFormConfig): IcpFormValues {
  return {
    name: "",
    description: "",
    idealCustomerDescription: "",
    industries: [],
    companySizes: [],
    technologies: [],
    jobTitles: [],
    departments: [],
    seniorities: [],
    countries: [],
    states: [],
    cities: [],
    weights: Object.fromEntries(
      config.criteria.map((c) => [c.key, c.defaultWeight]),
    ),
    highFitThreshold: config.defaultThreshold,
    aiFitCheck: false,
    active: true,
  };
}

/** Fills what a partial draft leaves out, keeping weights complete. */
export function completeIcpFormValues(
  config: IcpFormConfig,
  partial: Partial<IcpFormValues> | undefined,
): IcpFormValues {
  const base = emptyIcpFormValues(config);
  if (!partial) return base;
  return {
    ...base,
    ...definedOnly(partial),
    weights: { ...base.weights, ...(partial.weights ?? {}) },
  };
}

export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

/** The tab a field error belongs to ("weights.title" -> overview). */
export function tabOfField(config: IcpFormConfig, field: string): IcpFormTab {
  return config.fieldTabs[field.split(".")[0] ?? field] ?? "overview";
}
