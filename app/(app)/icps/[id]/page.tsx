import { Pencil, Star } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { BackLink } from "@/components/icps/back-link";
import { formatCount, formatRate } from "@/components/icps/icp-card-data";
import { criterionGroups } from "@/components/icps/icp-summary";
import { TestLeadPanel } from "@/components/icps/test-lead-panel";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  CRITERION_FIELDS,
  CRITERION_KEYS,
  CRITERION_LABELS,
  DEFAULT_WEIGHTS,
  SCORE_FORMULA,
} from "@/lib/scoring";

import { loadTeamIcp } from "./load-icp";

type Params = Promise<{ id: string }>;

export async function generateMetadata(props: {
  params: Params;
}): Promise<Metadata> {
  const { icp } = await loadTeamIcp((await props.params).id);
  return { title: icp.name };
}

export default async function IcpPage(props: { params: Params }) {
  const { icp } = await loadTeamIcp((await props.params).id);
  const groups = criterionGroups(icp);
  const weights = { ...DEFAULT_WEIGHTS, ...icp.weights };

  return (
    <div className="mx-auto grid max-w-5xl gap-8">
      <div className="grid gap-3">
        <BackLink href="/icps">ICPs</BackLink>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="grid gap-2">
            <h1 className="text-2xl font-semibold tracking-tight break-words">
              {icp.name}
            </h1>
            <div className="flex flex-wrap items-center gap-1.5">
              {icp.active ? (
                <Badge variant="outline">
                  <span
                    aria-hidden="true"
                    className="size-1.5 rounded-full bg-success"
                  />
                  Active
                </Badge>
              ) : (
                <Badge variant="secondary">Inactive</Badge>
              )}
              {icp.isDefault ? (
                <Badge>
                  <Star aria-hidden="true" className="fill-current" />
                  Default
                </Badge>
              ) : null}
              <span className="text-xs text-muted-foreground">
                Version {icp.version}
              </span>
            </div>
          </div>
          <Button asChild>
            <Link href={`/icps/${icp.id}/edit`}>
              <Pencil aria-hidden="true" />
              Edit
            </Link>
          </Button>
        </div>
        {icp.description ? (
          <p className="max-w-prose text-muted-foreground">{icp.description}</p>
        ) : null}
      </div>

      <dl className="grid grid-cols-3 gap-4 rounded-xl border p-4 sm:max-w-xl">
        <Stat label="Leads Scored" value={formatCount(icp.stats.leadsScored)} />
        <Stat
          label="High-Fit Leads"
          value={formatCount(icp.stats.highFitLeads)}
        />
        <Stat
          label="Conversion Rate"
          value={formatRate(icp.stats.conversionRate)}
        />
      </dl>

      {icp.idealCustomerDescription ? (
        <section aria-labelledby="icp-ideal-heading" className="grid gap-2">
          <h2 id="icp-ideal-heading" className="text-lg font-semibold">
            Ideal customer
          </h2>
          <p className="max-w-prose text-sm whitespace-pre-line">
            {icp.idealCustomerDescription}
          </p>
        </section>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-2">
        <section
          aria-labelledby="icp-criteria-heading"
          className="grid content-start gap-4"
        >
          <h2 id="icp-criteria-heading" className="text-lg font-semibold">
            Criteria
          </h2>
          <dl className="grid gap-4">
            {groups.map((g) => (
              <div key={g.key} className="grid gap-1.5">
                <dt className="text-sm font-medium">{g.label}</dt>
                <dd>
                  {g.values.length ? (
                    <ul aria-label={g.label} className="flex flex-wrap gap-1.5">
                      {g.values.map((v) => (
                        <li key={v}>
                          <Badge variant="secondary" className="font-normal">
                            {v}
                          </Badge>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-sm text-muted-foreground">
                      Any (not scored)
                    </span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>

        <section
          aria-labelledby="icp-scoring-heading"
          className="grid content-start gap-4"
        >
          <h2 id="icp-scoring-heading" className="text-lg font-semibold">
            Scoring
          </h2>
          <p className="text-sm">
            Leads scoring{" "}
            <strong className="font-semibold">{icp.highFitThreshold}</strong> or
            more are high-fit.
          </p>
          <table className="w-full text-sm">
            <caption className="sr-only">Criterion weights</caption>
            <thead>
              <tr className="border-b text-left">
                <th scope="col" className="py-1.5 font-medium">
                  Criterion
                </th>
                <th scope="col" className="py-1.5 text-right font-medium">
                  Weight
                </th>
              </tr>
            </thead>
            <tbody>
              {CRITERION_KEYS.map((key) => {
                const used = icp[CRITERION_FIELDS[key]].length > 0;
                return (
                  <tr key={key} className="border-b last:border-0">
                    <th scope="row" className="py-1.5 text-left font-normal">
                      {CRITERION_LABELS[key]}
                      {used ? null : (
                        <span className="text-muted-foreground">
                          {" "}
                          (not set)
                        </span>
                      )}
                    </th>
                    <td className="py-1.5 text-right tabular-nums">
                      {weights[key]}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      </div>

      <TestLeadPanel icpId={icp.id} formula={SCORE_FORMULA} />
    </div>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
