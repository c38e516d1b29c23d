/** Identity of the site, used in titles, meta tags and the header. */
export const SITE = {
  name: 'Stride Atlas',
  tagline: 'The muscles that make runners faster, and how to train each one',
  description:
    'Stride Atlas shows runners which muscles drive speed and how to strengthen each one, with exercises, doses and progressions.',
  locale: 'en_GB',
  lang: 'en',
} as const;

/** Formats a page title the same way everywhere: "Page · Stride Atlas". */
export function pageTitle(title: string): string {
  return title === SITE.name ? title : `${title} · ${SITE.name}`;
}
