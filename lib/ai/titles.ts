import { parseTitle } from "@/lib/taxonomy";

const TITLE_FILLER = new Set(["of", "the", "and", "a", "for"]);

function titleWords(s: string): Set<string> {
  const words = s
    .toLowerCase()
    .replace(/vice[\s-]+president/g, "vp")
    .replace(/&/g, " and ")
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((w) => w && !TITLE_FILLER.has(w));
  return new Set(words);
}

/**
 * The title to show: the taxonomy's canonical role when it keeps every word
 * the user wrote ("Director of Sales" -> "Sales Director"), the written
 * title otherwise ("Head of Compliance" stays, though it parses to the
 * same role key as "Head of Legal", so matching is unchanged).
 */
export function displayTitle(written: string): string {
  const title = written.replace(/\s+/g, " ").trim();
  const canonical = parseTitle(title).role;
  if (!canonical) return title;
  const have = titleWords(canonical);
  const kept = [...titleWords(title)].every((w) => have.has(w));
  return kept ? canonical : title;
}
