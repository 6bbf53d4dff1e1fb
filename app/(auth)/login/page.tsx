import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { login } from "@/app/(auth)/actions";
import { oauthProviders } from "@/app/(auth)/auth";
import { AuthForm } from "@/components/auth/auth-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { DEMO_EMAIL, DEMO_PASSWORD } from "@/db/seed";
import { getCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage(props: {
  searchParams: Promise<{ next?: string; invite?: string }>;
}) {
  const { next, invite } = await props.searchParams;
  if (await getCurrentUser()) redirect(next?.startsWith("/") ? next : "/icps");
  const showDemo = env().NODE_ENV === "development";
  return (
    <div className="grid gap-4">
      <AuthForm mode="login" action={login} next={next} invite={invite}>
        <OAuthButtons providers={oauthProviders()} next={next} />
      </AuthForm>
      {showDemo ? (
        <aside
          aria-label="Demo account"
          className="rounded-lg border border-dashed bg-background p-4 text-sm"
        >
          <p className="font-medium">Demo account (development only)</p>
          <p className="text-muted-foreground">
            Email <code className="font-mono">{DEMO_EMAIL}</code>, password{" "}
            <code className="font-mono">{DEMO_PASSWORD}</code>
          </p>
        </aside>
      ) : null}
    </div>
  );
}
