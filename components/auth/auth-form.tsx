"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";

import type { AuthFormState } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Props = {
  mode: "login" | "signup";
  action: (state: AuthFormState, form: FormData) => Promise<AuthFormState>;
  next?: string;
  invite?: string;
  children?: React.ReactNode;
};

const initial: AuthFormState = { status: "idle" };

export function AuthForm(props: Props) {
  const { mode, action, next, invite } = props;
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, initial);

  useEffect(() => {
    if (state.status === "success" && state.redirectTo) {
      router.replace(state.redirectTo);
      router.refresh();
    }
  }, [state, router]);

  const err = state.fieldErrors ?? {};
  const isSignup = mode === "signup";
  const query = new URLSearchParams();
  if (next) query.set("next", next);
  if (invite) query.set("invite", invite);
  const qs = query.size ? `?${query}` : "";

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1>{isSignup ? "Create your account" : "Sign in"}</h1>
        </CardTitle>
        <CardDescription>
          {isSignup
            ? "Start scoring leads against your Ideal Customer Profiles."
            : "Welcome back to ICP Studio."}
        </CardDescription>
      </CardHeader>
      {props.children ? <CardContent>{props.children}</CardContent> : null}
      <form action={formAction} noValidate>
        <CardContent className="grid gap-4">
          {next ? <input type="hidden" name="next" value={next} /> : null}
          {invite ? <input type="hidden" name="invite" value={invite} /> : null}
          {isSignup ? (
            <Field
              id="name"
              label="Name"
              autoComplete="name"
              error={err.name}
            />
          ) : null}
          <Field
            id="email"
            label="Email"
            type="email"
            autoComplete="email"
            error={err.email}
          />
          <Field
            id="password"
            label="Password"
            type="password"
            autoComplete={isSignup ? "new-password" : "current-password"}
            error={err.password}
            hint={isSignup ? "At least 8 characters." : undefined}
          />
          {state.message ? (
            <p role="alert" className="text-sm font-medium text-destructive">
              {state.message}
            </p>
          ) : null}
        </CardContent>
        <CardFooter className="mt-6 flex flex-col gap-3">
          <Button type="submit" className="w-full" disabled={pending}>
            {pending
              ? isSignup
                ? "Creating account…"
                : "Signing in…"
              : isSignup
                ? "Sign up"
                : "Sign in"}
          </Button>
          <p className="text-sm text-muted-foreground">
            {isSignup ? "Already have an account? " : "New to ICP Studio? "}
            <Link
              className="font-medium text-primary underline-offset-4 hover:underline"
              href={`${isSignup ? "/login" : "/signup"}${qs}`}
            >
              {isSignup ? "Sign in" : "Create an account"}
            </Link>
          </p>
        </CardFooter>
      </form>
    </Card>
  );
}

function Field(props: {
  id: string;
  label: string;
  type?: string;
  autoComplete?: string;
  error?: string;
  hint?: string;
}) {
  const describedBy =
    [
      props.error ? `${props.id}-error` : "",
      props.hint ? `${props.id}-hint` : "",
    ]
      .filter(Boolean)
      .join(" ") || undefined;
  return (
    <div className="grid gap-2">
      <Label htmlFor={props.id}>{props.label}</Label>
      <Input
        id={props.id}
        name={props.id}
        type={props.type ?? "text"}
        autoComplete={props.autoComplete}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        required
      />
      {props.hint && !props.error ? (
        <p id={`${props.id}-hint`} className="text-xs text-muted-foreground">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${props.id}-error`} className="text-sm text-destructive">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
