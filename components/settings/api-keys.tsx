"use client";

import { Check, Copy, KeyRound, Trash2 } from "lucide-react";
import Link from "next/link";
import { useState, useTransition } from "react";
import { toast } from "sonner";

import {
  createApiKeyAction,
  revokeApiKeyAction,
} from "@/app/(app)/settings/api-keys/actions";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";

export type ApiKeyRow = {
  id: string;
  name: string;
  scope: "read" | "write";
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

type Props = { teamName: string; canManage: boolean; keys: ApiKeyRow[] };

// One fixed zone and locale, so the server and browser render alike.
const dateFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeZone: "UTC",
});

function DateCell({ iso, empty }: { iso: string | null; empty: string }) {
  if (!iso) return <span className="text-muted-foreground">{empty}</span>;
  return <time dateTime={iso}>{dateFormat.format(new Date(iso))}</time>;
}

export function ApiKeys({ teamName, canManage, keys }: Props) {
  const [pending, start] = useTransition();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<"read" | "write">("write");
  const [nameError, setNameError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ key: string; name: string } | null>(
    null,
  );
  const [copied, setCopied] = useState(false);

  const create = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const res = await createApiKeyAction({ name, scope });
      if (!res.ok) {
        setNameError(res.error.fieldErrors?.name?.[0] ?? null);
        toast.error(res.error.message);
        return;
      }
      setNameError(null);
      setName("");
      setCopied(false);
      setCreated({ key: res.data.key, name: res.data.name });
    });
  };

  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied(true);
      toast.success("API key copied");
    } catch {
      toast.error("Could not copy: select the key and copy it yourself.");
    }
  };

  const revoke = (k: ApiKeyRow) =>
    start(async () => {
      const res = await revokeApiKeyAction({ id: k.id });
      if (res.ok) toast.success(`${k.name} was revoked`);
      else toast.error(res.error.message);
    });

  return (
    <div className="grid gap-6">
      {canManage ? (
        <Card>
          <CardHeader>
            <CardTitle>
              <h2>Create an API key</h2>
            </CardTitle>
            <CardDescription>
              Keys act for {teamName}. A read key can list ICPs and score leads;
              a write key can also change ICPs. See the{" "}
              <Link href="/docs/api" className="underline underline-offset-4">
                API documentation
              </Link>
              .
            </CardDescription>
          </CardHeader>
          <CardContent>
            <form
              onSubmit={create}
              className="flex flex-wrap items-end gap-3"
              noValidate
            >
              <div className="grid min-w-56 flex-1 gap-1.5">
                <Label htmlFor="api-key-name">Name</Label>
                <Input
                  id="api-key-name"
                  value={name}
                  maxLength={100}
                  placeholder="CRM sync"
                  aria-invalid={nameError ? true : undefined}
                  aria-describedby={
                    nameError ? "api-key-name-error" : undefined
                  }
                  onChange={(e) => setName(e.target.value)}
                />
                {nameError ? (
                  <p
                    id="api-key-name-error"
                    className="text-sm text-destructive"
                  >
                    {nameError}
                  </p>
                ) : null}
              </div>
              <div className="grid gap-1.5">
                <Label htmlFor="api-key-scope">Scope</Label>
                <select
                  id="api-key-scope"
                  className="h-9 rounded-md border bg-background px-2 text-sm"
                  value={scope}
                  onChange={(e) => setScope(e.target.value as "read" | "write")}
                >
                  <option value="write">Read and write</option>
                  <option value="read">Read only</option>
                </select>
              </div>
              <Button type="submit" disabled={pending}>
                <KeyRound aria-hidden /> Create key
              </Button>
            </form>
          </CardContent>
        </Card>
      ) : null}

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>API keys</h2>
          </CardTitle>
          <CardDescription>
            Only a hash of each key is stored: a lost key cannot be shown again,
            so revoke it and create a new one.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {keys.length ? (
            <Table aria-label="API keys">
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  <TableHead>Key</TableHead>
                  <TableHead>Scope</TableHead>
                  <TableHead>Created</TableHead>
                  <TableHead>Last used</TableHead>
                  <TableHead className="w-12">
                    <span className="sr-only">Actions</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {keys.map((k) => (
                  <TableRow key={k.id}>
                    <TableCell className="font-medium">{k.name}</TableCell>
                    <TableCell>
                      <code className="font-mono text-xs">{k.prefix}</code>
                    </TableCell>
                    <TableCell>
                      <Badge variant="secondary">
                        {k.scope === "write" ? "Read and write" : "Read only"}
                      </Badge>
                    </TableCell>
                    <TableCell>
                      <DateCell iso={k.createdAt} empty="" />
                    </TableCell>
                    <TableCell>
                      <DateCell iso={k.lastUsedAt} empty="Never" />
                    </TableCell>
                    <TableCell>
                      {k.revokedAt ? (
                        <Badge variant="outline">Revoked</Badge>
                      ) : canManage ? (
                        <AlertDialog>
                          <AlertDialogTrigger asChild>
                            <Button
                              variant="ghost"
                              size="icon"
                              aria-label={`Revoke ${k.name}`}
                              disabled={pending}
                            >
                              <Trash2 aria-hidden className="size-4" />
                            </Button>
                          </AlertDialogTrigger>
                          <AlertDialogContent>
                            <AlertDialogHeader>
                              <AlertDialogTitle>
                                Revoke {k.name}?
                              </AlertDialogTitle>
                              <AlertDialogDescription>
                                Requests with this key fail from now on. This
                                cannot be undone.
                              </AlertDialogDescription>
                            </AlertDialogHeader>
                            <AlertDialogFooter>
                              <AlertDialogCancel>Cancel</AlertDialogCancel>
                              <AlertDialogAction onClick={() => revoke(k)}>
                                Revoke key
                              </AlertDialogAction>
                            </AlertDialogFooter>
                          </AlertDialogContent>
                        </AlertDialog>
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <p className="text-sm text-muted-foreground">
              No API keys yet.
              {canManage ? " Create one above to use the API." : ""}
            </p>
          )}
        </CardContent>
      </Card>

      <Dialog
        open={created !== null}
        onOpenChange={(open) => {
          if (!open) setCreated(null);
        }}
      >
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Copy your new API key</DialogTitle>
            <DialogDescription>
              This is the only time {created?.name ?? "the key"} is shown. Store
              it somewhere safe, such as a secrets manager.
            </DialogDescription>
          </DialogHeader>
          <div className="grid gap-1.5">
            <Label htmlFor="new-api-key">API key</Label>
            <div className="flex gap-2">
              <Input
                id="new-api-key"
                readOnly
                value={created?.key ?? ""}
                className="font-mono text-xs"
                onFocus={(e) => e.currentTarget.select()}
              />
              <Button
                type="button"
                variant="outline"
                aria-label="Copy API key"
                onClick={copy}
              >
                {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
              </Button>
            </div>
          </div>
          <DialogFooter>
            <Button type="button" onClick={() => setCreated(null)}>
              Done
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
