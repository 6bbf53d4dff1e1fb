import { sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";

import { compileIcp, MEDIUM_FIT_THRESHOLD } from "@/lib/scoring";
import type { CompiledIcp, CriterionKey, IcpCriteria } from "@/lib/scoring";

/**
 * A compiled ICP as plain data: what the SQL mirror of `scoreLead` needs,
 * small enough to travel in every queue message of a scoring run.
 */
export type ScoreSqlParams = {
  /** The ICP's criteria in scoring order. */
  criteria: {
    key: CriterionKey;
    weight: number;
    /** Values a lead's field must equal (role keys for job titles). */
    values: string[];
    /** Lower-cased values also matched ignoring case, when any. */
    folded: string[] | null;
  }[];
  totalWeight: number;
  highFitThreshold: number;
  mediumFitThreshold: number;
};

export function scoreSqlParams(compiled: CompiledIcp): ScoreSqlParams {
  const criteria = compiled.criteria.map((c) => ({
    key: c.key,
    weight: c.weight,
    values: c.key === "jobTitle" ? [...c.set] : [...c.exact],
    folded: c.folded ? [...c.set] : null,
  }));
  const high = compiled.highFitThreshold;
  return {
    criteria,
    totalWeight: compiled.totalWeight,
    highFitThreshold: high,
    // As fitOf: medium from the medium bound or the high one, if lower.
    mediumFitThreshold: Math.min(MEDIUM_FIT_THRESHOLD, high),
  };
}

export function scoreSqlParamsOf(icp: IcpCriteria): ScoreSqlParams {
  return scoreSqlParams(compileIcp(icp));
}

const float = (n: number) => sql`${n}::float8`;
const textArray = (values: string[]) => sql`${sql.param(values)}::text[]`;

/**
 * Whether lead `l` has data for the criterion, and whether it matches.
 * Each mirrors scoreLead: values compare exactly (lead and ICP values are
 * both canonical); a job title is known when the lead has a title and a
 * role key; technologies match on any overlap, ignoring case too when the
 * ICP names one the taxonomy does not know, and an empty technology list
 * is known (a miss) while a null one is unknown.
 */
function criterionSql(c: ScoreSqlParams["criteria"][number]) {
  const set = textArray(c.values);
  const scalar = (column: SQL) => ({
    known: sql`${column} IS NOT NULL`,
    matched: sql`${column} = ANY(${set})`,
  });
  switch (c.key) {
    case "jobTitle":
      return {
        known: sql`l.title IS NOT NULL AND l.role_key IS NOT NULL`,
        matched: sql`l.title IS NOT NULL AND l.role_key = ANY(${set})`,
      };
    case "technologies": {
      const exact = sql`l.technologies && ${set}`;
      return {
        known: sql`l.technologies IS NOT NULL`,
        // Lower-cases every element at once through the array's text form.
        matched: c.folded
          ? sql`(${exact} OR lower(l.technologies::text)::text[]
              && ${textArray(c.folded)})`
          : exact,
      };
    }
    case "industry":
      return scalar(sql`l.industry`);
    case "companySize":
      return scalar(sql`l.company_size`);
    case "department":
      return scalar(sql`l.department`);
    case "seniority":
      return scalar(sql`l.seniority`);
    case "country":
      return scalar(sql`l.country`);
    case "state":
      return scalar(sql`l.state`);
    case "city":
      return scalar(sql`l.city`);
  }
}

/**
 * A subquery over a row `l` of leads (or anything with the same columns)
 * giving `score` (integer 0-100) and `fit`, equal to scoreLead's for the
 * lead stored in that row. Use it as `CROSS JOIN LATERAL (…) sc`.
 *
 * The arithmetic follows scoreLead step by step in float8 (IEEE doubles,
 * like JavaScript numbers), with weights summed in the same order, and
 * rounds as Math.round does (half up), so the results are identical.
 */
export function scoredLeadSql(params: ScoreSqlParams): SQL {
  const known: SQL[] = [sql`0::float8`];
  const matched: SQL[] = [sql`0::float8`];
  for (const c of params.criteria) {
    const parts = criterionSql(c);
    const w = float(c.weight);
    known.push(sql`(CASE WHEN ${parts.known} THEN ${w} ELSE 0::float8 END)`);
    matched.push(
      sql`(CASE WHEN ${parts.matched} THEN ${w} ELSE 0::float8 END)`,
    );
  }
  const total = float(params.totalWeight);
  // OFFSET 0 keeps the planner from inlining the sums into every place
  // the arithmetic above them uses them: each is computed once per lead.
  return sql`
    SELECT r.score,
      CASE WHEN r.score >= ${params.highFitThreshold} THEN 'high'
        WHEN r.score >= ${params.mediumFitThreshold} THEN 'medium'
        ELSE 'low' END AS fit
    FROM (
      SELECT (CASE WHEN x.v IS NULL THEN 0
        WHEN x.v - floor(x.v) >= 0.5::float8 THEN floor(x.v) + 1
        ELSE floor(x.v) END)::int AS score
      FROM (
        SELECT ${sql.join(known, sql` + `)} AS known,
          ${sql.join(matched, sql` + `)} AS matched
        OFFSET 0
      ) w
      CROSS JOIN LATERAL (
        SELECT 100::float8 * (w.matched / nullif(w.known, 0::float8))
          * (0.75::float8 + 0.25::float8
             * (w.known / nullif(${total}, 0::float8))) AS v
      ) x
    ) r`;
}
