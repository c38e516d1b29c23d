import type { FacetValue } from '../graph/facets';
import type { Tier } from '../content/taxonomy';
import type { ProgramFacetValue } from '../programs/facets';
import { SITE } from '../site';

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** A count as the copy says it: small numbers in words ("nine"), larger ones in digits. */
export function countWord(n: number): string {
  return WORDS[n] ?? String(n);
}

/** The same text with its first letter in capitals, for a count that starts a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How many muscle groups each tier holds, for copy that names the numbers. */
export type TierCounts = Record<Tier, number>;

export function tierCounts(muscles: readonly { data: { tier: Tier } }[]): TierCounts {
  return {
    primary: muscles.filter((m) => m.data.tier === 'primary').length,
    supporting: muscles.filter((m) => m.data.tier === 'supporting').length,
  };
}

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
    description: (counts: TierCounts) =>
      `The ${countWord(counts.primary + counts.supporting)} muscle groups that decide how fast you run: ${countWord(counts.primary)} primary movers and ${countWord(counts.supporting)} supporting groups, with what each does and how to train it.`,
  },
  exercises: {
    title: 'Exercises for runners',
    eyebrow: 'Exercises',
    description: (count: number) =>
      `All ${count} strength, plyometric, core, stretching and mobility exercises, with the muscles they work, equipment, level and dose.`,
  },
  browse: { eyebrow: 'Browse exercises' },
  complaints: {
    title: 'Running complaints',
    docTitle: 'Running complaints: from pain to practice, with the evidence',
    eyebrow: 'From pain to practice',
    description:
      'Eight common running complaints: what each usually feels like, when to see a professional, and which exercises have evidence behind them, graded honestly.',
  },
  complaint: { eyebrow: 'Running complaint' },
  programs: {
    title: 'Strength programs for runners',
    eyebrow: 'Programs',
    description: (count: number) =>
      `${count} week-by-week strength programs for runners, from a first no-equipment block to heavy gym lifting, each with its doses, lighter weeks and sources.`,
  },
  programFilter: { eyebrow: 'Browse programs' },
  guide: { eyebrow: 'The guide' },
  stride: {
    title: 'The stride, phase by phase',
    docTitle: 'The running stride: which muscles work in each phase',
    eyebrow: 'Stride view',
    description:
      'One running stride in four phases, landing, mid-stance, push-off and swing, with the muscle groups that work in each and what they do there.',
  },
  sources: {
    title: 'Sources',
    docTitle: 'Sources: the research behind Stride Atlas',
    eyebrow: 'Evidence',
    description:
      'Every study, review and book the site cites, what each found in one sentence, and the pages that rely on it.',
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
  offline: {
    title: 'You are offline',
    eyebrow: 'Offline',
    description:
      'This page is not saved on this device. The guide, every muscle group, every exercise and search still work without a connection.',
  },
} as const;

const plural = (n: number) => `${n} exercise${n === 1 ? '' : 's'}`;

/** Title and description of a browse page, worded for its facet so each one is unique. */
export function browseCopy(value: FacetValue<unknown>): { title: string; description: string } {
  const n = plural(value.exercises.length);
  switch (value.facet) {
    case 'muscle':
      return {
        title: `Exercises for the ${value.label.toLowerCase()}`,
        description: `${n} that train the ${value.label.toLowerCase()}: those that target the group first, then those that also work it.`,
      };
    case 'kind':
      return {
        title: `${value.label} exercises`,
        description: `${n} of the ${value.label.toLowerCase()} kind for runners, with the muscles each one works, its level and its dose.`,
      };
    case 'equipment':
      return value.value === 'none'
        ? {
            title: 'Exercises with no equipment',
            description: `${n} you can do with your body weight alone, at home, in a park or before a run.`,
          }
        : {
            title: `Exercises with a ${value.label.toLowerCase()}`,
            description: `${n} for runners that use a ${value.label.toLowerCase()}, with the muscles each one works and how much to do.`,
          };
    case 'level':
      return {
        title: `${value.label} exercises`,
        description: `${n} rated ${value.label.toLowerCase()}, with the muscles each one works, the equipment it needs and its dose.`,
      };
  }
}

const programs = (n: number) => `${n} program${n === 1 ? '' : 's'}`;

/** Title and description of a filtered program list, worded for its filter so each is unique. */
export function programFilterCopy(value: ProgramFacetValue<unknown>): {
  title: string;
  description: string;
} {
  const n = programs(value.programs.length);
  switch (value.facet) {
    case 'level':
      return {
        title: `${value.label} strength programs`,
        description: `${n} for runners at the ${value.label.toLowerCase()} level, week by week, with every dose and where each session goes in your running week.`,
      };
    case 'equipment':
      return value.value === 'none'
        ? {
            title: 'Strength programs with no equipment',
            description: `${n} you can follow with your body weight alone, week by week, at home or in a park.`,
          }
        : {
            title: `Strength programs with a ${value.label.toLowerCase()}`,
            description: `${n} for runners that use a ${value.label.toLowerCase()}, week by week, with every dose and the lighter weeks.`,
          };
    case 'weeks':
      return {
        title: `${value.label} strength programs`,
        description: `${n} that run for ${value.label}, with every session, dose and lighter week set out in advance.`,
      };
  }
}
