/**
 * Counts, per page render, how many times each source has been cited so far, so every
 * <Cite> gets its own anchor and the reference list can link back to each one. Keyed by the
 * render's Request, which Astro shares between a page and all of its components.
 */
const counts = new WeakMap<Request, Map<string, number>>();

export function nextUse(request: Request, id: string): number {
  let page = counts.get(request);
  if (!page) {
    page = new Map();
    counts.set(request, page);
  }
  const use = (page.get(id) ?? 0) + 1;
  page.set(id, use);
  return use;
}
