import type { SiteGraph, ExerciseEntry } from '../graph/site-graph';
import {
  EQUIPMENT,
  EQUIPMENT_LABELS,
  KIND_LABELS,
  KINDS,
  LEVEL_LABELS,
  LEVELS,
} from '../content/taxonomy';

/** What a search result is; shown as a badge and usable as a filter. */
export const RESULT_TYPES = {
  guide: 'Guide',
  muscle: 'Muscle group',
  exercise: 'Exercise',
  complaint: 'Complaint',
  program: 'Program',
  source: 'Source',
} as const;
export type ResultType = keyof typeof RESULT_TYPES;

/**
 * The exercise filters of the search page, in display order. Each key is both the Pagefind
 * filter name and the URL parameter (/search/?kind=stretch&equipment=none), and values are
 * ids, so a shared search URL survives a relabelling.
 */
export function searchFilters(graph: SiteGraph) {
  const muscles = graph.muscles.map((m) => ({ value: m.id, label: m.data.name }));
  return [
    { key: 'works', label: 'Works', values: muscles },
    { key: 'also', label: 'Also works', values: muscles },
    { key: 'kind', label: 'Kind', values: KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })) },
    {
      key: 'equipment',
      label: 'Equipment',
      values: EQUIPMENT.map((e) => ({ value: e, label: EQUIPMENT_LABELS[e] })),
    },
    {
      key: 'level',
      label: 'Level',
      values: LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] })),
    },
  ];
}
export type SearchFilter = ReturnType<typeof searchFilters>[number];

/** The filter values an exercise page carries into the index. */
export function exerciseFilterValues(
  exercise: ExerciseEntry,
  graph: SiteGraph,
): Record<string, string[]> {
  const { primary, secondary } = graph.musclesOf(exercise);
  return {
    works: primary.map((m) => m.id),
    also: secondary.map((m) => m.id),
    kind: [exercise.data.kind],
    equipment: [...exercise.data.equipment],
    level: [exercise.data.level],
  };
}

/** One Pagefind meta attribute, "key:value" (one per element; a comma would split it). */
export function metaAttribute(key: string, value: string): string {
  return `${key}:${value.replace(/,/g, ' ')}`;
}

/** The result metadata of an exercise: what a reader scans a result list for. */
export function exerciseMeta(exercise: ExerciseEntry): Record<string, string> {
  return {
    kind: KIND_LABELS[exercise.data.kind],
    level: LEVEL_LABELS[exercise.data.level],
    equipment: exercise.data.equipment.map((e) => EQUIPMENT_LABELS[e]).join(' · '),
  };
}

/** Pagefind filter attributes, one "key:value" per element (ids never contain a colon). */
export function filterAttributes(filters: Record<string, readonly string[]>): string[] {
  return Object.entries(filters).flatMap(([key, values]) => values.map((v) => `${key}:${v}`));
}
