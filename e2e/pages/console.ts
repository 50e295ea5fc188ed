import { expect, type Locator, type Page } from "@playwright/test";

/** The console as a person sees it: folders, rows, and the share dialog. */
export class ConsolePage {
  constructor(readonly page: Page) {}

  table(): Locator {
    return this.page.getByRole("table");
  }

  breadcrumb(): Locator {
    return this.page.getByRole("navigation", { name: "Breadcrumb" });
  }

  /** The table row of an object or folder, matched on its exact displayed name. */
  row(name: string): Locator {
    return this.table()
      .getByRole("row")
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async openFolder(name: string) {
    await this.table().getByRole("link", { name: `${name}/`, exact: true }).click();
  }

  async openShare(name: string) {
    await this.row(name).getByRole("button", { name: "Share" }).click();
    return new ShareDialog(this.page);
  }
}

export class ShareDialog {
  readonly dialog: Locator;
  constructor(readonly page: Page) {
    this.dialog = page.getByRole("dialog", { name: "Share a presigned link" });
  }

  async choose(expiry: string | { amount: string; unit: string }) {
    if (typeof expiry === "string") {
      await this.dialog.getByLabel("Expires in").selectOption({ label: expiry });
    } else {
      await this.dialog.getByLabel("Expires in").selectOption({ label: "Custom…" });
      await this.dialog.getByLabel("Custom expiry").fill(expiry.amount);
      await this.dialog.getByLabel("Unit").selectOption(expiry.unit);
    }
  }

  /** Creates a link and returns its URL. */
  async create(opts: { expiry?: Parameters<ShareDialog["choose"]>[0]; download?: boolean } = {}): Promise<string> {
    if (opts.expiry) await this.choose(opts.expiry);
    if (opts.download) await this.dialog.getByLabel("Download as file").check();
    await this.dialog.getByRole("button", { name: "Create link" }).click();
    const field = this.dialog.getByLabel("Presigned URL");
    await expect(field).toBeVisible();
    return field.inputValue();
  }

  error(): Locator {
    return this.dialog.getByRole("alert");
  }

  async close() {
    await this.dialog.getByRole("button", { name: "Close" }).click();
    await expect(this.dialog).toBeHidden();
  }
}
