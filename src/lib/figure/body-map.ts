import { VIEWS, type Artwork, type ArtworkPart } from './artwork';
import { FIGURE_REGIONS, regionsFor, type Region } from './regions';
import { formatPath, pathBounds, type Segment } from './svg-path';

/**
 * The body figure as the pages draw it: path data for each muscle group and one path for the
 * rest of the body, in a single coordinate space holding the front and back views side by
 * side. A muscle group is one shape list even when it shows on both views, so one link and
 * one hover style cover both.
 */
export interface BodyMap {
  viewBox: string;
  /** Everything that belongs to no muscle group: head, arms, the inner thigh and so on. */
  body: string;
  /** The muscle groups in site order, each with its shapes on both views. */
  groups: { id: string; d: string }[];
}

/** How strongly a figure shows a group: the page's own group, or an exercise's muscles. */
export type Emphasis = 'current' | 'primary' | 'secondary';

/**
 * Whole units: the figure is at most a few hundred pixels wide, so half a unit is under a
 * pixel, and it halves the path data a page carries compared with one decimal.
 */
const PRECISION = 0;
/** Room around the outermost shapes, in figure units. */
const MARGIN = 10;

const shapesOf = (parts: readonly ArtworkPart[]) => parts.flatMap((p) => p.shapes);
const pathData = (shapes: readonly Segment[][]) =>
  shapes.map((s) => formatPath(s, PRECISION)).join('');

export function buildBodyMap(
  groups: readonly { id: string; filePath?: string | undefined }[],
  artwork: Artwork,
  table: Readonly<Record<string, readonly Region[]>> = FIGURE_REGIONS,
): BodyMap {
  const claimed = new Set<ArtworkPart>();
  const partFor = ({ view, part }: Region): ArtworkPart => {
    const found = artwork[view].find((p) => p.slug === part);
    if (!found) throw new Error(`the body artwork has no "${part}" on the ${view} view`);
    claimed.add(found);
    return found;
  };

  const drawn = groups.map((group) => ({
    id: group.id,
    d: pathData(shapesOf(regionsFor(group, table).map(partFor))),
  }));
  const all = VIEWS.flatMap((view) => artwork[view]);
  const box = pathBounds(shapesOf(all).flat());
  const x = Math.floor(box.minX - MARGIN);
  const y = Math.floor(box.minY - MARGIN);
  const width = Math.ceil(box.maxX + MARGIN) - x;
  const height = Math.ceil(box.maxY + MARGIN) - y;

  return {
    viewBox: `${x} ${y} ${width} ${height}`,
    body: pathData(shapesOf(all.filter((p) => !claimed.has(p)))),
    groups: drawn,
  };
}

/**
 * The id under which a page that shows several small figures defines a shape once for all of
 * them to `<use>`: the body, or one group.
 */
export function figureShapeId(group?: string): string {
  return group === undefined ? 'figure-body' : `figure-group-${group}`;
}

/** The emphasis of each group in an exercise's figure, from its primary and secondary lists. */
export function exerciseEmphasis(muscles: {
  primary: readonly { id: string }[];
  secondary: readonly { id: string }[];
}): Map<string, Emphasis> {
  return new Map<string, Emphasis>([
    ...muscles.secondary.map((m) => [m.id, 'secondary'] as const),
    ...muscles.primary.map((m) => [m.id, 'primary'] as const),
  ]);
}
