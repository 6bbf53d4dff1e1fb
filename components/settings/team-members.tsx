"use client";

import { Copy, Link2, Trash2 } from "lucide-react";
import { useState, useTransition } from "react";
import { toast } from "sonner";

import {
  createInviteAction,
  removeMemberAction,
  revokeInviteAction,
} from "@/app/(app)/settings/actions";
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

type Member = {
  userId: string;
  name: string;
  email: string;
  role: string;
  joinedAt: string;
};

type Props = {
  team: { name: string; slug: string };
  me: string;
  role: string;
  members: Member[];
  invites: { id: string; role: string; expiresAt: string }[];
};

export function TeamMembers(props: Props) {
  const [pending, start] = useTransition();
  const [link, setLink] = useState<string | null>(null);
  const [inviteRole, setInviteRole] = useState<"member" | "admin">("member");
  const canManage = props.role === "owner" || props.role === "admin";
  const isOwner = props.role === "owner";

  const invite = () =>
    start(async () => {
      const res = await createInviteAction({ role: inviteRole });
      if (!res.ok) return void toast.error(res.error.message);
      setLink(`${window.location.origin}${res.data.path}`);
      toast.success("Invite link created");
    });

  const remove = (m: Member) =>
    start(async () => {
      const res = await removeMemberAction({ userId: m.userId });
      if (res.ok) toast.success(`${m.name} was removed`);
      else toast.error(res.error.message);
    });

  const revoke = (id: string) =>
    start(async () => {
      const res = await revokeInviteAction({ id });
      if (res.ok) toast.success("Invite revoked");
      else toast.error(res.error.message);
    });

  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Members of {props.team.name}</h2>
          </CardTitle>
          <CardDescription>
            Team slug <code className="font-mono">{props.team.slug}</code>
          </CardDescription>
        </CardHeader>
        <CardContent>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Email</TableHead>
                <TableHead>Role</TableHead>
                <TableHead className="w-12">
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {props.members.map((m) => (
                <TableRow key={m.userId}>
                  <TableCell className="font-medium">{m.name}</TableCell>
                  <TableCell>{m.email}</TableCell>
                  <TableCell>
                    <Badge variant="secondary" className="capitalize">
                      {m.role}
                    </Badge>
                  </TableCell>
                  <TableCell>
                    {isOwner && m.userId !== props.me ? (
                      <AlertDialog>
                        <AlertDialogTrigger asChild>
                          <Button
                            variant="ghost"
                            size="icon"
                            aria-label={`Remove ${m.name}`}
                            disabled={pending}
                          >
                            <Trash2 aria-hidden className="size-4" />
                          </Button>
                        </AlertDialogTrigger>
                        <AlertDialogContent>
                          <AlertDialogHeader>
                            <AlertDialogTitle>
                              Remove {m.name}?
                            </AlertDialogTitle>
                            <AlertDialogDescription>
                              They lose access to this team at once.
                            </AlertDialogDescription>
                          </AlertDialogHeader>
                          <AlertDialogFooter>
                            <AlertDialogCancel>Cancel</AlertDialogCancel>
                            <AlertDialogAction onClick={() => remove(m)}>
                              Remove member
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
        </CardContent>
      </Card>

      {canManage ? (
        <Card>
          <CardHeader>
            <CardTitle>
              <h2>Invite people</h2>
            </CardTitle>
            <CardDescription>
              A one-time link, valid for 7 days. Whoever opens it first joins.
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            <div className="flex flex-wrap items-end gap-2">
              <div className="grid gap-1">
                <Label htmlFor="invite-role">Role</Label>
                <select
                  id="invite-role"
                  className="h-9 rounded-md border bg-background px-2 text-sm"
                  value={inviteRole}
                  onChange={(e) =>
                    setInviteRole(e.target.value as "member" | "admin")
                  }
                >
                  <option value="member">Member</option>
                  <option value="admin">Admin</option>
                </select>
              </div>
              <Button onClick={invite} disabled={pending}>
                <Link2 aria-hidden className="size-4" /> Create invite link
              </Button>
            </div>
            {link ? (
              <div className="grid gap-1">
                <Label htmlFor="invite-link">Invite link</Label>
                <div className="flex gap-2">
                  <Input id="invite-link" readOnly value={link} />
                  <Button
                    variant="outline"
                    aria-label="Copy invite link"
                    onClick={() => {
                      void navigator.clipboard?.writeText(link);
                      toast.success("Copied");
                    }}
                  >
                    <Copy aria-hidden className="size-4" />
                  </Button>
                </div>
              </div>
            ) : null}
            {props.invites.length ? (
              <ul className="grid gap-2 text-sm" aria-label="Open invites">
                {props.invites.map((i) => (
                  <li key={i.id} className="flex items-center gap-2">
                    <Badge variant="outline" className="capitalize">
                      {i.role}
                    </Badge>
                    <span className="text-muted-foreground">
                      expires {new Date(i.expiresAt).toLocaleDateString()}
                    </span>
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => revoke(i.id)}
                      disabled={pending}
                    >
                      Revoke
                    </Button>
                  </li>
                ))}
              </ul>
            ) : null}
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
