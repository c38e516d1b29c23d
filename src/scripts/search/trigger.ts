/**
 * The only search code a page loads up front: it turns the header's link to /search/ into
 * a dialog and listens for "/" and Ctrl/Cmd+K. The dialog and Pagefind load on intent: the
 * pointer over the search control, focus on it, or the shortcut's keydown, so the
 * downloads overlap the reader's typing instead of following it.
 */
const link = document.querySelector<HTMLAnchorElement>('a[data-search-trigger]');
const loadDialog = () => import('./dialog');

let warmed = false;
/** Starts fetching the dialog code, pagefind.js, its worker, the wasm and the index metadata. */
function warm(): void {
  if (warmed) return;
  warmed = true;
  void loadDialog().catch(() => (warmed = false));
  // Also fetched here, alongside the dialog code rather than after it: one round trip less
  // on a slow network. The module is shared, so the client's own import reuses it.
  const pagefindJs = '/pagefind/pagefind.js';
  void import(/* @vite-ignore */ pagefindJs).catch(() => {});
  // A failure shows in the dialog when it opens; here it only allows a later retry.
  void import('./client').then((client) => client.loadPagefind()).catch(() => (warmed = false));
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el?.closest('input, textarea, select, [contenteditable="true"]'));
}

/** Keys typed while the dialog code is still loading, replayed into its input. */
let typedAhead: string | undefined;
document.addEventListener(
  'keydown',
  (event) => {
    if (typedAhead === undefined || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key.length === 1) typedAhead += event.key;
    else if (event.key === 'Backspace') typedAhead = typedAhead.slice(0, -1);
    else return;
    event.preventDefault();
    event.stopImmediatePropagation();
  },
  { capture: true },
);

async function open(): Promise<void> {
  const searchPage = link?.getAttribute('href') ?? '/search/';
  typedAhead ??= '';
  warm();
  try {
    const { openSearch } = await loadDialog();
    openSearch(searchPage, typedAhead);
  } finally {
    typedAhead = undefined;
  }
}

link?.addEventListener('click', (event) => {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  event.preventDefault();
  void open();
});
for (const intent of ['pointerenter', 'focus', 'touchstart'] as const) {
  link?.addEventListener(intent, warm, { once: true, passive: true });
}

document.addEventListener('keydown', (event) => {
  const shortcut =
    (event.key === '/' && !typing(event.target)) ||
    ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k');
  if (!shortcut || event.defaultPrevented) return;
  event.preventDefault();
  void open();
});
