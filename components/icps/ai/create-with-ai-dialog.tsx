"use client";

import { ArrowLeft, Sparkles } from "lucide-react";
import { useRouter } from "next/navigation";
import * as React from "react";

import { IcpForm } from "@/components/icps/icp-form";
import type {
  IcpFormConfig,
  IcpFormValues,
} from "@/components/icps/icp-form-values";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";

import { DescribeStep } from "./describe-step";
import { descriptionError } from "./description-rules";
import type { DescriptionLimits } from "./description-rules";
import { createDraftChannel } from "./draft-channel";
import type { DraftChannel } from "./draft-channel";
import { draftToFormPatch } from "./draft-values";
import { DraftStatus } from "./draft-status";
import type { DraftState } from "./draft-status";
import { DraftRequestError, requestDraft } from "./request-draft";

type Props = {
  config: IcpFormConfig;
  limits: DescriptionLimits;
  /** The configured model, or null when the offline engine drafts. */
  model: string | null;
};

type Review = {
  /** Bumped per generation so the form mounts afresh for each draft. */
  key: number;
  description: string;
  stream: DraftChannel<Partial<IcpFormValues>>;
  state: DraftState;
};

function engineHint(model: string | null): string {
  return model
    ? `Drafts are written by ${model}. Nothing is saved until you save.`
    : "No AI provider is set up: the built-in extractor drafts offline, " +
        "and your text stays on this server.";
}

/**
 * "Create with AI": a description box, then the ICP form filling in as
 * the draft streams from /api/icps/generate. Nothing is stored until the
 * user saves the form.
 */
export function CreateWithAiDialog({ config, limits, model }: Props) {
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  const [description, setDescription] = React.useState("");
  const [error, setError] = React.useState<string | null>(null);
  const [pending, setPending] = React.useState(false);
  const [review, setReview] = React.useState<Review | null>(null);
  const abortRef = React.useRef<AbortController | null>(null);
  const generation = React.useRef(0);

  const stop = React.useCallback(() => {
    abortRef.current?.abort();
    abortRef.current = null;
  }, []);

  React.useEffect(() => stop, [stop]);

  function updateState(key: number, state: DraftState) {
    setReview((current) =>
      current && current.key === key ? { ...current, state } : current,
    );
  }

  async function generate() {
    if (pending) return;
    const problem = descriptionError(description, limits);
    setError(problem);
    if (problem) {
      document.getElementById("ai-description")?.focus();
      return;
    }

    stop();
    const controller = new AbortController();
    abortRef.current = controller;
    const key = ++generation.current;
    const text = description.trim();
    const stream = createDraftChannel<Partial<IcpFormValues>>();
    let started = false;
    setPending(true);
    try {
      const outcome = await requestDraft(
        text,
        {
          // The form opens once the server has accepted the description,
          // so a rejected one keeps its error next to the box.
          onStart: (info) => {
            started = true;
            setReview({
              key,
              description: text,
              stream,
              state: { status: "drafting", ...info },
            });
          },
          onDraft: (draft) => stream.push(draftToFormPatch(draft)),
        },
        controller.signal,
      );
      updateState(key, { status: "done", ...outcome });
    } catch (err) {
      if (controller.signal.aborted) return;
      const message =
        err instanceof DraftRequestError
          ? err.message
          : "The draft could not be generated. Check your connection " +
            "and try again.";
      if (started) updateState(key, { status: "failed", message });
      else setError(message);
    } finally {
      stream.close();
      if (abortRef.current === controller) {
        abortRef.current = null;
        setPending(false);
      }
    }
  }

  function backToDescription() {
    stop();
    setReview(null);
    setPending(false);
  }

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      stop();
      setReview(null);
      setPending(false);
      setError(null);
    }
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="ai">
          <Sparkles aria-hidden="true" />
          Create with AI
        </Button>
      </DialogTrigger>
      <DialogContent
        className={review ? "sm:max-w-3xl" : "sm:max-w-xl"}
        // A click outside must not throw away a draft being reviewed.
        onInteractOutside={(event) => {
          if (review) event.preventDefault();
        }}
      >
        <DialogHeader>
          <DialogTitle className="flex items-center gap-2">
            <Sparkles aria-hidden="true" className="size-5 text-ai" />
            Create ICP with AI
          </DialogTitle>
          <DialogDescription>
            {review
              ? "Review the draft, change anything, then save it."
              : "Describe who you sell to in plain English and get a draft " +
                "ICP to review."}
          </DialogDescription>
        </DialogHeader>

        {review ? (
          <div className="grid gap-4">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <DraftStatus state={review.state} />
              <Button
                type="button"
                variant="ghost"
                size="sm"
                onClick={backToDescription}
              >
                <ArrowLeft aria-hidden="true" />
                Edit description
              </Button>
            </div>
            <IcpForm
              key={review.key}
              config={config}
              mode="create"
              initialValues={{ idealCustomerDescription: review.description }}
              draftStream={review.stream}
              onCancel={() => onOpenChange(false)}
              onSaved={() => {
                onOpenChange(false);
                setDescription("");
                router.refresh();
              }}
            />
          </div>
        ) : (
          <DescribeStep
            value={description}
            onChange={(next) => {
              setDescription(next);
              if (error) setError(null);
            }}
            error={error}
            limits={limits}
            pending={pending}
            engineHint={engineHint(model)}
            onGenerate={() => void generate()}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}
