import { AlertTriangle, Cpu, Loader2, Sparkles } from "lucide-react";

import type { DraftEngine } from "@/app/api/icps/generate/protocol";

export type DraftState =
  | { status: "drafting"; engine: DraftEngine; model?: string }
  | { status: "done"; engine: DraftEngine; model?: string; notice?: string }
  | { status: "failed"; message: string };

/** What the draft was made from: typed text, or a lead list's values. */
export type DraftSource = "description" | "leads";

/** The sentence that says which engine wrote the draft. */
export function engineLabel(
  engine: DraftEngine,
  model?: string,
  source: DraftSource = "description",
): string {
  if (source === "leads") {
    return engine === "provider" && model
      ? `Criteria from the list's values; description drafted by ${model}`
      : "Drafted offline from the list's values";
  }
  return engine === "provider" && model
    ? `Drafted by ${model}`
    : "Drafted offline by the built-in extractor";
}

/**
 * Where the draft stands and who wrote it, announced politely as it
 * changes; a fallback notice or a failure is shown beside it.
 */
export function DraftStatus({
  state,
  source = "description",
}: {
  state: DraftState;
  source?: DraftSource;
}) {
  return (
    <div className="grid gap-2">
      <p
        role="status"
        className="flex items-center gap-2 text-sm font-medium"
        data-testid="ai-draft-status"
      >
        {state.status === "drafting" ? (
          <>
            <Loader2 aria-hidden="true" className="size-4 animate-spin" />
            {state.engine === "provider" && state.model
              ? `Drafting with ${state.model}…`
              : "Drafting offline…"}
          </>
        ) : state.status === "done" ? (
          <>
            {state.engine === "provider" ? (
              <Sparkles aria-hidden="true" className="size-4 text-ai" />
            ) : (
              <Cpu
                aria-hidden="true"
                className="size-4 text-muted-foreground"
              />
            )}
            {engineLabel(state.engine, state.model, source)}
          </>
        ) : (
          <>
            <AlertTriangle
              aria-hidden="true"
              className="size-4 text-destructive"
            />
            Drafting stopped
          </>
        )}
      </p>
      {state.status === "done" && state.notice ? (
        <p
          role="note"
          className="rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
        >
          {state.notice}
        </p>
      ) : null}
      {state.status === "failed" ? (
        <p
          role="alert"
          className="rounded-md border border-destructive/40 bg-destructive/5 px-3 py-2 text-sm text-destructive"
        >
          {state.message} Fields that arrived are kept; nothing was saved.
        </p>
      ) : null}
    </div>
  );
}
