/**
 * Copy-link buttons for the page and its sections. They exist only once this runs, so
 * without JavaScript there is no dead control; the # links beside each heading work either
 * way. Where the device has a share sheet it is used, elsewhere the clipboard.
 */
const liveRegion = document.querySelector<HTMLElement>('[data-share-status]');
const canShare = typeof navigator.share === 'function';
const canonical =
  document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ??
  location.href.replace(/#.*$/, '');

function announce(message: string): void {
  if (!liveRegion) return;
  // Clearing first makes screen readers repeat an identical message.
  liveRegion.textContent = '';
  requestAnimationFrame(() => (liveRegion.textContent = message));
}

const label = canShare ? 'Share' : 'Copy link';

// One button per section, made here rather than shipped hidden in every page's HTML.
for (const heading of document.querySelectorAll<HTMLElement>('.section-heading > [id]')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'share pill-button';
  button.dataset['shareTarget'] = heading.id;
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  hidden.textContent = ` to “${heading.textContent?.trim() ?? ''}”`;
  button.append(label, hidden);
  heading.parentElement?.append(button);
}

// The page's own button ships hidden: without JavaScript it would do nothing.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-share-target=""]')) {
  button.textContent = label;
  button.hidden = false;
}

document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>(
    'button[data-share-target]',
  );
  if (!button) return;
  const target = button.dataset['shareTarget'];
  const url = target ? `${canonical}#${target}` : canonical;
  try {
    if (canShare) {
      await navigator.share({ title: document.title, url });
      announce('Link shared');
    } else {
      await navigator.clipboard.writeText(url);
      announce(`Link copied: ${url}`);
    }
  } catch (error) {
    if ((error as DOMException).name !== 'AbortError') announce('Could not copy the link');
  }
});
