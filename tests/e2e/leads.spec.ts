import fs from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";

import { previewCsv } from "@/lib/csv";

import { newUser, signUp } from "./helpers";

const SAMPLE = path.join(
  import.meta.dirname,
  "..",
  "fixtures",
  "leads-sample-apollo.csv",
);
const ICP_NAME = "Sales VPs";

async function createSalesIcp(page: Page) {
  await page.goto("/icps/new");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(ICP_NAME);
  await page.getByRole("tab", { name: "Prospect" }).click();
  const departments = page.getByRole("combobox", {
    name: "Departments",
    exact: true,
  });
  await departments.fill("sal");
  await page
    .getByRole("option", { name: /^Sales$/ })
    .first()
    .click();
  await departments.press("Escape");
  await page.getByRole("checkbox", { name: "VP" }).check();
  await page.getByRole("button", { name: "Save ICP" }).click();
  await expect(page).toHaveURL(/\/icps\/[0-9a-f-]{36}$/);
}

/** The emails of every row the table shows, following "Next page". */
async function emailsInTable(page: Page): Promise<string[]> {
  const emails: string[] = [];
  for (;;) {
    const cells = page
      .getByRole("table")
      .getByRole("row")
      .locator("td:first-child span.block");
    emails.push(...(await cells.allTextContents()));
    const next = page.getByRole("link", { name: "Next page" });
    if (!(await next.count())) return emails;
    await next.click();
    await page.waitForLoadState("networkidle");
  }
}

test.describe("lead lists", () => {
  test("import a CSV, score it, filter high fits, explain and export them", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await signUp(page, newUser("leads"));
    await createSalesIcp(page);

    await test.step("empty lead lists page offers an import", async () => {
      await page.getByRole("link", { name: "Lead lists" }).click();
      await expect(
        page.getByRole("heading", { name: "Import your first leads" }),
      ).toBeVisible();
      await page.getByRole("link", { name: "Import CSV" }).first().click();
      await expect(page).toHaveURL(/\/leads\/new$/);
    });

    await test.step("choose the file and check the suggested mapping", async () => {
      await page.getByLabel("Choose a CSV file").setInputFiles(SAMPLE);
      await expect(
        page.getByRole("heading", { name: "Map columns" }),
      ).toBeVisible();
      await expect(page.getByText(/looks like an Apollo export/)).toBeVisible();
      await expect(
        page.getByRole("combobox", { name: "Lead field for Title" }),
      ).toHaveValue("title");
      await expect(
        page.getByRole("combobox", { name: "Lead field for # Employees" }),
      ).toHaveValue("employeeCount");
      await page.getByRole("button", { name: "Continue to preview" }).click();
    });

    await test.step("preview normalised rows and import", async () => {
      const preview = page.getByRole("region", { name: "Normalised preview" });
      await expect(preview).toBeVisible();
      // "VP of Sales" is read as a VP in Sales; "USA" becomes US.
      await expect(preview.getByRole("row").nth(1)).toContainText("VP");
      await expect(preview.getByRole("row").nth(1)).toContainText("Sales");
      await page.getByLabel("List name").fill("Apollo sample");
      await page.getByRole("button", { name: "Import leads" }).click();
      await expect(
        page.getByRole("heading", { name: /Imported \d+ leads into/ }),
      ).toBeVisible({ timeout: 60_000 });
      await page.getByRole("link", { name: "Open lead list" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Apollo sample" }),
      ).toBeVisible();
    });

    await test.step("score the list against the ICP", async () => {
      await page.getByRole("button", { name: "Score", exact: true }).click();
      const high = page
        .getByRole("navigation", { name: "Fit filter" })
        .getByRole("link", { name: /^High/ });
      await expect(async () => {
        await page.reload();
        await expect(high).not.toHaveText(/High\s*0$/, { timeout: 1000 });
      }).toPass({ timeout: 60_000 });
      await expect(
        page.getByRole("link", { name: /^Unscored\s*0$/ }),
      ).toBeVisible({ timeout: 30_000 });
      await high.click();
      await expect(high).toHaveAttribute("aria-current", "page");
    });

    const highEmails = await test.step("open a lead's reasons", async () => {
      const first = page.getByRole("button", { name: /^Why this score:/ });
      await first.first().click();
      const explanation = page.getByRole("region", {
        name: "Score explanation",
      });
      await expect(explanation).toBeVisible();
      await expect(
        explanation.getByText("Seniority", { exact: true }),
      ).toBeVisible();
      await expect(
        explanation.getByText("High fit", { exact: true }),
      ).toBeVisible();
      await page.keyboard.press("Escape");
      return emailsInTable(page);
    });

    await test.step("export holds exactly the high-fit rows", async () => {
      expect(highEmails.length).toBeGreaterThan(0);
      await page.goto(page.url().replace(/&?cursor=[^&]*/, ""));
      await page.getByRole("button", { name: "Export" }).click();
      await page.getByRole("radio", { name: /HubSpot/ }).check();
      const downloading = page.waitForEvent("download");
      await page.getByRole("link", { name: "Download CSV" }).click();
      const download = await downloading;
      const text = fs.readFileSync(await download.path(), "utf8");
      const csv = previewCsv(text, { complete: true, rows: 10_000 });
      const col = (name: string) => csv.headers.indexOf(name);
      expect(col("Email")).toBeGreaterThanOrEqual(0);
      expect(csv.headers).toContain("Job Title");
      expect(csv.records.map((r) => r.cells[col("ICP Fit")])).toEqual(
        highEmails.map(() => "high"),
      );
      expect(
        csv.records.map((r) => r.cells[col("Email")]!.toLowerCase()).sort(),
      ).toEqual([...highEmails].sort());
      expect(new Set(csv.records.map((r) => r.cells[col("ICP Name")]))).toEqual(
        new Set([ICP_NAME]),
      );
    });
  });
});
