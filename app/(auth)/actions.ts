"use server";

import { AuthError } from "next-auth";
import { z } from "zod";

import { createUserWithTeam, getUserByEmail } from "@/db/queries/users";
import { acceptInvite } from "@/db/queries/teams";
import { hashPassword } from "@/lib/auth/password";
import { isUniqueViolation } from "@/lib/errors";
import { logger } from "@/lib/logger";

import { signIn, signOut } from "./auth";

export type AuthFormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Partial<Record<"name" | "email" | "password", string>>;
  redirectTo?: string;
};

const emailField = z
  .string()
  .trim()
  .min(1, "Enter your email")
  .max(320)
  .email("Enter a valid email address");

const signupSchema = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100),
  email: emailField,
  password: z
    .string()
    .min(8, "Use at least 8 characters")
    .max(200, "Use at most 200 characters"),
});

const loginSchema = z.object({
  email: emailField,
  password: z.string().min(1, "Enter your password").max(200),
});

function safeRedirect(target: FormDataEntryValue | null): string {
  const s = typeof target === "string" ? target : "";
  // Only same-site paths; never "//host" or absolute URLs.
  return s.startsWith("/") && !s.startsWith("//") ? s : "/icps";
}

function firstErrors(error: z.ZodError): AuthFormState["fieldErrors"] {
  const out: Record<string, string> = {};
  for (const i of error.issues) {
    const key = String(i.path[0]);
    out[key] ??= i.message;
  }
  return out;
}

async function finishInvite(form: FormData, userId: string) {
  const token = form.get("invite");
  if (typeof token === "string" && token) {
    await acceptInvite({ token, userId });
  }
}

export async function login(
  _prev: AuthFormState,
  form: FormData,
): Promise<AuthFormState> {
  const parsed = loginSchema.safeParse({
    email: form.get("email"),
    password: form.get("password"),
  });
  if (!parsed.success) {
    return { status: "error", fieldErrors: firstErrors(parsed.error) };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (err) {
    if (err instanceof AuthError) {
      // One answer for unknown emails and wrong passwords alike.
      return { status: "error", message: "Invalid email or password." };
    }
    throw err;
  }
  const user = await getUserByEmail(parsed.data.email);
  if (user) {
    try {
      await finishInvite(form, user.id);
    } catch (err) {
      logger.info({ err }, "invite not accepted at sign-in");
    }
  }
  return { status: "success", redirectTo: safeRedirect(form.get("next")) };
}

export async function signup(
  _prev: AuthFormState,
  form: FormData,
): Promise<AuthFormState> {
  const parsed = signupSchema.safeParse({
    name: form.get("name"),
    email: form.get("email"),
    password: form.get("password"),
  });
  if (!parsed.success) {
    return { status: "error", fieldErrors: firstErrors(parsed.error) };
  }
  const { name, email, password } = parsed.data;
  let userId: string;
  try {
    const { user } = await createUserWithTeam({
      name,
      email,
      passwordHash: await hashPassword(password),
    });
    userId = user.id;
  } catch (err) {
    if (isUniqueViolation(err)) {
      return {
        status: "error",
        fieldErrors: { email: "An account with this email already exists." },
      };
    }
    throw err;
  }
  await signIn("credentials", { email, password, redirect: false });
  try {
    await finishInvite(form, userId);
  } catch (err) {
    logger.info({ err }, "invite not accepted at sign-up");
  }
  return { status: "success", redirectTo: safeRedirect(form.get("next")) };
}

export async function logout(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
