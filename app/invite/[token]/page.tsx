import type { Metadata } from "next";
import Link from "next/link";

import { Button } from "@/components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { getInviteByToken } from "@/db/queries/teams";
import { getCurrentUser } from "@/lib/auth/session";

import { AcceptInviteButton } from "./accept-button";

export const metadata: Metadata = { title: "Team invite" };

export default async function InvitePage(props: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await props.params;
  const invite = await getInviteByToken(token);
  const valid = Boolean(invite?.valid);
  const user = await getCurrentUser();

  return (
    <main className="flex min-h-dvh items-center justify-center bg-muted/40 p-4">
      <Card className="w-full max-w-sm">
        <CardHeader>
          <CardTitle>
            <h1>{valid ? `Join ${invite!.teamName}` : "Invite not valid"}</h1>
          </CardTitle>
          <CardDescription>
            {valid
              ? `You were invited as ${invite!.role}.`
              : "This invite link is invalid, expired or already used."}
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-2">
          {!valid ? (
            <Button asChild variant="outline">
              <Link href="/icps">Go to ICP Studio</Link>
            </Button>
          ) : user ? (
            <AcceptInviteButton token={token} />
          ) : (
            <>
              <Button asChild>
                <Link
                  href={`/signup?invite=${encodeURIComponent(token)}&next=/icps`}
                >
                  Create an account to join
                </Link>
              </Button>
              <Button asChild variant="outline">
                <Link
                  href={`/login?invite=${encodeURIComponent(token)}&next=/icps`}
                >
                  Sign in to join
                </Link>
              </Button>
            </>
          )}
        </CardContent>
      </Card>
    </main>
  );
}
