import { TECHNOLOGIES } from "@/lib/taxonomy";

import {
  claim,
  clauseBreak,
  PhraseIndex,
  type Claims,
  type Token,
} from "./text";

/**
 * Technologies in free text. Product names come from the technology
 * taxonomy. Many are also English words ("Close", "Segment", "Toast"), so a
 * name counts only when the sentence says the company uses it ("using X",
 * "who run X", "X shops"), or when it is written exactly as the product is
 * spelled and is not an ordinary word.
 */

/** Product names that are ordinary English words or common names. */
const COMMON_WORDS = new Set([
  "affinity",
  "affirm",
  "apollo",
  "apple",
  "aurora",
  "autopilot",
  "bill",
  "block",
  "bootstrap",
  "box",
  "buffer",
  "census",
  "chef",
  "chorus",
  "chrome",
  "close",
  "clover",
  "consul",
  "copper",
  "dart",
  "drift",
  "dynamics",
  "elastic",
  "epic",
  "exchange",
  "express",
  "flask",
  "flutter",
  "front",
  "go",
  "groove",
  "guru",
  "gusto",
  "heap",
  "illustrator",
  "lambda",
  "lattice",
  "lever",
  "lightspeed",
  "linear",
  "loom",
  "make",
  "micros",
  "mode",
  "notion",
  "outreach",
  "outlook",
  "paddle",
  "phoenix",
  "puppet",
  "qualified",
  "rails",
  "react",
  "recharge",
  "reply",
  "ruby",
  "rust",
  "sage",
  "sanity",
  "segment",
  "seismic",
  "sift",
  "sketch",
  "slack",
  "spark",
  "spring",
  "square",
  "stitch",
  "swift",
  "tailwind",
  "teams",
  "toast",
  "tray",
  "unity",
  "unreal",
  "vault",
  "windows",
  "zoom",
  "greenhouse",
  "sentry",
  "prometheus",
  "ramp",
  "domo",
  "creo",
  "infor",
  "mux",
  "hopin",
  "momentive",
  "deel",
  "monday",
  "quick",
  "zeit",
  "reply",
  "marketing cloud",
  "service cloud",
  "commerce cloud",
  "sales cloud",
  "account engagement",
  "live chat",
  "business central",
  "data studio",
]);

/** Capitalised short forms that are also other acronyms ("GTM"). */
const AMBIGUOUS_CAPS = new Set([
  "GTM",
  "AD",
  "WP",
  "IFS",
  "EMC",
  "JDA",
  "OCI",
  "ELK",
  "GCE",
  "JSM",
  "PTC",
  "RDS",
  "S3",
  "EC2",
  "G2",
  "AI",
  "ML",
  "GA",
  "BI",
  "IT",
  "CX",
  "ON24",
]);

type TechEntry = { name: string; alias: string; common: boolean };

const index = (() => {
  const idx = new PhraseIndex<TechEntry>();
  for (const { name, aliases } of TECHNOLOGIES) {
    for (const alias of [name, ...aliases]) {
      const lower = alias.toLowerCase();
      const common =
        COMMON_WORDS.has(lower) ||
        AMBIGUOUS_CAPS.has(alias) ||
        alias.length <= 2;
      idx.addPhrase(alias, { name, alias, common });
    }
  }
  return idx;
})();

/** Words after which a list of technologies follows. */
const TRIGGERS = [
  "using",
  "use",
  "uses",
  "used",
  "who use",
  "that use",
  "which use",
  "running",
  "run",
  "runs",
  "running on",
  "built on",
  "build on",
  "building on",
  "powered by",
  "users of",
  "customers of",
  "clients of",
  "on",
  "with",
  "stack includes",
  "stack including",
  "tech stack",
  "invested in",
  "have",
  "has",
  "already use",
  "currently use",
  "currently using",
  "already using",
  "rely on",
  "relying on",
  "leveraging",
  "leverage",
  "adopted",
  "adopting",
  "deployed",
  "migrating to",
  "migrating from",
  "moving to",
];

/** Triggers that only take known product names, never unknown words. */
const WEAK_TRIGGERS = new Set(["on", "with", "have", "has"]);

const triggerIndex = new PhraseIndex<string>();
for (const t of TRIGGERS) triggerIndex.addPhrase(t, t);

/** Filler between a trigger and the first product: "tools like". */
const FILLER = new Set([
  "a",
  "an",
  "the",
  "tools",
  "tool",
  "like",
  "such",
  "as",
  "either",
  "platforms",
  "platform",
  "software",
  "products",
  "e",
  "g",
  "eg",
  "crm",
  "crms",
  "solutions",
  "for",
  "example",
  "including",
  "modern",
  "cloud",
  "data",
  "warehouses",
  "warehouse",
  "stacks",
  "their",
  "its",
]);

/** Nouns after a product that say the company uses it: "Shopify stores". */
const USER_NOUNS = new Set([
  "users",
  "user",
  "customers",
  "customer",
  "shops",
  "shop",
  "stores",
  "merchants",
  "clients",
  "admins",
  "administrators",
  "stack",
  "based",
  "powered",
  "ecosystem",
  "instance",
  "instances",
  "implementations",
  "installations",
  "install",
  "orgs",
  "teams",
  "partners",
  "sellers",
]);

const CONNECT = new Set(["and", "or", "plus", "nor", "and/or"]);

function capitalised(t: Token): boolean {
  const c = t.raw[0] ?? "";
  return c !== c.toLowerCase();
}

function exactSpelling(
  tokens: Token[],
  from: number,
  to: number,
  alias: string,
) {
  const written = tokens
    .slice(from, to)
    .map((t) => t.raw)
    .join(" ");
  const norm = (s: string) => s.replace(/[^\p{L}\p{N}+#]+/gu, " ").trim();
  return norm(written) === norm(alias);
}

function sentenceStart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return i === 0 || Boolean(t && /[.!?]\s*$/.test(t.before));
}

/**
 * Reads technologies and marks their tokens claimed. `isOtherTerm` tells
 * unknown capitalised words after "using" apart from places ("in Texas").
 */
export function extractTechnologies(
  tokens: Token[],
  claimed: Claims,
  isOtherTerm: (phrase: string) => boolean,
): string[] {
  const found: string[] = [];
  const take = (name: string, from: number, to: number) => {
    claim(claimed, from, to, "tech");
    if (!found.includes(name)) found.push(name);
  };

  // 1. Lists after a trigger: "using Salesforce, HubSpot or Marketo".
  for (let i = 0; i < tokens.length; i++) {
    const trig = triggerIndex.matchAt(tokens, i, claimed);
    if (!trig) continue;
    const weak = WEAK_TRIGGERS.has(trig.value);
    let at = trig.to;
    let taken = 0;
    for (let guard = 0; guard < 12; guard++) {
      const t = tokens[at];
      if (!t || claimed[at] || (at > trig.to && clauseBreak(t))) break;
      const m = index.matchAt(tokens, at, claimed);
      if (m) {
        const ok =
          !m.value.common ||
          (capitalised(t) &&
            exactSpelling(tokens, m.from, m.to, m.value.alias));
        if (!ok) break;
        take(m.value.name, m.from, m.to);
        taken++;
        at = m.to;
        continue;
      }
      if (taken === 0 && FILLER.has(t.norm)) {
        at++;
        continue;
      }
      if (taken > 0 && (CONNECT.has(t.norm) || FILLER.has(t.norm))) {
        at++;
        continue;
      }
      // An unknown product name: capitalised, not a place or other term.
      if (
        !weak &&
        capitalised(t) &&
        !sentenceStart(tokens, at) &&
        !(t.raw === t.raw.toUpperCase() && t.raw.length <= 3) &&
        !isOtherTerm(t.raw)
      ) {
        let end = at + 1;
        while (
          tokens[end] &&
          !claimed[end] &&
          capitalised(tokens[end]!) &&
          /^\s+$/.test(tokens[end]!.before) &&
          !isOtherTerm(tokens[end]!.raw)
        ) {
          end++;
        }
        const name = tokens
          .slice(at, end)
          .map((x) => x.raw)
          .join(" ");
        take(name, at, end);
        taken++;
        at = end;
        continue;
      }
      break;
    }
    if (taken > 0) {
      claim(claimed, trig.from, trig.to, "tech");
    }
  }

  // 2. Product names followed by a user noun, or spelled as the product.
  for (let i = 0; i < tokens.length; i++) {
    const m = index.matchAt(tokens, i, claimed);
    if (!m) continue;
    const t = tokens[i]!;
    const exact = exactSpelling(tokens, m.from, m.to, m.value.alias);
    const next = tokens[m.to];
    const userNoun = Boolean(
      next && USER_NOUNS.has(next.norm) && !clauseBreak(next),
    );
    const ok = m.value.common
      ? exact && userNoun && !sentenceStart(tokens, i)
      : exact || userNoun;
    if (ok && (capitalised(t) || !m.value.common)) {
      take(m.value.name, m.from, m.to);
      i = m.to - 1;
    }
  }
  return found;
}
