"use client";

import { Loader2Icon, PlusIcon, XIcon } from "lucide-react";
import * as React from "react";

import { cn } from "@/lib/utils";

import { inputBaseClass } from "./input";
import { Popover, PopoverAnchor, PopoverContent } from "./popover";

type ComboboxOption = { value: string; label: string };

type SuggestionLoader = (
  query: string,
  options: { signal: AbortSignal },
) => Promise<readonly ComboboxOption[]>;

/** A fixed list filtered locally, or a loader called (debounced) per query. */
type SuggestionSource = readonly ComboboxOption[] | SuggestionLoader;

/** Labels for the given values; values it cannot name are left out. */
type LabelResolver = (
  values: string[],
  options: { signal: AbortSignal },
) => Promise<Record<string, string>>;

type AriaBoolean = boolean | "true" | "false";

type MultiComboboxProps = {
  id?: string;
  /** When set, one hidden input per value is rendered for plain forms. */
  name?: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  suggestions: SuggestionSource;
  /**
   * Names values that arrived without a label (stored data, drafts), so
   * their chips need not show raw codes. Called once per unnamed value.
   */
  resolveLabels?: LabelResolver;
  /** Lets Enter add text that matches no suggestion. */
  allowCustom?: boolean;
  placeholder?: string;
  disabled?: boolean;
  className?: string;
  debounceMs?: number;
  /** Cap on rendered suggestions, so long lists stay responsive. */
  maxSuggestions?: number;
  emptyMessage?: string;
  "aria-label"?: string;
  "aria-labelledby"?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: AriaBoolean;
  "aria-required"?: AriaBoolean;
};

/** Case-, accent- and spacing-insensitive form used for matching only. */
function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Trims and collapses inner whitespace but keeps the user's casing. */
function cleanEntry(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function includesValue(values: readonly string[], candidate: string): boolean {
  const key = normalizeText(candidate);
  return values.some((value) => normalizeText(value) === key);
}

function findExactOption(
  options: readonly ComboboxOption[],
  text: string,
): ComboboxOption | undefined {
  const key = normalizeText(text);
  if (key === "") return undefined;
  return options.find(
    (option) =>
      normalizeText(option.label) === key ||
      normalizeText(option.value) === key,
  );
}

function matchRank(text: string, query: string): number {
  if (text === query) return 0;
  if (text.startsWith(query)) return 1;
  if (text.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(query))) {
    return 2;
  }
  return text.includes(query) ? 3 : Number.POSITIVE_INFINITY;
}

/**
 * Options not yet selected that match the query, best first: exact, then
 * prefix, then word prefix, then substring; ties keep the source order.
 */
function filterOptions(
  options: readonly ComboboxOption[],
  query: string,
  selected: readonly string[],
  limit = Number.POSITIVE_INFINITY,
): ComboboxOption[] {
  const key = normalizeText(query);
  const taken = new Set(selected.map(normalizeText));
  const ranked: { option: ComboboxOption; rank: number; index: number }[] = [];
  options.forEach((option, index) => {
    if (taken.has(normalizeText(option.value))) return;
    const rank =
      key === ""
        ? 0
        : Math.min(
            matchRank(normalizeText(option.label), key),
            matchRank(normalizeText(option.value), key),
          );
    if (rank !== Number.POSITIVE_INFINITY) ranked.push({ option, rank, index });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.slice(0, limit).map((entry) => entry.option);
}

/**
 * What typed text should add: the matching option when there is one (so
 * "saas" adds the canonical "SaaS"), the cleaned text itself when custom
 * entries are allowed, otherwise nothing.
 */
function resolveEntry(
  text: string,
  options: readonly ComboboxOption[],
  allowCustom: boolean,
): ComboboxOption | null {
  const entry = cleanEntry(text);
  if (entry === "") return null;
  const exact = findExactOption(options, entry);
  if (exact) return exact;
  return allowCustom ? { value: entry, label: entry } : null;
}

/** The label a value is known by, if any: learned first, then static. */
function knownLabel(
  item: string,
  learned: Readonly<Record<string, string>>,
  staticOptions: readonly ComboboxOption[],
): string | undefined {
  // Own keys only: a value such as "constructor" must not read the
  // prototype.
  if (Object.hasOwn(learned, item)) return learned[item];
  return staticOptions.find((option) => option.value === item)?.label;
}

/** Values, each once and in order, that have no known label yet. */
function unlabeledValues(
  values: readonly string[],
  learned: Readonly<Record<string, string>>,
  staticOptions: readonly ComboboxOption[],
): string[] {
  const missing = new Set<string>();
  for (const item of values) {
    if (knownLabel(item, learned, staticOptions) === undefined) {
      missing.add(item);
    }
  }
  return [...missing];
}

/**
 * The part of a resolver's answer that names the values asked about with
 * non-empty text; anything else in it is ignored, so a stray entry cannot
 * rename another chip.
 */
function acceptedLabels(
  answer: unknown,
  asked: readonly string[],
): Record<string, string> {
  const accepted: Record<string, string> = {};
  if (typeof answer !== "object" || answer === null) return accepted;
  for (const item of asked) {
    if (!Object.hasOwn(answer, item)) continue;
    const label: unknown = (answer as Record<string, unknown>)[item];
    if (typeof label === "string" && label.trim() !== "") {
      accepted[item] = label;
    }
  }
  return accepted;
}

function isTrue(value: AriaBoolean | undefined): boolean {
  return value === true || value === "true";
}

type AsyncResult = {
  query: string;
  options: readonly ComboboxOption[];
  failed: boolean;
};

type ListItem = { key: string; option: ComboboxOption; custom: boolean };

/**
 * A combobox following the WAI-ARIA APG pattern: focus stays in the text
 * field and aria-activedescendant points at the highlighted option, so the
 * popover only renders the listbox and never takes focus.
 */
function MultiCombobox({
  id,
  name,
  value,
  onChange,
  suggestions,
  resolveLabels,
  allowCustom = false,
  placeholder,
  disabled = false,
  className,
  debounceMs = 250,
  maxSuggestions = 50,
  emptyMessage = "No matches",
  "aria-label": ariaLabel,
  "aria-labelledby": ariaLabelledBy,
  "aria-describedby": ariaDescribedBy,
  "aria-invalid": ariaInvalid,
  "aria-required": ariaRequired,
}: MultiComboboxProps) {
  const baseId = React.useId();
  const listId = `${baseId}-listbox`;
  const optionId = (index: number) => `${baseId}-option-${index}`;
  const inputRef = React.useRef<HTMLInputElement>(null);
  const anchorRef = React.useRef<HTMLDivElement>(null);
  const [query, setQuery] = React.useState("");
  const [open, setOpen] = React.useState(false);
  // Held by key, not index, so the highlight survives list updates.
  const [activeKey, setActiveKey] = React.useState<string | null>(null);
  const [learnedLabels, setLearnedLabels] = React.useState<
    Record<string, string>
  >({});
  const [asyncResult, setAsyncResult] = React.useState<AsyncResult | null>(
    null,
  );

  // Values already sent to resolveLabels (answered, failed or in flight),
  // so none is asked about twice.
  const requestedLabels = React.useRef(new Set<string>());

  const isAsync = typeof suggestions === "function";
  const staticOptions = isAsync ? [] : suggestions;

  // Keyed by content, not identity: a parent that rebuilds an equal value
  // array must not cancel a lookup that is still needed.
  const unlabeledKey = resolveLabels
    ? JSON.stringify(unlabeledValues(value, learnedLabels, staticOptions))
    : "[]";

  const lookUpLabels = React.useEffectEvent(
    (items: string[], signal: AbortSignal) =>
      resolveLabels
        ? resolveLabels(items, { signal })
        : Promise.resolve<Record<string, string>>({}),
  );

  React.useEffect(() => {
    const requested = requestedLabels.current;
    const unlabeled = JSON.parse(unlabeledKey) as string[];
    const asked = unlabeled.filter((item) => !requested.has(item));
    if (asked.length === 0) return;
    for (const item of asked) requested.add(item);
    const controller = new AbortController();
    let settled = false;
    Promise.resolve()
      .then(() => lookUpLabels(asked, controller.signal))
      .then(
        (answer) => {
          settled = true;
          if (controller.signal.aborted) return;
          const found = acceptedLabels(answer, asked);
          if (Object.keys(found).length === 0) return;
          // A label picked from the suggestions wins over a looked-up one.
          setLearnedLabels((known) => ({ ...found, ...known }));
        },
        () => {
          // The chips keep showing the raw values; asking again on every
          // change would only repeat the failure.
          settled = true;
        },
      );
    return () => {
      if (settled) return;
      controller.abort();
      // Cut off before an answer: whoever still needs these may ask again.
      for (const item of asked) requested.delete(item);
    };
  }, [unlabeledKey]);

  const loadSuggestions = React.useEffectEvent(
    (text: string, signal: AbortSignal) =>
      typeof suggestions === "function"
        ? suggestions(text, { signal })
        : Promise.resolve(staticOptions),
  );

  React.useEffect(() => {
    if (!isAsync || !open || disabled) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      Promise.resolve()
        .then(() => loadSuggestions(query, controller.signal))
        .then(
          (options) => {
            if (controller.signal.aborted) return;
            setAsyncResult({ query, options, failed: false });
          },
          () => {
            if (controller.signal.aborted) return;
            setAsyncResult({ query, options: [], failed: true });
          },
        );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [isAsync, open, disabled, query, debounceMs]);

  const entry = cleanEntry(query);
  const loading = isAsync && asyncResult?.query !== query;
  const failed = isAsync && !loading && asyncResult?.failed === true;

  // While a new query loads, the previous results stay visible (no flicker).
  const candidates = isAsync
    ? dedupeOptions(asyncResult?.options ?? [])
    : staticOptions;
  const exact = findExactOption(candidates, entry);
  // A loader has already matched on its own terms (synonyms, codes), so its
  // results are only de-selected and capped, with an exact match first.
  const options = isAsync
    ? exactFirst(filterOptions(candidates, "", value, maxSuggestions), exact)
    : filterOptions(candidates, query, value, maxSuggestions);
  const showCustom =
    allowCustom && entry !== "" && !exact && !includesValue(value, entry);

  // The custom entry comes first so Enter adds exactly what was typed.
  const items: ListItem[] = [
    ...(showCustom
      ? [
          {
            key: `custom:${entry}`,
            option: { value: entry, label: entry },
            custom: true,
          },
        ]
      : []),
    ...options.map((option) => ({
      key: `option:${option.value}`,
      option,
      custom: false,
    })),
  ];
  const activeIndex = Math.max(
    0,
    items.findIndex((item) => item.key === activeKey),
  );
  const showStatus = loading || failed || (entry !== "" && items.length === 0);
  const isOpen = open && !disabled && (items.length > 0 || showStatus);
  const activeDescendant =
    isOpen && items.length > 0 ? optionId(activeIndex) : undefined;

  const statusText = loading
    ? "Loading suggestions…"
    : failed
      ? "Suggestions could not be loaded"
      : items.length === 0
        ? emptyMessage
        : `${items.length} ${items.length === 1 ? "suggestion" : "suggestions"}`;

  const labelFor = (item: string): string =>
    knownLabel(item, learnedLabels, staticOptions) ?? item;

  function add(option: ComboboxOption) {
    if (disabled) return;
    if (!includesValue(value, option.value)) {
      onChange([...value, option.value]);
    }
    if (option.label !== option.value) {
      setLearnedLabels((known) => ({ ...known, [option.value]: option.label }));
    }
    setQuery("");
    setActiveKey(null);
  }

  // By position, so a duplicate that came in with stored data goes one at
  // a time.
  function removeAt(position: number) {
    if (disabled) return;
    onChange(value.filter((_, index) => index !== position));
  }

  function highlight(index: number) {
    const item = items[index];
    if (!item) return;
    setActiveKey(item.key);
    document.getElementById(optionId(index))?.scrollIntoView({
      block: "nearest",
    });
  }

  function handleKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    const count = items.length;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        event.preventDefault();
        if (!isOpen) {
          setOpen(true);
          return;
        }
        if (count === 0) return;
        const step = event.key === "ArrowDown" ? 1 : -1;
        highlight((activeIndex + step + count) % count);
        return;
      }
      case "Enter": {
        const active = isOpen ? items[activeIndex] : undefined;
        if (active) {
          event.preventDefault();
          add(active.option);
          return;
        }
        if (entry === "") return; // nothing typed: let Enter submit the form
        event.preventDefault();
        const resolved = resolveEntry(entry, candidates, allowCustom);
        if (resolved) add(resolved);
        return;
      }
      case "Backspace": {
        if (query === "" && value.length > 0) {
          event.preventDefault();
          removeAt(value.length - 1);
        }
        return;
      }
    }
  }

  const invalid = isTrue(ariaInvalid);

  return (
    <Popover
      open={isOpen}
      onOpenChange={(next) => {
        if (!next) setOpen(false);
      }}
    >
      <PopoverAnchor asChild>
        <div
          ref={anchorRef}
          data-slot="multi-combobox"
          data-disabled={disabled ? "" : undefined}
          className={cn(
            inputBaseClass,
            "flex min-h-9 cursor-text flex-wrap items-center gap-1 px-2 py-1",
            "focus-within:border-ring focus-within:ring-3",
            "focus-within:ring-ring/40",
            invalid && "border-destructive ring-destructive/40",
            disabled && "cursor-not-allowed opacity-50",
            className,
          )}
          onMouseDown={(event) => {
            if (disabled || event.target !== event.currentTarget) return;
            event.preventDefault();
            inputRef.current?.focus();
            setOpen(true);
          }}
        >
          {value.map((item, position) => {
            const label = labelFor(item);
            return (
              <span
                key={`${position}:${item}`}
                data-slot="multi-combobox-chip"
                className={cn(
                  "inline-flex max-w-full items-center gap-1 rounded-md",
                  "bg-secondary py-0.5 pr-0.5 pl-2 text-xs font-medium",
                  "text-secondary-foreground",
                )}
              >
                <span className="truncate">{label}</span>
                <button
                  type="button"
                  aria-label={`Remove ${label}`}
                  disabled={disabled}
                  className={cn(
                    "inline-flex size-5 items-center justify-center",
                    "rounded-sm hover:bg-foreground/10",
                    "focus-visible:outline-2 focus-visible:outline-ring",
                    "disabled:pointer-events-none",
                  )}
                  onClick={() => {
                    removeAt(position);
                    // The button unmounts with its chip; keep focus nearby.
                    inputRef.current?.focus();
                  }}
                >
                  <XIcon className="size-3" aria-hidden="true" />
                </button>
              </span>
            );
          })}
          <input
            ref={inputRef}
            id={id}
            type="text"
            role="combobox"
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            aria-autocomplete="list"
            aria-expanded={isOpen}
            aria-controls={isOpen ? listId : undefined}
            aria-activedescendant={activeDescendant}
            aria-label={ariaLabel}
            aria-labelledby={ariaLabelledBy}
            aria-describedby={ariaDescribedBy}
            aria-invalid={invalid || undefined}
            aria-required={isTrue(ariaRequired) || undefined}
            disabled={disabled}
            placeholder={value.length === 0 ? placeholder : undefined}
            value={query}
            className={cn(
              "h-7 min-w-24 flex-1 bg-transparent px-1 text-base outline-none",
              "placeholder:text-muted-foreground disabled:cursor-not-allowed",
              "md:text-sm",
            )}
            onChange={(event) => {
              setQuery(event.target.value);
              setActiveKey(null);
              setOpen(true);
            }}
            onClick={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={handleKeyDown}
          />
        </div>
      </PopoverAnchor>
      {name
        ? value.map((item, position) => (
            <input
              key={`${position}:${item}`}
              type="hidden"
              name={name}
              value={item}
            />
          ))
        : null}
      <span role="status" className="sr-only">
        {isOpen ? statusText : ""}
      </span>
      <PopoverContent
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        align="start"
        className={cn(
          "max-h-72 w-(--radix-popover-trigger-width) min-w-56 overflow-y-auto",
          "p-1",
        )}
        onOpenAutoFocus={(event) => event.preventDefault()}
        onCloseAutoFocus={(event) => event.preventDefault()}
        onInteractOutside={(event) => {
          const target = event.target;
          if (target instanceof Node && anchorRef.current?.contains(target)) {
            event.preventDefault();
          }
        }}
        // Clicking an option must not move focus out of the text field.
        onMouseDown={(event) => event.preventDefault()}
      >
        {items.map((item, index) => (
          <div
            key={item.key}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            data-active={index === activeIndex ? "" : undefined}
            className={cn(
              "flex cursor-default items-center gap-2 rounded-sm px-2 py-1.5",
              "text-sm select-none",
              "data-[active]:bg-accent data-[active]:text-accent-foreground",
            )}
            onMouseMove={() => {
              if (index !== activeIndex) setActiveKey(item.key);
            }}
            onClick={() => add(item.option)}
          >
            {item.custom ? (
              <>
                <PlusIcon
                  className="size-4 shrink-0 text-muted-foreground"
                  aria-hidden="true"
                />
                <span className="truncate">Add “{item.option.label}”</span>
              </>
            ) : (
              <span className="truncate">{item.option.label}</span>
            )}
          </div>
        ))}
        {showStatus ? (
          <div
            aria-hidden="true"
            className={cn(
              "flex items-center gap-2 px-2 py-1.5 text-sm",
              "text-muted-foreground",
            )}
          >
            {loading ? (
              <Loader2Icon className="size-4 animate-spin" aria-hidden="true" />
            ) : null}
            {statusText}
          </div>
        ) : null}
      </PopoverContent>
    </Popover>
  );
}

function exactFirst(
  options: ComboboxOption[],
  exact: ComboboxOption | undefined,
): ComboboxOption[] {
  if (!exact || !options.includes(exact)) return options;
  return [exact, ...options.filter((option) => option !== exact)];
}

function dedupeOptions(
  options: readonly ComboboxOption[],
): readonly ComboboxOption[] {
  const seen = new Set<string>();
  return options.filter((option) => {
    const key = normalizeText(option.value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export {
  MultiCombobox,
  acceptedLabels,
  cleanEntry,
  filterOptions,
  findExactOption,
  includesValue,
  knownLabel,
  normalizeText,
  resolveEntry,
  unlabeledValues,
  type ComboboxOption,
  type LabelResolver,
  type MultiComboboxProps,
  type SuggestionLoader,
  type SuggestionSource,
};
