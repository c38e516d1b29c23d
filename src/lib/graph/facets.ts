import type { ExerciseNode, Graph, MuscleNode } from './graph';
import {
  EQUIPMENT,
  EQUIPMENT_LABELS,
  KIND_LABELS,
  KINDS,
  LEVEL_LABELS,
  LEVELS,
} from '../content/taxonomy';

/** The ways the exercise list can be browsed, each a folder under /exercises/. */
export const FACETS = ['muscle', 'kind', 'equipment', 'level'] as const;
export type Facet = (typeof FACETS)[number];

export const FACET_LABELS: Record<Facet, string> = {
  muscle: 'Muscle group',
  kind: 'Kind',
  equipment: 'Equipment',
  level: 'Level',
};

export interface FacetValue<E> {
  facet: Facet;
  value: string;
  label: string;
  exercises: E[];
}

/**
 * Every facet value that has at least one exercise, in a stable order: muscle groups in
 * their display order, the rest in taxonomy order. Empty values get no page, so a browse
 * link never leads to an empty list.
 */
export function facetValues<M extends MuscleNode, E extends ExerciseNode>(
  graph: Graph<M, E>,
): FacetValue<E>[] {
  const all = graph.exercises;
  const values: FacetValue<E>[] = [
    ...graph.muscles.map((m) => {
      const { primary, secondary } = graph.exercisesFor(m.id);
      return {
        facet: 'muscle' as const,
        value: m.id,
        label: m.data.name,
        exercises: [...primary, ...secondary],
      };
    }),
    ...KINDS.map((kind) => ({
      facet: 'kind' as const,
      value: kind,
      label: KIND_LABELS[kind],
      exercises: all.filter((e) => e.data.kind === kind),
    })),
    ...EQUIPMENT.map((item) => ({
      facet: 'equipment' as const,
      value: item,
      label: EQUIPMENT_LABELS[item],
      exercises: all.filter((e) => e.data.equipment.includes(item)),
    })),
    ...LEVELS.map((level) => ({
      facet: 'level' as const,
      value: level,
      label: LEVEL_LABELS[level],
      exercises: all.filter((e) => e.data.level === level),
    })),
  ];
  return values.filter((v) => v.exercises.length > 0);
}
