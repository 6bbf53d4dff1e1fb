"use client";

import { Sparkles } from "lucide-react";

import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";

type Props = {
  id: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  /** The configured model; null when no AI provider is set up. */
  model: string | null;
  disabled?: boolean;
};

/**
 * The switch for the extra "description" criterion. Without a provider it
 * stays disabled and says why: the criterion is then absent from scoring,
 * never approximated.
 */
export function AiFitCheckField(props: Props) {
  const { id, model } = props;
  const available = model !== null;
  const hintId = `${id}-hint`;

  return (
    <div className="grid gap-1.5 rounded-lg border border-ai/30 bg-ai-muted/40 p-4">
      <div className="flex items-center gap-3">
        <Switch
          id={id}
          checked={props.checked}
          disabled={props.disabled || !available}
          aria-describedby={hintId}
          onCheckedChange={props.onCheckedChange}
          className="data-[state=checked]:bg-ai"
        />
        <Label htmlFor={id} className="gap-1.5">
          <Sparkles aria-hidden="true" className="size-4 text-ai" />
          AI fit check
        </Label>
      </div>
      <p id={hintId} className="text-sm text-muted-foreground">
        {available
          ? `${model} reads each lead against the ideal customer ` +
            "description above and adds an AI-judged criterion with a " +
            "one-line reason."
          : "Needs an AI provider (AI_PROVIDER and AI_MODEL). Without " +
            "one, leads are scored on the other criteria only."}
      </p>
    </div>
  );
}
