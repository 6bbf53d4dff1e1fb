export {
  SIZE_BANDS,
  normalizeEmployeeCount,
  normalizeSizeBand,
  sizeBandOf,
  type EmployeeCount,
  type SizeBand,
} from "./company-size";
export {
  DEPARTMENTS,
  normalizeDepartment,
  type Department,
} from "./departments";
export {
  countryName,
  listCities,
  listCountries,
  listStates,
  normalizeCity,
  normalizeCountry,
  normalizeState,
  stateName,
} from "./geo";
export { INDUSTRIES, normalizeIndustry, type IndustryDef } from "./industries";
export {
  parseLocation,
  parseLocationText,
  type Location,
  type LocationParts,
} from "./location";
export {
  SENIORITIES,
  isSeniority,
  normalizeSeniority,
  type Seniority,
} from "./seniority";
export {
  TECHNOLOGIES,
  normalizeTechnologies,
  normalizeTechnology,
  type TechnologyDef,
} from "./technologies";
export { foldKey } from "./text";
export { parseTitle, type ParsedTitle } from "./titles";
