/**
 * Phrase-level geography the country taxonomy does not hold: sales regions
 * and the adjective forms of country names. Values are ISO 3166-1 alpha-2
 * codes; country names themselves come from the taxonomy.
 */

const EU = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
];
const EUROPE = [...EU, "GB", "NO", "CH", "IS"];
const NORDICS = ["SE", "NO", "DK", "FI", "IS"];
const MIDDLE_EAST = ["AE", "SA", "QA", "KW", "BH", "OM", "IL", "JO", "EG"];
const GCC = ["AE", "SA", "QA", "KW", "BH", "OM"];
const AFRICA = ["ZA", "NG", "KE", "EG", "MA", "GH"];
const LATAM = ["MX", "BR", "AR", "CO", "CL", "PE", "UY", "CR", "PA", "EC"];
const APAC = [
  "AU",
  "NZ",
  "SG",
  "JP",
  "KR",
  "CN",
  "HK",
  "TW",
  "IN",
  "ID",
  "MY",
  "PH",
  "TH",
  "VN",
];
const SOUTHEAST_ASIA = ["SG", "MY", "ID", "TH", "PH", "VN"];

/** Region phrase -> countries. Phrases are matched case-insensitively. */
export const REGIONS: [string[], string[]][] = [
  [
    ["dach", "d a ch", "german speaking countries"],
    ["DE", "AT", "CH"],
  ],
  [["nordics", "nordic countries", "nordic region", "nordic"], NORDICS],
  [
    ["scandinavia", "scandinavian countries"],
    ["SE", "NO", "DK"],
  ],
  [
    ["benelux", "low countries"],
    ["BE", "NL", "LU"],
  ],
  [
    ["north america", "north american"],
    ["US", "CA"],
  ],
  [
    ["anz", "australia and new zealand", "australasia"],
    ["AU", "NZ"],
  ],
  [
    [
      "uk and ireland",
      "uk and i",
      "uki",
      "united kingdom and ireland",
      "britain and ireland",
      "british isles",
    ],
    ["GB", "IE"],
  ],
  [
    ["baltics", "baltic states", "baltic countries"],
    ["EE", "LV", "LT"],
  ],
  [
    ["iberia", "iberian peninsula"],
    ["ES", "PT"],
  ],
  [["gcc", "gulf states", "gulf region", "the gulf"], GCC],
  [["middle east"], MIDDLE_EAST],
  [["mena"], [...MIDDLE_EAST, "MA", "TN", "DZ"]],
  [["emea"], [...EUROPE, ...MIDDLE_EAST, ...AFRICA.filter((c) => c !== "EG")]],
  [["eu", "european union"], EU],
  [["europe", "european"], EUROPE],
  [["western europe"], ["GB", "IE", "FR", "DE", "NL", "BE", "LU", "CH", "AT"]],
  [
    ["cee", "central and eastern europe", "eastern europe"],
    ["PL", "CZ", "SK", "HU", "RO", "BG", "HR", "SI", "EE", "LV", "LT"],
  ],
  [["southern europe"], ["ES", "PT", "IT", "GR", "MT", "CY"]],
  [["latam", "latin america", "south america"], LATAM],
  [["central america"], ["MX", "GT", "BZ", "HN", "SV", "NI", "CR", "PA"]],
  [["apac", "asia pacific", "asia-pacific"], APAC],
  [
    ["southeast asia", "south east asia", "sea region", "asean"],
    SOUTHEAST_ASIA,
  ],
  [["africa", "sub saharan africa"], AFRICA],
];

/**
 * Country adjectives and short forms that country-name lists miss.
 * "American" is read as the United States, the common sales usage.
 */
export const COUNTRY_WORDS: Record<string, string> = {
  american: "US",
  us: "US",
  usa: "US",
  "u s": "US",
  "united states of america": "US",
  "the states": "US",
  america: "US",
  canadian: "CA",
  mexican: "MX",
  british: "GB",
  uk: "GB",
  "great britain": "GB",
  britain: "GB",
  england: "GB",
  english: "GB",
  scotland: "GB",
  scottish: "GB",
  wales: "GB",
  welsh: "GB",
  irish: "IE",
  german: "DE",
  french: "FR",
  spanish: "ES",
  portuguese: "PT",
  italian: "IT",
  dutch: "NL",
  holland: "NL",
  belgian: "BE",
  swiss: "CH",
  austrian: "AT",
  swedish: "SE",
  norwegian: "NO",
  danish: "DK",
  finnish: "FI",
  icelandic: "IS",
  polish: "PL",
  czech: "CZ",
  "czech republic": "CZ",
  hungarian: "HU",
  romanian: "RO",
  greek: "GR",
  turkish: "TR",
  israeli: "IL",
  emirati: "AE",
  uae: "AE",
  saudi: "SA",
  ksa: "SA",
  "south african": "ZA",
  nigerian: "NG",
  kenyan: "KE",
  egyptian: "EG",
  indian: "IN",
  chinese: "CN",
  japanese: "JP",
  korean: "KR",
  "south korean": "KR",
  singaporean: "SG",
  australian: "AU",
  aussie: "AU",
  "new zealand": "NZ",
  kiwi: "NZ",
  brazilian: "BR",
  argentinian: "AR",
  argentine: "AR",
  chilean: "CL",
  colombian: "CO",
  peruvian: "PE",
  indonesian: "ID",
  malaysian: "MY",
  filipino: "PH",
  thai: "TH",
  vietnamese: "VN",
  estonian: "EE",
  latvian: "LV",
  lithuanian: "LT",
  ukrainian: "UA",
  "hong kong": "HK",
  taiwanese: "TW",
  luxembourgish: "LU",
};

/**
 * Adjectives that are also ordinary words or language names in a role
 * context ("English teachers", "French speakers"); they count only when
 * written with a capital and followed by a company noun or "-based".
 */
export const WEAK_COUNTRY_WORDS = new Set([
  "english",
  "french",
  "spanish",
  "german",
  "portuguese",
  "italian",
  "dutch",
  "chinese",
  "japanese",
  "korean",
  "thai",
  "kiwi",
  "american",
  "indian",
  "polish",
  "greek",
  "turkish",
  "swiss",
  "danish",
  "european",
  "north american",
  "nordic",
]);

/** US and Canadian regions, as states and provinces. */
export const STATE_REGIONS: [string[], string[]][] = [
  [["west coast"], ["US-CA", "US-OR", "US-WA"]],
  [
    ["east coast", "eastern seaboard"],
    [
      "US-ME",
      "US-NH",
      "US-MA",
      "US-RI",
      "US-CT",
      "US-NY",
      "US-NJ",
      "US-DE",
      "US-MD",
      "US-DC",
      "US-VA",
      "US-NC",
      "US-SC",
      "US-GA",
      "US-FL",
    ],
  ],
  [
    ["midwest", "mid west", "midwestern"],
    [
      "US-IL",
      "US-IN",
      "US-IA",
      "US-KS",
      "US-MI",
      "US-MN",
      "US-MO",
      "US-NE",
      "US-ND",
      "US-OH",
      "US-SD",
      "US-WI",
    ],
  ],
  [["new england"], ["US-CT", "US-ME", "US-MA", "US-NH", "US-RI", "US-VT"]],
  [
    ["pacific northwest", "pnw"],
    ["US-WA", "US-OR"],
  ],
  [
    ["the carolinas", "carolinas"],
    ["US-NC", "US-SC"],
  ],
  [
    ["southeast", "south east", "southeastern", "the south"],
    [
      "US-FL",
      "US-GA",
      "US-NC",
      "US-SC",
      "US-TN",
      "US-AL",
      "US-MS",
      "US-VA",
      "US-KY",
      "US-LA",
      "US-AR",
    ],
  ],
  [
    ["northeast", "north east", "northeastern"],
    [
      "US-ME",
      "US-NH",
      "US-VT",
      "US-MA",
      "US-RI",
      "US-CT",
      "US-NY",
      "US-NJ",
      "US-PA",
    ],
  ],
  [
    ["southwest", "south west", "southwestern"],
    ["US-AZ", "US-NM", "US-TX", "US-OK", "US-NV"],
  ],
  [
    ["mid atlantic", "midatlantic"],
    ["US-NY", "US-NJ", "US-PA", "US-DE", "US-MD", "US-DC", "US-VA"],
  ],
  [
    ["mountain west", "rocky mountains"],
    ["US-CO", "US-UT", "US-ID", "US-MT", "US-WY", "US-NV", "US-AZ", "US-NM"],
  ],
  [
    ["the dakotas", "dakotas"],
    ["US-ND", "US-SD"],
  ],
  [
    ["tri state area", "tri state region"],
    ["US-NY", "US-NJ", "US-CT"],
  ],
  [
    ["southern california", "northern california", "socal", "norcal"],
    ["US-CA"],
  ],
  [
    ["atlantic canada", "the maritimes", "maritimes"],
    ["CA-NB", "CA-NS", "CA-PE", "CA-NL"],
  ],
  [
    ["the prairies", "prairies", "prairie provinces"],
    ["CA-AB", "CA-SK", "CA-MB"],
  ],
];

/**
 * Metro areas by their usual names; the taxonomy resolves them to a state
 * (or a country) the way it reads lead locations.
 */
export const METRO_NAMES = [
  "bay area",
  "sf bay area",
  "san francisco bay area",
  "silicon valley",
  "dfw",
  "chicagoland",
  "twin cities",
  "research triangle",
  "gta",
  "greater toronto area",
  "south florida",
  "delhi ncr",
  "randstad",
];
