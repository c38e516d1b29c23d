import type { ExerciseNode, Graph, KindGroup, MuscleNode } from '../graph/graph';
import type { Heading } from './toc';

/**
 * Sections that layouts add around an MDX body. Components render them and pages list
 * them in the table of contents from this one definition, so the two cannot drift apart.
 */
export const SECTIONS = {
  atAGlance: { slug: 'at-a-glance', text: 'At a glance' },
  inTheStride: { slug: 'in-the-stride', text: 'When it works in the stride' },
  demonstration: { slug: 'see-it-move', text: 'See it move' },
  howToDoIt: { slug: 'how-to-do-it', text: 'How to do it' },
  ladder: { slug: 'ladder', text: 'The ladder: easier to harder' },
  strideRunner: { slug: 'in-motion', text: 'One stride in motion' },
  strideChart: { slug: 'stride-chart', text: 'Every group across the stride' },
  inPrograms: { slug: 'in-programs', text: 'In these programs' },
  whereSessionsGo: { slug: 'where-sessions-go', text: 'Where the sessions go' },
  progression: { slug: 'progression', text: 'How it progresses' },
  references: { slug: 'references', text: 'References' },
} as const;

export type Section = { slug: string; text: string };

export const asHeading = (section: Section): Heading => ({ depth: 2, ...section });

export interface ExerciseSection<E> extends Section {
  groups: KindGroup<E>[];
}

/** A muscle page's exercise lists: those that target it, then those that also work it. */
export function muscleExerciseSections<M extends MuscleNode, E extends ExerciseNode>(
  graph: Graph<M, E>,
  muscle: M,
): ExerciseSection<E>[] {
  const { primary, secondary } = graph.exercisesFor(muscle.id);
  const name = muscle.data.name.toLowerCase();
  return [
    { slug: 'exercises', text: `Exercises that target the ${name}`, groups: graph.byKind(primary) },
    {
      slug: 'also-works',
      text: `Exercises that also work the ${name}`,
      groups: graph.byKind(secondary),
    },
  ].filter((s) => s.groups.length > 0);
}

/** The section of one week of a program; its id is also the week's link target. */
export const weekSection = (week: number): Section => ({
  slug: `week-${week}`,
  text: `Week ${week}`,
});
