import crypto from "node:crypto";

import { expect } from "@playwright/test";
import type { Page } from "@playwright/test";

export type TestUser = { name: string; email: string; password: string };

export function newUser(label = "user"): TestUser {
  const id = crypto.randomBytes(4).toString("hex");
  return {
    name: `${label[0]!.toUpperCase()}${label.slice(1)} ${id}`,
    email: `${label}-${id}@example.test`,
    password: `pw-${id}-secret`,
  };
}

/** Signs up through the real form and lands on the ICP dashboard. */
export async function signUp(page: Page, user = newUser()): Promise<TestUser> {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page).toHaveURL(/\/icps/);
  return user;
}

export async function signIn(page: Page, user: TestUser): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/icps/);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "User menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
}
