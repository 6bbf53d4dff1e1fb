"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import * as React from "react";
import { toast } from "sonner";

import { createIcpAction, updateIcpAction } from "@/app/(app)/icps/actions";
import { AiFitCheckField } from "@/components/icps/ai/ai-fit-check-field";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { MultiCombobox } from "@/components/ui/multi-combobox";
import type {
  LabelResolver,
  SuggestionLoader,
} from "@/components/ui/multi-combobox";
import { Switch } from "@/components/ui/switch";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { Textarea } from "@/components/ui/textarea";
import type { IcpFieldsInput } from "@/lib/icps/schema";
import { cn } from "@/lib/utils";

import {
  completeIcpFormValues,
  definedOnly,
  ICP_FORM_TABS,
  tabOfField,
} from "./icp-form-values";
import type {
  IcpFormConfig,
  IcpFormTab,
  IcpFormValues,
  IcpListField,
} from "./icp-form-values";

/** Lets another component (the AI draft dialog) fill the form. */
export type IcpFormApi = {
  /** Merges a partial draft into the form; nothing is saved. */
  setValues: (patch: Partial<IcpFormValues>) => void;
  getValues: () => IcpFormValues;
  /** Back to the values the form started with. */
  reset: () => void;
};

type Props = {
  config: IcpFormConfig;
  mode: "create" | "edit";
  /** Required in edit mode. */
  icpId?: string;
  initialValues?: Partial<IcpFormValues>;
  /** Called once after mount with the form's programmatic API. */
  onReady?: (api: IcpFormApi) => void;
  /** Each partial draft it yields is merged in as it arrives. */
  draftStream?: AsyncIterable<Partial<IcpFormValues>>;
  cancelHref?: string;
  /** Replaces the Cancel link, e.g. to close the dialog the form is in. */
  onCancel?: () => void;
  /** After a successful save; by default the ICP's page opens. */
  onSaved?: (icp: { id: string; name: string }) => void;
};

type FieldErrors = Record<string, string[]>;

/** Number fields are edited as text so a cleared input stays cleared. */
type Draft = Omit<IcpFormValues, "weights" | "highFitThreshold"> & {
  weights: Record<string, string>;
  highFitThreshold: string;
};

const FIELD_ORDER = [
  "name",
  "description",
  "idealCustomerDescription",
  "active",
  "highFitThreshold",
  "weights",
  "industries",
  "companySizes",
  "technologies",
  "jobTitles",
  "departments",
  "seniorities",
  "countries",
  "states",
  "cities",
];

function toDraft(values: IcpFormValues): Draft {
  return {
    ...values,
    weights: Object.fromEntries(
      Object.entries(values.weights).map(([k, v]) => [k, String(v)]),
    ),
    highFitThreshold: String(values.highFitThreshold),
  };
}

function parseNumber(text: string): number | null {
  if (text.trim() === "") return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** Values to send, or the number fields that cannot be read. */
function fromDraft(
  draft: Draft,
  config: IcpFormConfig,
): { values: IcpFormValues; errors: FieldErrors | null } {
  const errors: FieldErrors = {};
  const weights: Record<string, number> = {};
  for (const c of config.criteria) {
    const n = parseNumber(draft.weights[c.key] ?? "");
    if (n === null || n < 0 || n > 10) {
      errors[`weights.${c.key}`] = [`${c.label} weight is between 0 and 10`];
    } else {
      weights[c.key] = n;
    }
  }
  const threshold = parseNumber(draft.highFitThreshold);
  if (
    threshold === null ||
    !Number.isInteger(threshold) ||
    threshold < 1 ||
    threshold > 100
  ) {
    errors.highFitThreshold = ["High-fit threshold is a whole number 1–100"];
  }
  const values: IcpFormValues = {
    ...draft,
    weights,
    highFitThreshold: threshold ?? config.defaultThreshold,
  };
  return { values, errors: Object.keys(errors).length ? errors : null };
}

function fieldId(field: string): string {
  if (field.startsWith("weights.")) return `icp-weight-${field.slice(8)}`;
  if (field === "companySizes" || field === "seniorities") {
    return `icp-${field}-0`;
  }
  return `icp-${field}`;
}

/**
 * Focuses a field once it is on screen and enabled: after a tab switch its
 * panel mounts a frame or two later, and during a save it is disabled.
 */
function focusWhenReady(id: string, frames = 60) {
  const el = document.getElementById(id) as HTMLInputElement | null;
  if (el && !el.disabled) {
    el.focus();
    return;
  }
  if (frames > 0) requestAnimationFrame(() => focusWhenReady(id, frames - 1));
}

function firstErrorField(errors: FieldErrors): string | undefined {
  const keys = Object.keys(errors).filter((k) => k !== "_form");
  return keys.sort(
    (a, b) => rank(a.split(".")[0]!) - rank(b.split(".")[0]!),
  )[0];
}

function rank(field: string): number {
  const i = FIELD_ORDER.indexOf(field);
  return i === -1 ? FIELD_ORDER.length : i;
}

function suggestFrom(
  field: string,
  context: Record<string, readonly string[]> = {},
): SuggestionLoader {
  return async (q, { signal }) => {
    const params = new URLSearchParams({ field, q });
    for (const [key, list] of Object.entries(context)) {
      if (list.length) params.set(key, list.join(","));
    }
    const res = await fetch(`/api/suggest?${params}`, { signal });
    if (!res.ok) throw new Error(`Suggestions failed (${res.status})`);
    const body = (await res.json()) as {
      suggestions: { value: string; label: string }[];
    };
    return body.suggestions;
  };
}

/** Names stored ISO codes, for chips that were not picked in this form. */
function labelsFrom(field: "countries" | "states"): LabelResolver {
  return async (values, { signal }) => {
    const params = new URLSearchParams({ field, labels: values.join(",") });
    const res = await fetch(`/api/suggest?${params}`, { signal });
    if (!res.ok) throw new Error(`Labels failed (${res.status})`);
    const body = (await res.json()) as { labels: Record<string, string> };
    return body.labels;
  };
}

const countryLabels = labelsFrom("countries");
const stateLabels = labelsFrom("states");

export function IcpForm(props: Props) {
  const { config, mode, icpId, onReady, draftStream, onSaved } = props;
  const router = useRouter();
  const [pending, startTransition] = React.useTransition();

  const initial = React.useMemo(
    () => completeIcpFormValues(config, props.initialValues),
    // The starting values are fixed at mount; later changes come in
    // through setValues or the draft stream.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const [draft, setDraft] = React.useState<Draft>(() => toDraft(initial));
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [formError, setFormError] = React.useState<string | null>(null);
  const [tab, setTab] = React.useState<IcpFormTab>("overview");

  const draftRef = React.useRef(draft);
  React.useEffect(() => {
    draftRef.current = draft;
  }, [draft]);

  const merge = React.useCallback((patch: Partial<IcpFormValues>) => {
    const clean = definedOnly(patch);
    setDraft((current) => {
      const { weights, highFitThreshold, ...rest } = clean;
      return {
        ...current,
        ...rest,
        ...(highFitThreshold === undefined
          ? {}
          : { highFitThreshold: String(highFitThreshold) }),
        weights: {
          ...current.weights,
          ...Object.fromEntries(
            Object.entries(weights ?? {}).map(([k, v]) => [k, String(v)]),
          ),
        },
      };
    });
  }, []);

  const api = React.useMemo<IcpFormApi>(
    () => ({
      setValues: merge,
      getValues: () => fromDraft(draftRef.current, config).values,
      reset: () => {
        setDraft(toDraft(initial));
        setErrors({});
        setFormError(null);
      },
    }),
    [merge, config, initial],
  );

  const readyFired = React.useRef(false);
  React.useEffect(() => {
    if (readyFired.current || !onReady) return;
    readyFired.current = true;
    onReady(api);
  }, [api, onReady]);

  React.useEffect(() => {
    if (!draftStream) return;
    let stopped = false;
    void (async () => {
      try {
        for await (const patch of draftStream) {
          if (stopped) break;
          merge(patch);
        }
      } catch {
        // The producer reports its own failure; the form keeps what came.
      }
    })();
    return () => {
      stopped = true;
    };
  }, [draftStream, merge]);

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
    clearError(key);
  }

  function clearError(key: string) {
    setErrors((current) => {
      if (!(key in current)) return current;
      const next = { ...current };
      delete next[key];
      return next;
    });
  }

  function showErrors(fieldErrors: FieldErrors, message: string) {
    setErrors(fieldErrors);
    const first = firstErrorField(fieldErrors);
    const unplaced = fieldErrors._form ?? [];
    setFormError(first ? (unplaced[0] ?? null) : (unplaced[0] ?? message));
    if (first) {
      setTab(tabOfField(config, first));
      focusWhenReady(fieldId(first));
    }
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const { values, errors: local } = fromDraft(draft, config);
    if (local) {
      showErrors(local, "Some fields need attention.");
      return;
    }
    setFormError(null);
    startTransition(async () => {
      const input = values as IcpFieldsInput;
      const res =
        mode === "edit" && icpId
          ? await updateIcpAction({ ...input, id: icpId })
          : await createIcpAction(input);
      if (!res.ok) {
        showErrors(res.error.fieldErrors ?? {}, res.error.message);
        toast.error(res.error.message);
        return;
      }
      setErrors({});
      toast.success(
        mode === "edit"
          ? `Saved changes to “${res.data.name}”`
          : `Created “${res.data.name}”`,
      );
      if (onSaved) onSaved(res.data);
      else router.push(`/icps/${res.data.id}`);
    });
  }

  const tabsWithErrors = new Set(
    Object.keys(errors)
      .filter((k) => k !== "_form")
      .map((k) => tabOfField(config, k)),
  );

  const listField = (
    field: IcpListField,
    label: string,
    opts: {
      suggestions: React.ComponentProps<typeof MultiCombobox>["suggestions"];
      resolveLabels?: LabelResolver;
      allowCustom: boolean;
      placeholder: string;
      description?: string;
    },
  ) => (
    <FormField
      label={label}
      id={fieldId(field)}
      error={errors[field]}
      description={opts.description}
    >
      <MultiCombobox
        value={draft[field]}
        onChange={(next) => set(field, next)}
        suggestions={opts.suggestions}
        resolveLabels={opts.resolveLabels}
        allowCustom={opts.allowCustom}
        placeholder={opts.placeholder}
        disabled={pending}
      />
    </FormField>
  );

  const checkboxGroup = (
    field: "companySizes" | "seniorities",
    legend: string,
    options: readonly string[],
  ) => {
    const errorId = `icp-${field}-error`;
    const fieldErrors = errors[field];
    const selected = new Set(draft[field]);
    const toggle = (option: string, on: boolean) => {
      const next = new Set(selected);
      if (on) next.add(option);
      else next.delete(option);
      set(field, [
        ...options.filter((o) => next.has(o)),
        ...draft[field].filter((v) => !options.includes(v) && next.has(v)),
      ]);
    };
    return (
      <fieldset
        className="grid gap-3"
        aria-describedby={fieldErrors ? errorId : undefined}
      >
        <legend
          className={cn(
            "mb-1 text-sm font-medium",
            fieldErrors && "text-destructive",
          )}
        >
          {legend}
        </legend>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {options.map((option, i) => (
            <div key={option} className="flex items-center gap-2">
              <Checkbox
                id={`icp-${field}-${i}`}
                checked={selected.has(option)}
                disabled={pending}
                onCheckedChange={(c) => toggle(option, c === true)}
              />
              <Label htmlFor={`icp-${field}-${i}`} className="font-normal">
                {option}
              </Label>
            </div>
          ))}
        </div>
        {fieldErrors ? (
          <div
            id={errorId}
            role="alert"
            className="text-sm font-medium text-destructive"
          >
            {fieldErrors.map((m) => (
              <p key={m}>{m}</p>
            ))}
          </div>
        ) : null}
      </fieldset>
    );
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-busy={pending}
      className="grid gap-6"
    >
      {formError ? (
        <div
          role="alert"
          className={cn(
            "rounded-md border border-destructive/40 bg-destructive/5",
            "px-4 py-3 text-sm text-destructive",
          )}
        >
          {formError}
        </div>
      ) : null}

      <Tabs value={tab} onValueChange={(v) => setTab(v as IcpFormTab)}>
        <TabsList aria-label="ICP sections" className="w-full sm:w-fit">
          {ICP_FORM_TABS.map((t) => {
            const hasError = tabsWithErrors.has(t.value);
            return (
              <TabsTrigger
                key={t.value}
                value={t.value}
                aria-describedby={
                  hasError ? `icp-tab-${t.value}-error` : undefined
                }
                className="px-3"
              >
                {t.label}
                {hasError ? (
                  <span
                    aria-hidden="true"
                    data-testid={`tab-error-${t.value}`}
                    className="size-2 rounded-full bg-destructive"
                  />
                ) : null}
              </TabsTrigger>
            );
          })}
        </TabsList>
        <div className="sr-only">
          {ICP_FORM_TABS.filter((t) => tabsWithErrors.has(t.value)).map((t) => (
            <span key={t.value} id={`icp-tab-${t.value}-error`}>
              {t.label} has fields that need attention
            </span>
          ))}
        </div>

        <TabsContent value="overview" className="grid gap-6 pt-4">
          <FormField
            label="Name"
            id={fieldId("name")}
            error={errors.name}
            required
          >
            <Input
              value={draft.name}
              maxLength={100}
              autoComplete="off"
              disabled={pending}
              onChange={(e) => set("name", e.target.value)}
            />
          </FormField>
          <FormField
            label="Description"
            id={fieldId("description")}
            error={errors.description}
            description="A one-line summary for the card, up to 500 characters."
          >
            <Textarea
              value={draft.description}
              maxLength={500}
              rows={2}
              disabled={pending}
              onChange={(e) => set("description", e.target.value)}
            />
          </FormField>
          <FormField
            label="Ideal customer description"
            id={fieldId("idealCustomerDescription")}
            error={errors.idealCustomerDescription}
            description="Who buys from you and why, up to 5,000 characters."
          >
            <Textarea
              value={draft.idealCustomerDescription}
              maxLength={5000}
              rows={5}
              disabled={pending}
              onChange={(e) => set("idealCustomerDescription", e.target.value)}
            />
          </FormField>
          <AiFitCheckField
            id={fieldId("aiFitCheck")}
            checked={draft.aiFitCheck}
            model={config.ai?.model ?? null}
            disabled={pending}
            onCheckedChange={(on) => set("aiFitCheck", on)}
          />
          <div className="flex items-center gap-3">
            <Switch
              id={fieldId("active")}
              checked={draft.active}
              disabled={pending}
              aria-describedby="icp-active-hint"
              onCheckedChange={(on) => set("active", on)}
            />
            <Label htmlFor={fieldId("active")}>Active</Label>
            <span
              id="icp-active-hint"
              className="text-sm text-muted-foreground"
            >
              Inactive ICPs keep their scores and stay editable.
            </span>
          </div>

          <fieldset className="grid gap-4 rounded-lg border p-4">
            <legend className="px-1 text-sm font-semibold">Scoring</legend>
            <FormField
              label="High-fit threshold"
              id={fieldId("highFitThreshold")}
              error={errors.highFitThreshold}
              description="Leads scoring at least this (1–100) are high-fit."
              className="max-w-xs"
            >
              <Input
                type="number"
                inputMode="numeric"
                min={1}
                max={100}
                step={1}
                value={draft.highFitThreshold}
                disabled={pending}
                onChange={(e) => set("highFitThreshold", e.target.value)}
              />
            </FormField>
            <div className="grid gap-2">
              <p className="text-sm font-medium" id="icp-weights-heading">
                Criterion weights
              </p>
              <p className="text-sm text-muted-foreground">
                How much each criterion counts, from 0 (ignored) to 10. Criteria
                you leave empty are not scored.
              </p>
              <div
                role="group"
                aria-labelledby="icp-weights-heading"
                className="grid gap-x-8 gap-y-2 sm:grid-cols-2"
              >
                {config.criteria.map((c) => {
                  const key = `weights.${c.key}`;
                  return (
                    <FormField
                      key={c.key}
                      label={
                        <>
                          {c.label}
                          <span className="sr-only"> weight</span>
                        </>
                      }
                      id={fieldId(key)}
                      error={errors[key]}
                      className={cn(
                        "grid-cols-[1fr_6rem] items-center gap-x-3 gap-y-1",
                        "[&>[data-slot=form-field-error]]:col-span-2",
                      )}
                    >
                      <Input
                        className="text-right tabular-nums"
                        type="number"
                        inputMode="decimal"
                        min={0}
                        max={10}
                        step={0.5}
                        value={draft.weights[c.key] ?? ""}
                        disabled={pending}
                        onChange={(e) => {
                          const text = e.target.value;
                          setDraft((d) => ({
                            ...d,
                            weights: { ...d.weights, [c.key]: text },
                          }));
                          clearError(key);
                        }}
                      />
                    </FormField>
                  );
                })}
              </div>
            </div>
          </fieldset>
        </TabsContent>

        <TabsContent value="company" className="grid gap-6 pt-4">
          {listField("industries", "Industries", {
            suggestions: suggestFrom("industries"),
            allowCustom: true,
            placeholder: "Search industries, e.g. SaaS",
            description: "Synonyms such as “Software as a Service” count.",
          })}
          {checkboxGroup(
            "companySizes",
            "Company size (employees)",
            config.sizeBands,
          )}
          {listField("technologies", "Technologies", {
            suggestions: suggestFrom("technologies"),
            allowCustom: true,
            placeholder: "Search technologies, e.g. Salesforce",
          })}
        </TabsContent>

        <TabsContent value="prospect" className="grid gap-6 pt-4">
          {listField("jobTitles", "Job titles", {
            suggestions: suggestFrom("jobTitles"),
            allowCustom: true,
            placeholder: "Type a title and press Enter, e.g. VP Sales",
          })}
          {listField("departments", "Departments", {
            suggestions: config.departments.map((d) => ({
              value: d,
              label: d,
            })),
            // Departments are a fixed list the scoring understands.
            allowCustom: false,
            placeholder: "Search departments",
          })}
          {checkboxGroup("seniorities", "Seniority", config.seniorities)}
        </TabsContent>

        <TabsContent value="location" className="grid gap-6 pt-4">
          {listField("countries", "Countries", {
            suggestions: suggestFrom("countries"),
            resolveLabels: countryLabels,
            allowCustom: false,
            placeholder: "Search countries",
          })}
          {listField("states", "States and regions", {
            suggestions: suggestFrom("states", { countries: draft.countries }),
            resolveLabels: stateLabels,
            allowCustom: false,
            placeholder: "Search states or regions",
            description: "Suggestions follow the countries you chose.",
          })}
          {listField("cities", "Cities", {
            suggestions: suggestFrom("cities", {
              countries: draft.countries,
              states: draft.states,
            }),
            allowCustom: true,
            placeholder: "Search cities",
            description:
              "Suggestions follow the countries and states you chose.",
          })}
        </TabsContent>
      </Tabs>

      <div className="flex flex-wrap items-center gap-2 border-t pt-4">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : mode === "edit" ? "Save changes" : "Save ICP"}
        </Button>
        {props.onCancel ? (
          <Button type="button" variant="outline" onClick={props.onCancel}>
            Cancel
          </Button>
        ) : (
          <Button asChild variant="outline">
            <Link href={props.cancelHref ?? "/icps"}>Cancel</Link>
          </Button>
        )}
      </div>
    </form>
  );
}
