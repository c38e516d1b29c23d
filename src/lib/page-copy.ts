import { SITE } from './site';

/**
 * Titles and descriptions of the pages that are not content entries. The pages and their
 * social cards both read them here, so a page and its preview always agree.
 */
export const PAGE_COPY = {
  home: {
    title: SITE.name,
    eyebrow: 'Strength training for runners',
    description: SITE.description,
  },
  muscles: {
    title: 'Muscle groups for runners',
    eyebrow: 'Muscles',
    description:
      'The seven muscle groups that decide how fast you run: four primary movers and three supporting groups, with what each does and how to train it.',
  },
  exercises: {
    title: 'Exercises for runners',
    eyebrow: 'Exercises',
    description: (count: number) =>
      `All ${count} strength, plyometric, core, stretching and mobility exercises, with the muscles they work, equipment, level and dose.`,
  },
  browse: { eyebrow: 'Browse exercises' },
  guide: { eyebrow: 'The guide' },
  stride: {
    title: 'The stride, phase by phase',
    docTitle: 'The running stride: which muscles work in each phase',
    eyebrow: 'Stride view',
    description:
      'One running stride in four phases, landing, mid-stance, push-off and swing, with the muscle groups that work in each and what they do there.',
  },
  search: {
    title: 'Search',
    eyebrow: 'Find an exercise or muscle',
    description:
      'Search every exercise, muscle group and the guide, and narrow exercises by the muscles they work, their kind, equipment and level.',
  },
  notFound: {
    title: 'Page not found',
    eyebrow: 'Error 404',
    description:
      'This page does not exist. Find the muscle group or exercise you were looking for.',
  },
} as const;
