"use client";

import { FlaskConical } from "lucide-react";
import { useState, useTransition } from "react";
import { toast } from "sonner";

import { testLeadAction } from "@/app/(app)/icps/actions";
import type { TestLeadInput } from "@/app/(app)/icps/test-lead-schema";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { ScoreResult } from "@/lib/scoring/types";

import { ScoreExplanation } from "./score-explanation";
import { TEST_LEAD_FIELDS } from "./test-lead-fields";

type Props = {
  icpId: string;
  /** The scoring formula, in words. */
  formula: string;
};

const EMPTY = Object.fromEntries(
  TEST_LEAD_FIELDS.map((f) => [f.key, ""]),
) as Required<TestLeadInput>;

/**
 * Scores one typed-in lead against the ICP on the server, exactly as an
 * imported lead would be, and explains the result. Nothing is stored.
 */
export function TestLeadPanel({ icpId, formula }: Props) {
  const [lead, setLead] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [result, setResult] = useState<ScoreResult | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const res = await testLeadAction({ id: icpId, lead });
      if (!res.ok) {
        const fieldErrors: Record<string, string[]> = {};
        for (const [key, messages] of Object.entries(
          res.error.fieldErrors ?? {},
        )) {
          fieldErrors[key.replace(/^lead\./, "")] = messages;
        }
        setErrors(fieldErrors);
        toast.error(res.error.message);
        return;
      }
      setErrors({});
      setResult(res.data);
      toast.success(`Scored ${res.data.score} / 100`);
    });
  }

  return (
    <section
      aria-labelledby="test-lead-heading"
      className="grid gap-4 rounded-xl border p-6"
    >
      <div className="grid gap-1">
        <h2 id="test-lead-heading" className="text-lg font-semibold">
          Test a lead
        </h2>
        <p className="text-sm text-muted-foreground">
          Type what you know about one lead, as it might appear in a CSV. It is
          read and scored exactly like an imported lead, and not saved.
        </p>
      </div>
      <form onSubmit={submit} noValidate className="grid gap-4">
        <div className="grid gap-4 sm:grid-cols-2">
          {TEST_LEAD_FIELDS.map((f) => (
            <FormField
              key={f.key}
              label={f.label}
              id={`test-lead-${f.key}`}
              error={errors[f.key]}
            >
              <Input
                value={lead[f.key]}
                placeholder={f.placeholder}
                autoComplete="off"
                onChange={(e) =>
                  setLead((current) => ({
                    ...current,
                    [f.key]: e.target.value,
                  }))
                }
              />
            </FormField>
          ))}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={pending}>
            <FlaskConical aria-hidden="true" />
            {pending ? "Scoring…" : "Score lead"}
          </Button>
          <Button
            type="button"
            variant="outline"
            disabled={pending}
            onClick={() => {
              setLead(EMPTY);
              setErrors({});
              setResult(null);
            }}
          >
            Clear
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {result ? (
          <ScoreExplanation
            result={result}
            className="border-t pt-4"
            footnote={<p>{formula}</p>}
          />
        ) : null}
      </div>
      {result ? null : (
        <p className="text-xs text-muted-foreground">{formula}</p>
      )}
    </section>
  );
}
