import { search, type Outcome, type Selection } from './client';
import { UNAVAILABLE, arrowKeys, describe, renderHits } from './render';

/**
 * The search page's results, loaded by page.ts once the page is up: runs the search on every
 * change, rewrites the URL with replaceState, shows the filter counts and pages the results.
 */
const root = document.querySelector<HTMLElement>('[data-search-page]');
const form = root?.querySelector<HTMLFormElement>('form');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const list = root?.querySelector<HTMLElement>('.search-results');
const status = root?.querySelector<HTMLElement>('[data-search-status]');
const moreButton = root?.querySelector<HTMLButtonElement>('[data-search-more]');
/** Results per screen: each loads its excerpt, so more load only when asked for. */
const PAGE = 10;

function selection(): Selection {
  const chosen: Selection = {};
  for (const box of form?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked') ??
    []) {
    (chosen[box.name] ??= []).push(box.value);
  }
  return chosen;
}

function writeUrl(query: string, chosen: Selection): void {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const [key, values] of Object.entries(chosen)) for (const v of values) params.append(key, v);
  const qs = params.toString();
  history.replaceState(null, '', `${location.pathname}${qs ? `?${qs}` : ''}`);
}

function showCounts(counts: Record<string, Record<string, number>>): void {
  for (const box of form?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []) {
    const n = counts[box.name]?.[box.value] ?? 0;
    const badge = box.parentElement?.querySelector('.count');
    if (badge) badge.textContent = String(n);
    box.closest('label')?.classList.toggle('is-empty', n === 0 && !box.checked);
  }
}

let latest = 0;
let current: { outcome: Outcome; query: string; shown: number } | undefined;

function showStatus(): void {
  if (!status || !moreButton || !current) return;
  const { outcome, query, shown } = current;
  const filtered = Object.keys(selection()).length > 0;
  status.textContent =
    (!query.trim() && !filtered) || outcome.tooShort
      ? 'Type a word, or pick a filter, to search.'
      : outcome.total === 0
        ? 'Nothing matches. Try fewer words or fewer filters.'
        : describe(query, outcome.total, shown, outcome.relaxed);
  const left = outcome.total - shown;
  moreButton.hidden = left <= 0;
  moreButton.textContent = `Show ${Math.min(left, PAGE)} more`;
}

async function run(): Promise<void> {
  if (!input || !list || !status) return;
  const ticket = ++latest;
  const query = input.value;
  const chosen = selection();
  writeUrl(query, chosen);
  try {
    const outcome = await search(query, chosen, PAGE, true);
    if (!outcome || ticket !== latest) return;
    renderHits(list, outcome.hits);
    showCounts(outcome.counts);
    current = { outcome, query, shown: outcome.hits.length };
    showStatus();
  } catch {
    if (ticket === latest) status.textContent = UNAVAILABLE;
  }
}

async function showMore(): Promise<void> {
  if (!current || !list) return;
  const ticket = latest;
  const before = list.querySelectorAll(':scope > li').length;
  const hits = await current.outcome.more(PAGE);
  if (ticket !== latest) return;
  renderHits(list, hits, true);
  current.shown += hits.length;
  showStatus();
  // Keep the reader's place: focus the first of the results just added.
  list.querySelectorAll<HTMLAnchorElement>(':scope > li > a')[before]?.focus();
}

if (form && input && list) {
  form.addEventListener('input', () => void run());
  moreButton?.addEventListener('click', () => void showMore());
  arrowKeys(input, list);
  void run();
}
