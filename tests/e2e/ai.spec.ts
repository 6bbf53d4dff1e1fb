import { expect, test } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";

import { newUser, signUp } from "./helpers";

const DESCRIPTION =
  "Series B SaaS companies with 50-200 employees in the US, targeting " +
  "VP Sales and CROs";

function chip(scope: Locator, label: string): Locator {
  return scope.getByRole("button", { name: `Remove ${label}`, exact: true });
}

/** Counts the draft requests the page sends, to prove none was made. */
function countGenerateRequests(page: Page): () => number {
  let count = 0;
  page.on("request", (req) => {
    if (req.method() === "POST" && req.url().endsWith("/api/icps/generate")) {
      count += 1;
    }
  });
  return () => count;
}

async function openDialog(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Create with AI" }).click();
  const dialog = page.getByRole("dialog", { name: "Create ICP with AI" });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe("Create with AI", () => {
  test("a too-short description shows the inline error and generates nothing", async ({
    page,
  }) => {
    await signUp(page, newUser("ai-short"));
    const requests = countGenerateRequests(page);
    const dialog = await openDialog(page);

    const box = dialog.getByRole("textbox", {
      name: "Describe your ideal customer",
    });
    await box.fill("SaaS");
    await expect(dialog.getByText("4 / 2,000 characters")).toBeVisible();
    await dialog.getByRole("button", { name: "Generate" }).click();

    await expect(dialog.getByRole("alert")).toHaveText(
      "The description is too short: use at least 10 characters.",
    );
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await expect(box).toBeFocused();
    await expect(dialog.getByRole("button", { name: "Save ICP" })).toHaveCount(
      0,
    );
    expect(requests()).toBe(0);

    // Typing clears the error; an example chip fills the box.
    await box.fill("SaaS companies");
    await expect(dialog.getByRole("alert")).toHaveCount(0);
    await dialog
      .getByRole("button", { name: /^Fintech startups in the UK/ })
      .click();
    await expect(box).toHaveValue(/^Fintech startups in the UK/);
  });

  test("describe, watch the form fill, adjust, save and see the card", async ({
    page,
  }) => {
    await signUp(page, newUser("ai-create"));
    const requests = countGenerateRequests(page);
    const dialog = await openDialog(page);

    await test.step("generate a draft from a description", async () => {
      await dialog
        .getByRole("textbox", { name: "Describe your ideal customer" })
        .fill(DESCRIPTION);
      await dialog.getByRole("button", { name: "Generate" }).click();
      // No provider is configured in end-to-end runs.
      await expect(
        dialog.getByText("Drafted offline by the built-in extractor", {
          exact: true,
        }),
      ).toBeVisible();
      expect(requests()).toBe(1);
    });

    await test.step("the fields hold the expected values", async () => {
      const name = dialog.getByRole("textbox", { name: "Name", exact: true });
      await expect(name).not.toHaveValue("");
      await expect(dialog.getByLabel("Ideal customer description")).toHaveValue(
        DESCRIPTION,
      );

      await dialog.getByRole("tab", { name: "Company" }).click();
      await expect(chip(dialog, "SaaS")).toBeVisible();
      await expect(
        dialog.getByRole("checkbox", { name: "51-200" }),
      ).toBeChecked();

      await dialog.getByRole("tab", { name: "Prospect" }).click();
      await expect(chip(dialog, "VP Sales")).toBeVisible();
      await expect(chip(dialog, "CRO")).toBeVisible();

      await dialog.getByRole("tab", { name: "Location" }).click();
      await expect(chip(dialog, "United States")).toBeVisible();
    });

    await test.step("adjust a field and save", async () => {
      await dialog.getByRole("tab", { name: "Company" }).click();
      await dialog.getByRole("checkbox", { name: "201-500" }).check();
      await dialog.getByRole("tab", { name: "Overview" }).click();
      await dialog
        .getByRole("textbox", { name: "Name", exact: true })
        .fill("AI Series B SaaS");
      await dialog.getByRole("button", { name: "Save ICP" }).click();
      await expect(dialog).toHaveCount(0);
    });

    await test.step("the card is on the dashboard", async () => {
      await expect(page).toHaveURL(/\/icps$/);
      const card = page.getByRole("article", {
        name: "AI Series B SaaS",
        exact: true,
      });
      await expect(card).toBeVisible();
      const criteria = card.getByRole("list", { name: "Criteria" });
      await expect(criteria).toContainText("SaaS");
      await expect(criteria).toContainText("201-500");
    });
  });
});
