import type { BodyMap } from './body-map';

/** Fill colours for a standalone figure, which cannot read the site's CSS custom properties. */
export interface FigurePalette {
  /** Parts of the body that belong to no muscle group. */
  body: string;
  /** Muscle groups that are not highlighted. */
  muscle: string;
  /** The highlighted group. */
  highlight: string;
  /** Fills the whole image when given; otherwise the figure is transparent. */
  background?: string;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The body figure as one self-contained SVG document with a single group highlighted and no
 * links, styles or scripts: the form an image renderer (a social card, a print) can take.
 */
export function bodyMapSvg(
  map: BodyMap,
  options: { highlight: string; palette: FigurePalette; title?: string },
): string {
  const { highlight, palette, title } = options;
  if (!map.groups.some((g) => g.id === highlight)) {
    throw new Error(`the body figure has no group "${highlight}"`);
  }
  const [x, y, width, height] = map.viewBox.split(' ');
  const fill = (colour: string) => `fill="${escapeAttribute(colour)}"`;
  // As on the site, each group is ringed in the background colour where it overlaps the body.
  const ring = palette.background
    ? ` stroke="${escapeAttribute(palette.background)}" stroke-width="4" paint-order="stroke"`
    : '';
  const parts = [
    title ? `<title>${escapeAttribute(title)}</title>` : '',
    palette.background
      ? `<rect x="${x}" y="${y}" width="${width}" height="${height}" ${fill(palette.background)}/>`
      : '',
    `<path ${fill(palette.body)} d="${map.body}"/>`,
    ...map.groups.map(
      (g) =>
        `<path ${fill(g.id === highlight ? palette.highlight : palette.muscle)}${ring} d="${g.d}"/>`,
    ),
  ];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${map.viewBox}" width="${width}" height="${height}">` +
    `${parts.join('')}</svg>`
  );
}
