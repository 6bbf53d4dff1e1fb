import { expect, test } from "@playwright/test";

import { newUser, signUp } from "./helpers";

const HEADER =
  "First Name,Last Name,Title,Company,Email,# Employees,Industry," +
  "Technologies,Country";

/** Best customers: mostly US SaaS sales leaders, a little noise. */
function bestCustomersCsv(): string {
  const rows: string[] = [];
  for (let i = 1; i <= 6; i++) {
    rows.push(
      `Vic,Seller${i},VP of Sales,Acme ${i},vic${i}@example.test,120,` +
        `Software as a Service,Salesforce,United States`,
    );
  }
  for (let i = 1; i <= 3; i++) {
    rows.push(
      `Cora,Revenue${i},Chief Revenue Officer,Beta ${i},` +
        `cora${i}@example.test,300,SaaS,"Salesforce, HubSpot",USA`,
    );
  }
  rows.push(
    "Eli,Builder,Software Engineer,Gamma,eli@example.test,5000,Fintech,," +
      "Germany",
  );
  return [HEADER, ...rows].join("\n");
}

test("Generate ICP from leads proposes an ICP from a lead list", async ({
  page,
}) => {
  await signUp(page, newUser("ai-leads"));

  await test.step("import a list of best customers", async () => {
    await page.goto("/leads/new");
    await page.getByLabel("Choose a CSV file").setInputFiles({
      name: "best-customers.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(bestCustomersCsv()),
    });
    await page.getByRole("button", { name: "Continue to preview" }).click();
    await page.getByLabel("List name").fill("Closed won");
    await page.getByRole("button", { name: "Import leads" }).click();
    await page.getByRole("link", { name: "Open lead list" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Closed won" }),
    ).toBeVisible();
  });

  await test.step("the proposal opens in the ICP form", async () => {
    await page.getByRole("link", { name: "Generate ICP from leads" }).click();
    await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}\/generate-icp$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "New ICP from Closed won" }),
    ).toBeVisible();
    await expect(
      page.getByText("Proposed from the values most of its 10 leads share", {
        exact: false,
      }),
    ).toBeVisible();
    await expect(
      page.getByText("Drafted offline from the list's values"),
    ).toBeVisible();

    await page.getByRole("tab", { name: "Company" }).click();
    await expect(
      page.getByRole("button", { name: "Remove SaaS", exact: true }),
    ).toBeVisible();
    await expect(
      page.getByRole("button", { name: "Remove Fintech", exact: true }),
    ).toHaveCount(0);
    await expect(page.getByRole("checkbox", { name: "51-200" })).toBeChecked();
    await page.getByRole("tab", { name: "Prospect" }).click();
    await expect(
      page.getByRole("button", { name: "Remove VP Sales", exact: true }),
    ).toBeVisible();
  });

  await test.step("nothing is saved until the user saves", async () => {
    await page.goto("/icps");
    await expect(
      page.getByRole("heading", { name: "Create your first ICP" }),
    ).toBeVisible();
    await page.goBack();
    await page
      .getByRole("textbox", { name: "Name", exact: true })
      .fill("Best customers");
    await page.getByRole("button", { name: "Save ICP" }).click();
    await expect(page).toHaveURL(/\/icps\/[0-9a-f-]{36}$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Best customers" }),
    ).toBeVisible();
  });
});
