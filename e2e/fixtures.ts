import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * The parts of a Stride Atlas page the tests reach for, named once. A selector that changes
 * with the markup changes here, not in a dozen specs.
 */
export class SitePage {
  constructor(readonly page: Page) {}

  /** The one h1. */
  get heading(): Locator {
    return this.page.locator('h1');
  }

  /** The section whose heading carries `id` (e.g. "how-to-do-it"). */
  section(id: string): Locator {
    // The heading is a child of the section, or sits in a wrapper beside its anchor link; an
    // outer section that merely contains this one does not match.
    return this.page.locator(`section:has(> [id="${id}"], > * > [id="${id}"])`);
  }

  /** The visible breadcrumb trail. */
  get breadcrumbs(): Locator {
    return this.page.getByRole('navigation', { name: 'Breadcrumb' });
  }

  /** The clickable muscle regions of the body figure, or one group's region. */
  regions(group?: string): Locator {
    return this.page.locator(
      group ? `.body-figure svg a[data-group="${group}"]` : '.body-figure svg a',
    );
  }

  /** The search dialog, its input and its result items. */
  get dialog(): Locator {
    return this.page.locator('dialog.search-dialog');
  }
  get searchInput(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search exercises, muscles and the guide' });
  }
  get hits(): Locator {
    return this.page.locator('.search-hit');
  }

  /** One row of the facts panel ("Dose", "Works", "Also works"), as its <dd>. */
  fact(term: string): Locator {
    return this.page
      .locator('dl > div')
      .filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${term}$`) }) })
      .locator('dd');
  }

  /** The text an element holds directly, without the text of its child elements. */
  async ownText(element: Locator): Promise<string> {
    return element.evaluate((el) =>
      [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim(),
    );
  }

  /** The own text of each element `elements` matches, in document order. */
  async ownTexts(elements: Locator): Promise<string[]> {
    return elements.evaluateAll((list) =>
      list.map((el) =>
        [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent ?? '')
          .join('')
          .trim(),
      ),
    );
  }

  async canonical(): Promise<string> {
    return (await this.page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
  }

  /** Every JSON-LD block on the page, parsed. */
  async jsonLd(): Promise<Record<string, unknown>[]> {
    const blocks = await this.page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
    return blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
  }

  /** The hrefs of the links inside `scope`, in document order. */
  async hrefs(scope: Locator): Promise<string[]> {
    return scope.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  }

  /** Opens the search dialog with "/" and types a query. */
  async search(query: string): Promise<void> {
    await this.page.keyboard.press('/');
    await this.searchInput.fill(query);
    await expect(this.dialog.locator('.search-hit').first()).toBeVisible();
  }
}

export const test = base.extend<{ site: SitePage }>({
  site: async ({ page }, use) => {
    await use(new SitePage(page));
  },
});

export { expect };
