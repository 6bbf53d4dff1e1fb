"use client";

import { Globe, Plus, Trash2 } from "lucide-react";
import Link from "next/link";
import { useState, useTransition } from "react";
import { toast } from "sonner";

import {
  addEmbedOriginAction,
  removeEmbedOriginAction,
} from "@/app/(app)/settings/embedding/actions";
import { Button } from "@/components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

import { EmbeddingSnippet } from "./embedding-snippet";

type Props = {
  canManage: boolean;
  origins: string[];
  snippet: { server: string; page: string };
};

export function Embedding({ canManage, origins, snippet }: Props) {
  const [pending, start] = useTransition();
  const [origin, setOrigin] = useState("");
  const [error, setError] = useState<string | null>(null);

  const add = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const res = await addEmbedOriginAction({ origin });
      if (!res.ok) {
        setError(
          res.error.fieldErrors?.origin?.[0] ??
            res.error.fieldErrors?.origins?.[0] ??
            res.error.message,
        );
        return;
      }
      setError(null);
      setOrigin("");
      toast.success(`${res.data.origin} may now embed your views`);
    });
  };

  const remove = (value: string) =>
    start(async () => {
      const res = await removeEmbedOriginAction({ origin: value });
      if (res.ok) toast.success(`${value} can no longer embed your views`);
      else toast.error(res.error.message);
    });

  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle asHeading="h2">Allowed origins</CardTitle>
          <CardDescription>
            Sites allowed to show your ICPs inside their pages, in an iframe.
            Enter each exactly, such as https://app.partner.com: no paths and no
            wildcards. Removing one stops its embedded views at once.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {canManage ? (
            <form
              onSubmit={add}
              noValidate
              className="flex flex-wrap items-start gap-3"
            >
              <div className="grid min-w-64 flex-1 gap-1.5">
                <Label htmlFor="embed-origin">Origin</Label>
                <Input
                  id="embed-origin"
                  value={origin}
                  inputMode="url"
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={300}
                  placeholder="https://app.partner.com"
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? "embed-origin-error" : undefined}
                  onChange={(e) => setOrigin(e.target.value)}
                />
                {error ? (
                  <p
                    id="embed-origin-error"
                    role="alert"
                    className="text-sm text-destructive"
                  >
                    {error}
                  </p>
                ) : null}
              </div>
              <Button type="submit" className="mt-5.5" disabled={pending}>
                <Plus aria-hidden="true" /> Add origin
              </Button>
            </form>
          ) : null}

          {origins.length ? (
            <ul
              aria-label="Allowed origins"
              className="divide-y rounded-md border"
            >
              {origins.map((o) => (
                <li
                  key={o}
                  className="flex items-center justify-between gap-3 px-3 py-2"
                >
                  <span className="flex min-w-0 items-center gap-2">
                    <Globe
                      aria-hidden="true"
                      className="size-4 shrink-0 text-muted-foreground"
                    />
                    <code className="truncate font-mono text-sm">{o}</code>
                  </span>
                  {canManage ? (
                    <Button
                      type="button"
                      variant="ghost"
                      size="icon"
                      aria-label={`Remove ${o}`}
                      disabled={pending}
                      onClick={() => remove(o)}
                    >
                      <Trash2 aria-hidden="true" />
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted-foreground">
              No site may embed your views yet.
            </p>
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle asHeading="h2">Embed in your page</CardTitle>
          <CardDescription>
            Your server asks for a one-time URL with an{" "}
            <Link
              href="/settings/api-keys"
              className="underline underline-offset-4"
            >
              API key
            </Link>
            , then your page frames it. The embedded view tells your page its
            height and which ICP was clicked, and only ever talks to your
            origin.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <EmbeddingSnippet snippet={snippet} />
        </CardContent>
      </Card>
    </div>
  );
}
