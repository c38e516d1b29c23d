import { ContentError } from '../content/content-error';
import type { ExerciseData, MuscleData } from '../content/schemas';
import { KINDS, type Kind } from '../content/taxonomy';

/** The part of a collection entry the graph needs; Astro's CollectionEntry satisfies it. */
export interface Node<D> {
  id: string;
  filePath?: string | undefined;
  data: D;
}
export type MuscleNode = Node<MuscleData>;
export type ExerciseNode = Node<ExerciseData>;

/** A rung of an exercise's ladder with its reference resolved. */
export interface Rung<E> {
  label: string;
  exercise: E | undefined;
  note: string | undefined;
  here: boolean;
}

export interface KindGroup<E> {
  kind: Kind;
  exercises: E[];
}

/**
 * The muscle/exercise graph, built once from the collections. Exercises name their muscles;
 * everything in the other direction (a muscle's exercises, shared muscles) is derived here,
 * so no fact is written twice. Building it checks every reference and throws on the first
 * one that points nowhere, because Astro only logs dangling references.
 */
export interface Graph<M extends MuscleNode, E extends ExerciseNode> {
  /** Muscle groups in display order. */
  muscles: readonly M[];
  /** Exercises in alphabetical order. */
  exercises: readonly E[];
  muscle(id: string): M;
  exercise(id: string): E;
  musclesOf(exercise: E): { primary: M[]; secondary: M[] };
  exercisesFor(muscleId: string): { primary: E[]; secondary: E[] };
  byKind(exercises: readonly E[]): KindGroup<E>[];
  /** Individual muscles of this group that also belong to another group. */
  sharedMuscles(muscleId: string): { anatomical: string; groups: M[] }[];
  antagonists(muscle: M): M[];
  partners(muscle: M): M[];
  ladder(exercise: E): Rung<E>[];
}

const byName = (a: { data: { name: string } }, b: { data: { name: string } }) =>
  a.data.name.localeCompare(b.data.name, 'en');

export function buildGraph<M extends MuscleNode, E extends ExerciseNode>(
  muscleEntries: readonly M[],
  exerciseEntries: readonly E[],
): Graph<M, E> {
  const muscles = [...muscleEntries].sort((a, b) => a.data.order - b.data.order || byName(a, b));
  const exercises = [...exerciseEntries].sort(byName);
  const muscleById = new Map(muscles.map((m) => [m.id, m]));
  const exerciseById = new Map(exercises.map((e) => [e.id, e]));

  const resolveMuscle = (id: string, owner: Node<unknown>, field: string): M => {
    const found = muscleById.get(id);
    if (!found) {
      const known = [...muscleById.keys()].join(', ');
      throw new ContentError(
        owner.filePath,
        field,
        `unknown muscle group "${id}" (known: ${known})`,
      );
    }
    return found;
  };
  const resolveExercise = (id: string, owner: Node<unknown>, field: string): E => {
    const found = exerciseById.get(id);
    if (!found) {
      throw new ContentError(owner.filePath, field, `unknown exercise "${id}"`);
    }
    return found;
  };

  const primaryOf = new Map<string, M[]>();
  const secondaryOf = new Map<string, M[]>();
  const primaryFor = new Map<string, E[]>(muscles.map((m) => [m.id, []]));
  const secondaryFor = new Map<string, E[]>(muscles.map((m) => [m.id, []]));
  const ladders = new Map<string, Rung<E>[]>();

  for (const exercise of exercises) {
    const { primary, secondary, ladder } = exercise.data;
    const p = primary.map((ref, i) => resolveMuscle(ref.id, exercise, `primary[${i}]`));
    const s = secondary.map((ref, i) => resolveMuscle(ref.id, exercise, `secondary[${i}]`));
    const twice = s.find((m) => p.includes(m));
    if (twice) {
      throw new ContentError(
        exercise.filePath,
        'secondary',
        `"${twice.id}" is already a primary muscle group`,
      );
    }
    primaryOf.set(exercise.id, p);
    secondaryOf.set(exercise.id, s);
    p.forEach((m) => primaryFor.get(m.id)?.push(exercise));
    s.forEach((m) => secondaryFor.get(m.id)?.push(exercise));

    ladders.set(
      exercise.id,
      ladder.map((rung, i) => {
        const target = rung.exercise
          ? resolveExercise(rung.exercise.id, exercise, `ladder[${i}].exercise`)
          : undefined;
        if (target === exercise) {
          throw new ContentError(
            exercise.filePath,
            `ladder[${i}].exercise`,
            'an exercise cannot be a rung of its own ladder; use "here: true"',
          );
        }
        return {
          label: target ? target.data.name : (rung.name ?? ''),
          exercise: target,
          note: rung.note,
          here: rung.here,
        };
      }),
    );
  }

  const antagonists = new Map<string, M[]>();
  const partners = new Map<string, M[]>();
  const groupsByAnatomical = new Map<string, M[]>();
  for (const muscle of muscles) {
    antagonists.set(
      muscle.id,
      muscle.data.antagonists.map((r, i) => resolveMuscle(r.id, muscle, `antagonists[${i}]`)),
    );
    partners.set(
      muscle.id,
      muscle.data.partners.map((r, i) => resolveMuscle(r.id, muscle, `partners[${i}]`)),
    );
    for (const part of muscle.data.muscles) {
      const key = part.anatomical.toLowerCase();
      groupsByAnatomical.set(key, [...(groupsByAnatomical.get(key) ?? []), muscle]);
    }
  }

  const get = <T>(map: Map<string, T[]>, id: string): T[] => map.get(id) ?? [];

  return {
    muscles,
    exercises,
    muscle: (id) => {
      const found = muscleById.get(id);
      if (!found) throw new Error(`Unknown muscle group "${id}"`);
      return found;
    },
    exercise: (id) => {
      const found = exerciseById.get(id);
      if (!found) throw new Error(`Unknown exercise "${id}"`);
      return found;
    },
    musclesOf: (exercise) => ({
      primary: get(primaryOf, exercise.id),
      secondary: get(secondaryOf, exercise.id),
    }),
    exercisesFor: (muscleId) => ({
      primary: get(primaryFor, muscleId),
      secondary: get(secondaryFor, muscleId),
    }),
    byKind: (list) =>
      KINDS.map((kind) => ({ kind, exercises: list.filter((e) => e.data.kind === kind) })).filter(
        (group) => group.exercises.length > 0,
      ),
    sharedMuscles: (muscleId) => {
      const muscle = muscleById.get(muscleId);
      if (!muscle) return [];
      return muscle.data.muscles.flatMap((part) => {
        const others = get(groupsByAnatomical, part.anatomical.toLowerCase()).filter(
          (m) => m !== muscle,
        );
        return others.length > 0 ? [{ anatomical: part.anatomical, groups: others }] : [];
      });
    },
    antagonists: (muscle) => get(antagonists, muscle.id),
    partners: (muscle) => get(partners, muscle.id),
    ladder: (exercise) => get(ladders, exercise.id),
  };
}
