import type { View } from './artwork';
import { ContentError } from '../content/content-error';

/** The parts of the artwork a muscle group can be drawn with (the package's names, plus ours). */
export type FigurePart =
  | 'quadriceps'
  | 'hamstring'
  | 'gluteal'
  | 'calves'
  | 'tibialis'
  | 'abs'
  | 'obliques'
  | 'lower-back'
  | 'adductors'
  | 'feet'
  | 'hip-flexors'
  | 'fibularis'
  | 'tibialis-posterior';

export interface Region {
  view: View;
  part: FigurePart;
}

/**
 * Which shapes of the body figure belong to each muscle group. A group id that content/muscles
 * has but this table lacks fails the build, so a new group cannot go missing from the figure.
 */
export const FIGURE_REGIONS = {
  quadriceps: [{ view: 'front', part: 'quadriceps' }],
  hamstrings: [{ view: 'back', part: 'hamstring' }],
  glutes: [{ view: 'back', part: 'gluteal' }],
  // Seen from the front, the inner head of the gastrocnemius shows beside the shin.
  calves: [
    { view: 'back', part: 'calves' },
    { view: 'front', part: 'calves' },
  ],
  core: [
    { view: 'front', part: 'abs' },
    { view: 'front', part: 'obliques' },
    { view: 'back', part: 'lower-back' },
  ],
  'hip-flexors': [{ view: 'front', part: 'hip-flexors' }],
  'ankle-dorsiflexors': [{ view: 'front', part: 'tibialis' }],
  'hip-adductors': [
    { view: 'front', part: 'adductors' },
    { view: 'back', part: 'adductors' },
  ],
  // The sole muscles are the feet themselves; the long muscles show on the back of the leg.
  'foot-ankle-stabilisers': [
    { view: 'back', part: 'fibularis' },
    { view: 'back', part: 'tibialis-posterior' },
    { view: 'front', part: 'feet' },
    { view: 'back', part: 'feet' },
  ],
} as const satisfies Record<string, readonly Region[]>;

/** The regions of one muscle group; a group without any is a content mistake. */
export function regionsFor(
  group: { id: string; filePath?: string | undefined },
  table: Readonly<Record<string, readonly Region[]>> = FIGURE_REGIONS,
): readonly Region[] {
  const regions = Object.hasOwn(table, group.id) ? table[group.id] : undefined;
  if (!regions || regions.length === 0) {
    throw new ContentError(
      group.filePath,
      'id',
      `the muscle group "${group.id}" has no regions on the body figure; add it to FIGURE_REGIONS in src/lib/figure/regions.ts`,
    );
  }
  return regions;
}
