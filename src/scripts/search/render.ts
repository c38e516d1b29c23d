import type { Hit } from './client';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Draws results as a list of links: the page, then the sections where the words occur. */
export function renderHits(list: HTMLElement, hits: Hit[]): void {
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = el('li', 'search-hit');
      const link = el('a', 'search-hit-link');
      link.href = hit.url;
      const head = el('span', 'search-hit-head');
      head.append(
        el('span', 'search-hit-title', hit.title),
        el('span', 'search-hit-type', hit.type),
      );
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
    }),
  );
}

/** Moves focus through the result links with the arrow keys; Up from the first returns to the input. */
export function arrowKeys(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Enter') {
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
