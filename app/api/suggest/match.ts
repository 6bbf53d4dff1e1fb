import { foldKey } from "@/lib/taxonomy/text";

export type Suggestion = { value: string; label: string };

/**
 * A suggestion with the folded words it can be found by; the first key is
 * its label, which wins a tie against a synonym.
 */
export type Candidate = Suggestion & { keys: string[] };

export function candidate(
  value: string,
  label: string,
  also: readonly string[] = [],
): Candidate {
  const keys = new Set([label, value, ...also].map(foldKey).filter(Boolean));
  return { value, label, keys: [...keys] };
}

function matchRank(key: string, query: string): number {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  if (key.includes(` ${query}`)) return 2;
  return key.includes(query) ? 3 : Infinity;
}

/**
 * The best `limit` candidates for a query: exact, then prefix, then word
 * prefix, then substring, over every key (synonyms and codes included),
 * the label ahead of a synonym matching as well; remaining ties keep the
 * source order.
 */
export function rankCandidates(
  candidates: readonly Candidate[],
  query: string,
  limit: number,
): Suggestion[] {
  const q = foldKey(query);
  if (!q) {
    return candidates.slice(0, limit).map(({ value, label }) => ({
      value,
      label,
    }));
  }
  const ranked: { c: Candidate; rank: number; index: number }[] = [];
  candidates.forEach((c, index) => {
    let rank = Infinity;
    c.keys.forEach((key, i) => {
      rank = Math.min(rank, matchRank(key, q) * 2 + (i === 0 ? 0 : 1));
    });
    if (rank !== Infinity) ranked.push({ c, rank, index });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const { c } of ranked) {
    if (seen.has(c.value)) continue;
    seen.add(c.value);
    out.push({ value: c.value, label: c.label });
    if (out.length >= limit) break;
  }
  return out;
}
