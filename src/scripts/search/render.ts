import type { Hit } from './client';

/** Shown when pagefind.js cannot load; in development the usual cause is a missing build. */
export const UNAVAILABLE = import.meta.env.DEV
  ? 'Search is unavailable: there is no index yet. Run `npm run build` once, then reload.'
  : 'Search is unavailable: the index could not be loaded.';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One line for the status region: how many results, and which words they are for. */
export function describe(query: string, total: number, shown: number, relaxed?: string): string {
  const count = `${total} result${total === 1 ? '' : 's'}${total > shown ? `, showing the first ${shown}` : ''}`;
  return relaxed === undefined
    ? count
    : `No page has every word of “${query.trim()}”. ${count} for “${relaxed}”.`;
}

/** Draws results as a list of links: the page, then the sections where the words occur. */
export function renderHits(list: HTMLElement, hits: Hit[], append = false): void {
  const items = hits.map((hit) => {
    const item = el('li', 'search-hit');
    const link = el('a', 'search-hit-link');
    link.href = hit.url;
    const head = el('span', 'search-hit-head');
    head.append(el('span', 'search-hit-title', hit.title), el('span', 'search-hit-type', hit.type));
    const excerpt = el('span', 'search-hit-excerpt');
    excerpt.innerHTML = hit.excerpt;
    link.append(head, excerpt);
    item.append(link);
    if (hit.sections.length > 0) {
      const sections = el('ul', 'search-hit-sections');
      for (const section of hit.sections) {
        const sub = el('a');
        sub.href = section.url;
        const text = el('span', 'search-hit-excerpt');
        text.innerHTML = section.excerpt;
        sub.append(el('span', 'search-hit-section-title', section.title), text);
        const li = el('li');
        li.append(sub);
        sections.append(li);
      }
      item.append(sections);
    }
    return item;
  });
  if (append) list.append(...items);
  else list.replaceChildren(...items);
}

/**
 * Moves focus through the result links with the arrow keys; Up from the first returns to the
 * input. With `enterOpensFirst` (the dialog), Enter in the input opens the first result;
 * otherwise Enter submits the form as usual.
 */
export function arrowKeys(
  input: HTMLInputElement,
  list: HTMLElement,
  enterOpensFirst = false,
): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Enter' && enterOpensFirst) {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.click();
      }
    }
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    const next = index + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  });
}
