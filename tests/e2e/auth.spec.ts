import { expect, test } from "@playwright/test";

import { newUser, signIn, signOut, signUp } from "./helpers";

test.describe("accounts", () => {
  test("sign up lands on the dashboard with a personal team", async ({
    page,
  }) => {
    const user = await signUp(page);
    await expect(
      page.getByRole("button", { name: /^Team: .+ Switch team$/ }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Settings" }).first().click();
    await expect(page.getByRole("cell", { name: user.email })).toBeVisible();
  });

  test("sign up validates inline and keeps nothing on error", async ({
    page,
  }) => {
    await page.goto("/signup");
    await page.getByLabel("Name").fill("Short Password");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("123");
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect(page.getByText("Enter a valid email address")).toBeVisible();
    await expect(page.getByText("Use at least 8 characters")).toBeVisible();
    await expect(page).toHaveURL(/\/signup/);
  });

  test("a taken email is refused on sign-up", async ({ page, browser }) => {
    const user = await signUp(page);
    const other = await browser.newPage();
    await other.goto("/signup");
    await other.getByLabel("Name").fill("Copycat");
    await other.getByLabel("Email").fill(user.email.toUpperCase());
    await other.getByLabel("Password").fill("another-password");
    await other.getByRole("button", { name: "Sign up" }).click();
    await expect(
      other.getByText("An account with this email already exists."),
    ).toBeVisible();
    await other.close();
  });

  test("sign out, then sign in again", async ({ page }) => {
    const user = await signUp(page);
    await signOut(page);
    await page.goto("/icps");
    await expect(page).toHaveURL(/\/login\?next=%2Ficps/);
    await signIn(page, user);
    await expect(page.getByRole("link", { name: "ICPs" })).toBeVisible();
  });

  test("wrong password and unknown email get the same answer", async ({
    page,
  }) => {
    const user = await signUp(page);
    await signOut(page);
    const attempt = async (email: string) => {
      await page.goto("/login");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("wrong-password");
      await page.getByRole("button", { name: "Sign in" }).click();
      const alert = page.getByRole("alert").filter({ hasText: "Invalid" });
      await expect(alert).toBeVisible();
      return alert.textContent();
    };
    const known = await attempt(user.email);
    const unknown = await attempt(`nobody-${Date.now()}@example.test`);
    expect(known).toBe(unknown);
    expect(known).toContain("Invalid email or password.");
  });
});

test.describe("teams", () => {
  test("an owner invites by a one-time link and removes the member", async ({
    browser,
  }) => {
    const ownerPage = await browser.newPage();
    const owner = await signUp(ownerPage, newUser("owner"));
    await ownerPage.goto("/settings");
    await ownerPage.getByRole("button", { name: "Create invite link" }).click();
    const link = await ownerPage
      .getByRole("textbox", { name: "Invite link" })
      .inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]+$/);

    const joinerPage = await browser.newPage();
    const joiner = newUser("joiner");
    await joinerPage.goto(link);
    await joinerPage
      .getByRole("link", { name: "Create an account to join" })
      .click();
    await joinerPage.getByLabel("Name").fill(joiner.name);
    await joinerPage.getByLabel("Email").fill(joiner.email);
    await joinerPage.getByLabel("Password").fill(joiner.password);
    await joinerPage.getByRole("button", { name: "Sign up" }).click();
    await expect(joinerPage).toHaveURL(/\/icps/);
    await joinerPage.getByRole("button", { name: /Switch team/ }).click();
    const ownerTeam = `${owner.name}'s team`;
    await expect(
      joinerPage.getByRole("menuitem", { name: ownerTeam }),
    ).toBeVisible();
    await joinerPage.keyboard.press("Escape");

    // The link is spent.
    const third = await browser.newPage();
    await third.goto(link);
    await expect(
      third.getByRole("heading", { name: "Invite not valid" }),
    ).toBeVisible();

    await ownerPage.reload();
    await expect(
      ownerPage.getByRole("cell", { name: joiner.email }),
    ).toBeVisible();
    await ownerPage
      .getByRole("button", { name: `Remove ${joiner.name}` })
      .click();
    await ownerPage.getByRole("button", { name: "Remove member" }).click();
    await expect(
      ownerPage.getByRole("cell", { name: joiner.email }),
    ).toBeHidden();

    await joinerPage.reload();
    await joinerPage.getByRole("button", { name: /Switch team/ }).click();
    await expect(
      joinerPage.getByRole("menuitem", { name: ownerTeam }),
    ).toBeHidden();
    await Promise.all([ownerPage, joinerPage, third].map((p) => p.close()));
  });
});

test.describe("security baseline", () => {
  test("pages refuse framing and health reports the database", async ({
    request,
  }) => {
    const res = await request.get("/login");
    expect(res.headers()["x-frame-options"]).toBe("DENY");
    expect(res.headers()["content-security-policy"]).toContain(
      "frame-ancestors 'none'",
    );
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", db: "pglite" });
  });

  test("authenticated pages are private and not cached", async ({ page }) => {
    await signUp(page);
    const res = await page.request.get("/icps");
    expect(res.status()).toBe(200);
    const cache = res.headers()["cache-control"] ?? "";
    expect(cache).toContain("private");
    expect(cache).toContain("no-store");
  });

  test("x-middleware-subrequest cannot bypass auth", async ({ request }) => {
    for (const value of [
      "middleware",
      "proxy",
      "middleware:middleware:middleware:middleware:middleware",
      "proxy:proxy:proxy:proxy:proxy",
      "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
    ]) {
      const res = await request.get("/settings", {
        headers: { "x-middleware-subrequest": value },
        maxRedirects: 0,
      });
      expect(res.status(), value).toBe(307);
      expect(res.headers()["location"]).toContain("/login");
    }
  });

  test("the data layer checks the session even past the proxy", async ({
    request,
  }) => {
    // A forged cookie passes the proxy's presence check, but the page
    // itself finds no valid session and sends the visitor to sign in.
    const res = await request.get("/settings", {
      headers: { cookie: "authjs.session-token=forged" },
      maxRedirects: 0,
    });
    expect([302, 303, 307]).toContain(res.status());
    expect(res.headers()["location"]).toContain("/login");
  });
});
