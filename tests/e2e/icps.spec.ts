import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";

import { newUser, signUp } from "./helpers";

const ICP_URL = /\/icps\/[0-9a-f-]{36}$/;

function card(page: Page, name: string): Locator {
  return page.getByRole("article", { name, exact: true });
}

async function cardAction(page: Page, name: string, action: string) {
  await card(page, name).getByRole("button", { name: "ICP actions" }).click();
  await page.getByRole("menuitem", { name: action, exact: true }).click();
}

/**
 * Types into a suggestion combobox, picks the named suggestion, then
 * closes the list (it stays open for picking more).
 */
async function pick(page: Page, field: string, text: string, option: RegExp) {
  const box = page.getByRole("combobox", { name: field, exact: true });
  await box.fill(text);
  await page.getByRole("option", { name: option }).first().click();
  await box.press("Escape");
  await expect(page.getByRole("listbox")).toHaveCount(0);
}

/** Types a free value into a combobox and adds it with Enter. */
async function addFree(page: Page, field: string, text: string) {
  const box = page.getByRole("combobox", { name: field, exact: true });
  await box.fill(text);
  await expect(
    page.getByRole("option", { name: `Add “${text}”` }),
  ).toBeVisible();
  await box.press("Enter");
  await box.press("Escape");
}

async function createMinimalIcp(page: Page, name: string) {
  await page.goto("/icps/new");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByRole("button", { name: "Save ICP" }).click();
  await expect(page).toHaveURL(ICP_URL);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

type AxePage = ConstructorParameters<typeof AxeBuilder>[0]["page"];

/**
 * Serious and critical axe violations of the page, the app shell's
 * sidebar aside (shared chrome, checked with the shell) but open menus
 * and dialogs, which render in portals, included.
 */
async function seriousViolations(page: Page) {
  // @axe-core/playwright is typed against its own playwright-core copy.
  const results = await new AxeBuilder({ page: page as unknown as AxePage })
    .exclude('aside[aria-label="Sidebar"]')
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.html),
    }));
}

test.describe("ICP management", () => {
  test("create through all four tabs, edit, test a lead, clone, toggle, default and delete", async ({
    page,
  }) => {
    // One long journey through every feature: give it triple the time.
    test.slow();
    await signUp(page, newUser("icps"));

    await test.step("empty dashboard offers to create the first ICP", async () => {
      await expect(
        page.getByRole("heading", { level: 1, name: "ICPs" }),
      ).toBeVisible();
      await expect(
        page.getByRole("heading", { name: "Create your first ICP" }),
      ).toBeVisible();
      await page.getByRole("link", { name: "Create ICP", exact: true }).click();
      await expect(page).toHaveURL(/\/icps\/new$/);
    });

    await test.step("fill Overview, Company, Prospect and Location", async () => {
      await page
        .getByRole("textbox", { name: "Name", exact: true })
        .fill("US SaaS Revenue");
      await page
        .getByLabel("Description", { exact: true })
        .fill("Revenue leaders at mid-sized US software companies.");
      await page
        .getByLabel("Ideal customer description")
        .fill("SaaS companies of 51 to 500 people selling through Salesforce.");
      await expect(page.getByLabel("High-fit threshold")).toHaveValue("70");

      await page.getByRole("tab", { name: "Company" }).click();
      await pick(page, "Industries", "software as a service", /^SaaS$/);
      await page.getByRole("checkbox", { name: "51-200" }).check();
      await page.getByRole("checkbox", { name: "201-500" }).check();
      await pick(page, "Technologies", "salesfor", /^Salesforce$/);

      await page.getByRole("tab", { name: "Prospect" }).click();
      await addFree(page, "Job titles", "VP Sales");
      await pick(page, "Departments", "sal", /^Sales$/);
      await page.getByRole("checkbox", { name: "VP" }).check();

      await page.getByRole("tab", { name: "Location" }).click();
      await pick(page, "Countries", "united st", /^United States$/);
      await pick(page, "States and regions", "califor", /^California/);
      await pick(page, "Cities", "san franc", /^San Francisco/);

      await page.getByRole("button", { name: "Save ICP" }).click();
      await expect(page).toHaveURL(ICP_URL);
      await expect(
        page.getByRole("heading", { level: 1, name: "US SaaS Revenue" }),
      ).toBeVisible();
    });

    const criteria = page.getByRole("region", { name: "Criteria" });
    await test.step("the detail page lists the canonical criteria", async () => {
      for (const text of [
        "SaaS",
        "51-200 employees",
        "Salesforce",
        "VP Sales",
        "Sales",
        "VP",
        "United States",
        "California, US",
        "San Francisco",
      ]) {
        await expect(
          criteria
            .getByRole("listitem")
            .filter({ hasText: new RegExp(`^${text}$`) }),
        ).toHaveCount(1);
      }
    });

    await test.step("test a lead and read the explanation", async () => {
      const panel = page.getByRole("region", { name: "Test a lead" });
      await panel.getByLabel("Job title").fill("Vice President of Sales");
      await panel.getByLabel("Industry").fill("Software as a Service");
      await panel.getByLabel("Employees").fill("120");
      await panel.getByLabel("Country").fill("USA");
      await panel.getByRole("button", { name: "Score lead" }).click();
      const result = panel.getByRole("region", { name: "Score explanation" });
      await expect(result).toBeVisible();
      await expect(result.getByText(/^\d{1,3}$/).first()).toBeVisible();
      await expect(
        result.getByRole("listitem").filter({ hasText: "Industry" }),
      ).toContainText("Matched");
      await expect(panel.getByText(/score/i).first()).toBeVisible();
    });

    await test.step("edit the ICP", async () => {
      await page.getByRole("link", { name: "Edit", exact: true }).click();
      await expect(page).toHaveURL(/\/edit$/);
      await expect(
        page.getByRole("textbox", { name: "Name", exact: true }),
      ).toHaveValue("US SaaS Revenue");
      await page
        .getByLabel("Description", { exact: true })
        .fill("Sales leaders at US SaaS companies.");
      await page.getByRole("tab", { name: "Company" }).click();
      await expect(
        page.getByRole("checkbox", { name: "51-200" }),
      ).toBeChecked();
      await page.getByRole("checkbox", { name: "201-500" }).uncheck();
      // Stored as ISO codes, shown by name when the form opens again.
      await page.getByRole("tab", { name: "Location" }).click();
      await expect(
        page.getByRole("button", { name: "Remove United States" }),
      ).toBeVisible();
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page).toHaveURL(ICP_URL);
      await expect(
        page.getByText("Sales leaders at US SaaS companies."),
      ).toBeVisible();
      await expect(
        criteria.getByRole("listitem").filter({ hasText: /^201-500/ }),
      ).toHaveCount(0);
    });

    await test.step("the dashboard card summarises it", async () => {
      await page
        .getByRole("link", { name: "ICPs", exact: true })
        .first()
        .click();
      await expect(page).toHaveURL(/\/icps$/);
      const saas = card(page, "US SaaS Revenue");
      await expect(saas.getByText("Active", { exact: true })).toBeVisible();
      await expect(
        saas.getByText("Sales leaders at US SaaS companies."),
      ).toBeVisible();
      await expect(saas.getByRole("list", { name: "Criteria" })).toContainText(
        "SaaS",
      );
      await expect(saas.getByRole("definition")).toHaveText(["0", "0", "—"]);
    });

    await test.step("clone under a prefilled unique name", async () => {
      await cardAction(page, "US SaaS Revenue", "Clone");
      const dialog = page.getByRole("dialog", { name: "Clone ICP" });
      await expect(dialog.getByLabel("Name of the copy")).toHaveValue(
        "Copy of US SaaS Revenue",
      );
      await dialog.getByRole("button", { name: "Clone ICP" }).click();
      await expect(dialog).toBeHidden();
      const copy = card(page, "Copy of US SaaS Revenue");
      await expect(copy).toBeVisible();
      await expect(copy.getByText("Active", { exact: true })).toBeVisible();
      await expect(copy.getByText("Default")).toHaveCount(0);
      await expect(copy.getByRole("list", { name: "Criteria" })).toContainText(
        "Salesforce",
      );

      // A second clone gets the next free name.
      await cardAction(page, "US SaaS Revenue", "Clone");
      await expect(dialog.getByLabel("Name of the copy")).toHaveValue(
        "Copy of US SaaS Revenue (2)",
      );
      await dialog.getByLabel("Name of the copy").fill("EMEA SaaS Revenue");
      await dialog.getByRole("button", { name: "Clone ICP" }).click();
      await expect(card(page, "EMEA SaaS Revenue")).toBeVisible();
    });

    await test.step("deactivate, filter, and reactivate", async () => {
      await cardAction(page, "Copy of US SaaS Revenue", "Deactivate");
      const copy = card(page, "Copy of US SaaS Revenue");
      await expect(copy.getByText("Inactive", { exact: true })).toBeVisible();

      await page.getByRole("link", { name: "Inactive", exact: true }).click();
      await expect(page).toHaveURL(/status=inactive/);
      await expect(page.getByRole("article")).toHaveCount(1);
      await expect(copy).toBeVisible();

      await page.getByRole("link", { name: "Active", exact: true }).click();
      await expect(page.getByRole("article")).toHaveCount(2);
      await expect(copy).toHaveCount(0);

      await page.getByRole("link", { name: "All", exact: true }).click();
      await cardAction(page, "Copy of US SaaS Revenue", "Activate");
      await expect(copy.getByText("Active", { exact: true })).toBeVisible();
    });

    await test.step("search by name", async () => {
      await page.getByLabel("Search ICPs by name").fill("emea");
      await page.getByRole("button", { name: "Search" }).click();
      await expect(page).toHaveURL(/q=emea/);
      await expect(page.getByRole("article")).toHaveCount(1);
      await expect(card(page, "EMEA SaaS Revenue")).toBeVisible();
      await page.getByLabel("Search ICPs by name").fill("");
      await page.getByRole("button", { name: "Search" }).click();
      await expect(page.getByRole("article")).toHaveCount(3);
    });

    await test.step("set as default moves the marker", async () => {
      const marker = (name: string) =>
        card(page, name).getByText("Default", { exact: true });
      await cardAction(page, "US SaaS Revenue", "Set as Default");
      await expect(marker("US SaaS Revenue")).toBeVisible();

      await cardAction(page, "EMEA SaaS Revenue", "Set as Default");
      await expect(marker("EMEA SaaS Revenue")).toBeVisible();
      await expect(marker("US SaaS Revenue")).toHaveCount(0);
      await page.reload();
      await expect(page.getByText("Default", { exact: true })).toHaveCount(1);
      await expect(marker("EMEA SaaS Revenue")).toBeVisible();

      // Deactivating the default clears the flag ...
      await cardAction(page, "EMEA SaaS Revenue", "Deactivate");
      await expect(marker("EMEA SaaS Revenue")).toHaveCount(0);
      await expect(
        card(page, "EMEA SaaS Revenue").getByText("Inactive", { exact: true }),
      ).toBeVisible();
      // ... and making an inactive ICP the default activates it.
      await cardAction(page, "EMEA SaaS Revenue", "Set as Default");
      await expect(marker("EMEA SaaS Revenue")).toBeVisible();
      await expect(
        card(page, "EMEA SaaS Revenue").getByText("Active", { exact: true }),
      ).toBeVisible();
    });

    await test.step("delete asks for confirmation", async () => {
      await cardAction(page, "Copy of US SaaS Revenue", "Delete");
      const confirm = page.getByRole("alertdialog", {
        name: "Delete “Copy of US SaaS Revenue”?",
      });
      await expect(confirm).toBeVisible();
      await confirm.getByRole("button", { name: "Cancel" }).click();
      await expect(card(page, "Copy of US SaaS Revenue")).toBeVisible();

      await cardAction(page, "Copy of US SaaS Revenue", "Delete");
      await confirm.getByRole("button", { name: "Delete ICP" }).click();
      await expect(card(page, "Copy of US SaaS Revenue")).toHaveCount(0);
      await page.reload();
      await expect(card(page, "Copy of US SaaS Revenue")).toHaveCount(0);
      await expect(page.getByRole("article")).toHaveCount(2);
    });
  });

  test("validation errors show inline on the right tab and nothing is saved", async ({
    page,
  }) => {
    await signUp(page, newUser("icpval"));
    await createMinimalIcp(page, "Nordic Fintech");

    await page.goto("/icps/new");
    await page.getByRole("tab", { name: "Location" }).click();
    await page.getByRole("button", { name: "Save ICP" }).click();

    const overview = page.getByRole("tab", { name: "Overview" });
    await expect(overview).toHaveAttribute("aria-selected", "true");
    await expect(overview).toHaveAccessibleDescription(/need attention/);
    const name = page.getByRole("textbox", { name: "Name", exact: true });
    await expect(name).toBeFocused();
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Name is required")).toBeVisible();
    await expect(page).toHaveURL(/\/icps\/new$/);

    // A duplicate name, whatever its case, is refused the same way.
    await name.fill("  nordic FINTECH ");
    await page.getByRole("button", { name: "Save ICP" }).click();
    await expect(
      page.getByText("An ICP with this name already exists"),
    ).toBeVisible();
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/icps\/new$/);

    // A weight out of range marks the Overview tab while another is open.
    await name.fill("Nordic Fintech 2");
    await page.getByLabel("Industry weight").fill("11");
    await page.getByRole("tab", { name: "Company" }).click();
    await page.getByRole("button", { name: "Save ICP" }).click();
    await expect(overview).toHaveAttribute("aria-selected", "true");
    await expect(page.getByLabel("Industry weight")).toBeFocused();
    await expect(page.getByText("between 0 and 10")).toBeVisible();

    await page.goto("/icps");
    await expect(page.getByRole("article")).toHaveCount(1);
    await expect(card(page, "Nordic Fintech")).toBeVisible();
  });

  test("another team's ICP pages answer 404", async ({ browser, page }) => {
    const other = await browser.newPage();
    await signUp(other, newUser("teamb"));
    await createMinimalIcp(other, "Team B Secret ICP");
    const foreignUrl = new URL(other.url()).pathname;
    await other.close();

    await signUp(page, newUser("teama"));
    for (const path of [foreignUrl, `${foreignUrl}/edit`]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(
        page.getByRole("heading", { name: "ICP not found" }),
      ).toBeVisible();
      await expect(page.getByText("Team B Secret ICP")).toHaveCount(0);
    }
    const malformed = await page.goto("/icps/not-a-uuid");
    expect(malformed?.status()).toBe(404);
  });

  test("dashboard, form and detail page have no serious accessibility violations", async ({
    page,
  }) => {
    await signUp(page, newUser("icpaxe"));
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto("/icps/new");
    for (const tab of ["Overview", "Company", "Prospect", "Location"]) {
      await page.getByRole("tab", { name: tab }).click();
      expect(await seriousViolations(page), tab).toEqual([]);
    }
    // With errors showing, too.
    await page.getByRole("tab", { name: "Overview" }).click();
    await page.getByRole("button", { name: "Save ICP" }).click();
    await expect(page.getByText("Name is required")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await createMinimalIcp(page, "Accessible ICP");
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto("/icps");
    await expect(card(page, "Accessible ICP")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await card(page, "Accessible ICP")
      .getByRole("button", { name: "ICP actions" })
      .click();
    await expect(page.getByRole("menu")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
