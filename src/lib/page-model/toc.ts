/** A heading as Astro's render() reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/** Pages with fewer top-level sections than this read fine without a contents list. */
export const TOC_MIN_SECTIONS = 3;

/** Nests h3s under their h2; deeper headings stay out of the contents list. */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const h of headings) {
    if (h.depth === 2) items.push({ slug: h.slug, text: h.text, children: [] });
    else if (h.depth === 3) {
      const parent = items.at(-1);
      const item = { slug: h.slug, text: h.text, children: [] };
      if (parent) parent.children.push(item);
      else items.push(item);
    }
  }
  return items;
}
