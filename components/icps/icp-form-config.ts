import "server-only";

import type { Icp } from "@/db/schema";
import { aiConfigured, env } from "@/lib/env";
import { FIELD_TABS, MAX_LIST_VALUES } from "@/lib/icps/schema";
import {
  CRITERION_KEYS,
  CRITERION_LABELS,
  DEFAULT_HIGH_FIT_THRESHOLD,
  DEFAULT_WEIGHTS,
} from "@/lib/scoring";
import { DEPARTMENTS, SENIORITIES, SIZE_BANDS } from "@/lib/taxonomy";

import type { IcpFormConfig, IcpFormValues } from "./icp-form-values";

/**
 * Everything the ICP form needs from the taxonomy and the scoring model,
 * computed on the server and passed down as plain data.
 */
export function getIcpFormConfig(): IcpFormConfig {
  return {
    sizeBands: [...SIZE_BANDS],
    seniorities: [...SENIORITIES],
    departments: [...DEPARTMENTS],
    criteria: CRITERION_KEYS.map((key) => ({
      key,
      label: CRITERION_LABELS[key],
      defaultWeight: DEFAULT_WEIGHTS[key],
    })),
    fieldTabs: { ...FIELD_TABS },
    defaultThreshold: DEFAULT_HIGH_FIT_THRESHOLD,
    maxListValues: MAX_LIST_VALUES,
    ai: { model: aiConfigured() ? (env().AI_MODEL ?? null) : null },
  };
}

/** A stored ICP as form values (weights completed with the defaults). */
export function icpToFormValues(icp: Icp): IcpFormValues {
  return {
    name: icp.name,
    description: icp.description,
    idealCustomerDescription: icp.idealCustomerDescription,
    industries: icp.industries,
    companySizes: icp.companySizes,
    technologies: icp.technologies,
    jobTitles: icp.jobTitles,
    departments: icp.departments,
    seniorities: icp.seniorities,
    countries: icp.countries,
    states: icp.states,
    cities: icp.cities,
    weights: { ...DEFAULT_WEIGHTS, ...icp.weights },
    highFitThreshold: icp.highFitThreshold,
    aiFitCheck: icp.aiFitCheck,
    active: icp.active,
  };
}
