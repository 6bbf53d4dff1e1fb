"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { toast } from "sonner";

import {
  cloneIcpAction,
  suggestCloneNameAction,
} from "@/app/(app)/icps/actions";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

type Source = { id: string; name: string };

type Props = {
  open: boolean;
  /** The ICP to copy; kept while the dialog animates closed. */
  source: Source | null;
  /** Changes on every opening, so each one asks for a fresh name. */
  openCount: number;
  onClose: () => void;
  onCloned?: (icp: { id: string; name: string }) => void;
};

/**
 * Asks for the copy's name, prefilled with a free "Copy of …" name from
 * the server, and clones on confirm.
 */
export function CloneIcpDialog(props: Props) {
  const { open, source, onClose } = props;
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next && !busy) onClose();
      }}
    >
      <DialogContent>
        {source ? (
          <CloneForm
            key={`${source.id}:${props.openCount}`}
            source={source}
            onBusyChange={setBusy}
            onClose={onClose}
            onCloned={props.onCloned}
          />
        ) : null}
      </DialogContent>
    </Dialog>
  );
}

function CloneForm(props: {
  source: Source;
  onBusyChange: (busy: boolean) => void;
  onClose: () => void;
  onCloned?: (icp: { id: string; name: string }) => void;
}) {
  const { source, onBusyChange, onClose, onCloned } = props;
  const [name, setName] = useState("");
  const [loadingName, setLoadingName] = useState(true);
  const [error, setError] = useState<string[] | null>(null);
  const [pending, startTransition] = useTransition();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let current = true;
    const done = (suggested: string, problem: string | null) => {
      if (!current) return;
      setName(suggested);
      setError(problem ? [problem] : null);
      setLoadingName(false);
      // The field was disabled while the name loaded; hand focus to it
      // with the name selected, ready to overtype.
      requestAnimationFrame(() => {
        inputRef.current?.focus();
        inputRef.current?.select();
      });
    };
    suggestCloneNameAction({ id: source.id }).then(
      (res) =>
        res.ok ? done(res.data.name, null) : done("", res.error.message),
      () => done("", "Could not suggest a name. Type one instead."),
    );
    return () => {
      current = false;
    };
  }, [source.id]);

  useEffect(() => {
    onBusyChange(pending);
  }, [pending, onBusyChange]);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    startTransition(async () => {
      const res = await cloneIcpAction({ id: source.id, name });
      if (!res.ok) {
        setError(res.error.fieldErrors?.name ?? [res.error.message]);
        toast.error(res.error.message);
        return;
      }
      toast.success(`Created “${res.data.name}”`);
      onCloned?.(res.data);
      onClose();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="grid gap-4">
      <DialogHeader>
        <DialogTitle>Clone ICP</DialogTitle>
        <DialogDescription>
          The copy gets every criterion and scoring setting of “{source.name}”.
          It starts active and is not the default.
        </DialogDescription>
      </DialogHeader>
      <FormField
        label="Name of the copy"
        id="clone-icp-name"
        error={error}
        required
      >
        <Input
          ref={inputRef}
          value={name}
          maxLength={100}
          autoComplete="off"
          disabled={loadingName || pending}
          placeholder={loadingName ? "Finding a free name…" : undefined}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
        />
      </FormField>
      <DialogFooter>
        <Button
          type="button"
          variant="outline"
          disabled={pending}
          onClick={onClose}
        >
          Cancel
        </Button>
        <Button type="submit" disabled={loadingName || pending}>
          {pending ? "Cloning…" : "Clone ICP"}
        </Button>
      </DialogFooter>
    </form>
  );
}
