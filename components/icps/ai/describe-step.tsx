"use client";

import { Loader2, Sparkles } from "lucide-react";
import * as React from "react";

import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/utils";

import { EXAMPLE_PROMPTS } from "./description-rules";
import type { DescriptionLimits } from "./description-rules";

const count = new Intl.NumberFormat("en-US");

const PLACEHOLDER =
  "e.g. Mid-sized logistics companies in Germany, selling to heads of " +
  "operations";

const CHIP_CLASS = cn(
  "rounded-full border border-ai/30 bg-ai-muted px-3 py-1 text-left",
  "text-xs text-ai transition-colors hover:border-ai/60",
  "focus-visible:outline-2 focus-visible:outline-offset-2",
  "focus-visible:outline-ring disabled:opacity-50",
);

type Props = {
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  limits: DescriptionLimits;
  pending: boolean;
  /** One line on which engine will write the draft. */
  engineHint: string;
  onGenerate: () => void;
};

export function DescribeStep(props: Props) {
  const { value, onChange, error, limits, pending } = props;
  const textareaRef = React.useRef<HTMLTextAreaElement>(null);
  const length = value.trim().length;
  const over = length > limits.max;

  return (
    <form
      noValidate
      className="grid gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        props.onGenerate();
      }}
    >
      <FormField
        label="Describe your ideal customer"
        id="ai-description"
        error={error}
        description={
          <span className="flex flex-wrap justify-between gap-2">
            <span>
              Industry, company size, places, and the people you sell to.
            </span>
            <span
              data-testid="ai-description-count"
              className={over ? "font-medium text-destructive" : undefined}
            >
              {count.format(length)} / {count.format(limits.max)} characters
            </span>
          </span>
        }
      >
        <Textarea
          ref={textareaRef}
          value={value}
          rows={4}
          autoFocus
          disabled={pending}
          placeholder={PLACEHOLDER}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            // Ctrl/Cmd+Enter generates, as in most prompt boxes.
            if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
              event.preventDefault();
              props.onGenerate();
            }
          }}
        />
      </FormField>

      <div className="grid gap-2">
        <p id="ai-examples-heading" className="text-sm font-medium">
          Examples
        </p>
        <ul
          aria-labelledby="ai-examples-heading"
          className="flex flex-wrap gap-2"
        >
          {EXAMPLE_PROMPTS.map((example) => (
            <li key={example}>
              <button
                type="button"
                disabled={pending}
                className={CHIP_CLASS}
                onClick={() => {
                  onChange(example);
                  textareaRef.current?.focus();
                }}
              >
                {example}
              </button>
            </li>
          ))}
        </ul>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-xs text-muted-foreground">{props.engineHint}</p>
        <Button type="submit" variant="ai" disabled={pending}>
          {pending ? (
            <Loader2 aria-hidden="true" className="animate-spin" />
          ) : (
            <Sparkles aria-hidden="true" />
          )}
          {pending ? "Generating…" : "Generate"}
        </Button>
      </div>
    </form>
  );
}
