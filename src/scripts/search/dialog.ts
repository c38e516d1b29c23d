import { search } from './client';
import { UNAVAILABLE, arrowKeys, describe, renderHits } from './render';

/**
 * Results the dialog shows, about a phone screen's worth: each downloads its excerpt, so a
 * few good ones beat many, and the search page has the rest.
 */
const LIMIT = 5;

let dialog: HTMLDialogElement | undefined;
let opener: HTMLElement | null = null;

function build(searchPage: string): HTMLDialogElement {
  const node = document.createElement('dialog');
  node.className = 'search-dialog';
  node.setAttribute('aria-labelledby', 'search-dialog-title');
  node.innerHTML = `
    <div class="search-dialog-bar">
      <h2 id="search-dialog-title" class="visually-hidden">Search Stride Atlas</h2>
      <form role="search" class="search-dialog-form" method="get">
        <label for="search-dialog-input" class="visually-hidden">Search exercises, muscles and the guide</label>
        <input id="search-dialog-input" class="search-input" name="q" type="search" autocomplete="off" spellcheck="false"
          placeholder="Search exercises, muscles, the guide" />
      </form>
      <button type="button" class="pill-button" data-close>Close</button>
    </div>
    <p class="search-dialog-status" role="status"></p>
    <ol class="search-results"></ol>
    <p class="search-dialog-foot"><a data-more>Filter by muscle, kind, equipment and level</a>
      <span aria-hidden="true">↑↓ to move, Enter to open, Esc to close</span></p>`;
  document.body.append(node);

  const input = node.querySelector<HTMLInputElement>('input') as HTMLInputElement;
  const list = node.querySelector<HTMLElement>('.search-results') as HTMLElement;
  const status = node.querySelector<HTMLElement>('[role="status"]') as HTMLElement;
  const more = node.querySelector<HTMLAnchorElement>('[data-more]') as HTMLAnchorElement;
  more.href = searchPage;
  // Enter opens the first result; with none, it submits to the search page.
  node.querySelector('form')?.setAttribute('action', searchPage);

  let latest = 0;
  const run = async () => {
    const query = input.value;
    const ticket = ++latest;
    more.href = query.trim() ? `${searchPage}?q=${encodeURIComponent(query.trim())}` : searchPage;
    try {
      const outcome = await search(query, {}, LIMIT);
      if (!outcome || ticket !== latest) return;
      renderHits(list, outcome.hits);
      status.textContent =
        !query.trim() || outcome.tooShort
          ? ''
          : outcome.total === 0
            ? `No results for “${query.trim()}”`
            : describe(query, outcome.total, outcome.hits.length, outcome.relaxed);
    } catch {
      if (ticket === latest) status.textContent = UNAVAILABLE;
    }
  };
  input.addEventListener('input', run);
  node.querySelector('[data-close]')?.addEventListener('click', () => node.close());
  // A click on the backdrop (outside the panel) closes, like Escape.
  node.addEventListener('click', (event) => {
    if (event.target === node) node.close();
  });
  node.addEventListener('close', () => opener?.focus());
  // A modal dialog lets Tab leave for the browser's own controls; keep it in the dialog.
  node.addEventListener('keydown', (event) => {
    // Escape in a filled search box would only clear it; one press should close search.
    if (event.key === 'Escape') {
      event.preventDefault();
      node.close();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...node.querySelectorAll<HTMLElement>('input, button, a[href]')];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  });
  arrowKeys(input, list, true);
  return node;
}

/** Opens the search dialog; focus returns to whatever had it when the dialog closes. */
export function openSearch(searchPage: string, typedAhead = ''): void {
  dialog ??= build(searchPage);
  if (dialog.open) return;
  opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.showModal();
  const input = dialog.querySelector('input');
  if (!input) return;
  input.focus();
  if (typedAhead) {
    input.value = typedAhead;
    input.dispatchEvent(new Event('input'));
  } else input.select();
}
