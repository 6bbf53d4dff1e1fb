import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { signup } from "@/app/(auth)/actions";
import { oauthProviders } from "@/app/(auth)/auth";
import { AuthForm } from "@/components/auth/auth-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Create account" };

export default async function SignupPage(props: {
  searchParams: Promise<{ next?: string; invite?: string }>;
}) {
  const { next, invite } = await props.searchParams;
  if (await getCurrentUser()) redirect(next?.startsWith("/") ? next : "/icps");
  return (
    <AuthForm mode="signup" action={signup} next={next} invite={invite}>
      <OAuthButtons providers={oauthProviders()} next={next} />
    </AuthForm>
  );
}
