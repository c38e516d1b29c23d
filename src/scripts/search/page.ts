/**
 * The /search/ page: the URL holds the query and the filters, so a search can be shared or
 * bookmarked. The form is a real GET form, so submitting it (Enter, or the button) reloads
 * /search/?q=... with or without JavaScript. This part, loaded with the page, restores the
 * form from the URL and owns the keys; the results code and Pagefind load right after it.
 */
const root = document.querySelector<HTMLElement>('[data-search-page]');
const form = root?.querySelector<HTMLFormElement>('form');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');

function restore(params: URLSearchParams): void {
  if (input) input.value = params.get('q') ?? '';
  for (const box of form?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []) {
    box.checked = params.getAll(box.name).includes(box.value);
  }
}

if (root && form && input) {
  root.querySelector('[data-no-js]')?.remove();
  restore(new URLSearchParams(location.search));
  if (!input.value) input.focus();
  // The results code and Pagefind load now: the box has focus, or the URL holds a search.
  import('./results-page').catch(() => {
    const status = root.querySelector('[data-search-status]');
    if (status) status.textContent = 'Search is unavailable: its code could not be loaded.';
  });
  // This page loads no dialog: its own shortcuts, "/" and Ctrl/Cmd+K, go to its search box.
  document.addEventListener('keydown', (event) => {
    const typing = (event.target as HTMLElement | null)?.closest('input, textarea, select');
    const slash = event.key === '/' && !typing;
    const k = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (!slash && !k) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
