import { ContentError } from '../content/content-error';
import type { ComplaintData } from '../content/schemas';
import { SUPPORTING_GRADES, type EvidenceGrade } from '../content/taxonomy';
import type { ExerciseNode, Graph, MuscleNode, Node } from './graph';

export type ComplaintNode = Node<ComplaintData>;

/** A muscle group a complaint involves, resolved. */
export interface InvolvedMuscle<M> {
  muscle: M;
  role: string;
}

/** An exercise a complaint lists, resolved, with the evidence behind it. */
export interface EvidencedExercise<E> {
  exercise: E;
  grade: EvidenceGrade;
  evidence: string;
  sources: readonly string[];
}

/** A complaint as seen from an exercise page: which one, and how good the evidence is. */
export interface HelpsWith<C> {
  complaint: C;
  grade: EvidenceGrade;
}

/**
 * The complaint index, built once from the complaints and the muscle/exercise graph.
 * Complaints name their muscle groups and exercises; the other direction ("helps with" on
 * a muscle or exercise page) is derived here, so no link is written twice.
 */
export interface ComplaintIndex<M extends MuscleNode, E extends ExerciseNode, C> {
  /** Complaints in alphabetical order. */
  complaints: readonly C[];
  complaint(id: string): C;
  musclesOf(complaint: C): InvolvedMuscle<M>[];
  exercisesOf(complaint: C): EvidencedExercise<E>[];
  /**
   * The complaints that list this exercise with evidence that supports it (any grade but
   * "mixed"), in alphabetical order.
   */
  helpsWithExercise(exercise: E): HelpsWith<C>[];
  /**
   * The complaints that involve this group and list at least one supported exercise that
   * targets it: where training the group has evidence behind it for that complaint.
   */
  helpsWithMuscle(muscle: M): C[];
}

const byName = (a: { data: { name: string } }, b: { data: { name: string } }) =>
  a.data.name.localeCompare(b.data.name, 'en');

export const supports = (grade: EvidenceGrade) => SUPPORTING_GRADES.includes(grade);

export function buildComplaintIndex<
  M extends MuscleNode,
  E extends ExerciseNode,
  C extends ComplaintNode,
>(graph: Graph<M, E>, entries: readonly C[]): ComplaintIndex<M, E, C> {
  const complaints = [...entries].sort(byName);
  const byId = new Map(complaints.map((c) => [c.id, c]));
  const muscleIds = new Set(graph.muscles.map((m) => m.id));
  const exerciseIds = new Set(graph.exercises.map((e) => e.id));

  const muscles = new Map<string, InvolvedMuscle<M>[]>();
  const exercises = new Map<string, EvidencedExercise<E>[]>();
  const forExercise = new Map<string, HelpsWith<C>[]>();
  const forMuscle = new Map<string, C[]>();

  for (const complaint of complaints) {
    const involved = complaint.data.muscles.map(({ muscle, role }, i) => {
      const field = `muscles[${i}].muscle`;
      if (!muscleIds.has(muscle.id)) {
        const known = [...muscleIds].join(', ');
        throw new ContentError(
          complaint.filePath,
          field,
          `unknown muscle group "${muscle.id}" (known: ${known})`,
        );
      }
      if (complaint.data.muscles.findIndex((m) => m.muscle.id === muscle.id) !== i) {
        throw new ContentError(complaint.filePath, field, `"${muscle.id}" is listed twice`);
      }
      return { muscle: graph.muscle(muscle.id), role };
    });

    const evidenced = complaint.data.exercises.map((entry, i) => {
      const field = `exercises[${i}].exercise`;
      const id = entry.exercise.id;
      if (!exerciseIds.has(id)) {
        throw new ContentError(complaint.filePath, field, `unknown exercise "${id}"`);
      }
      if (complaint.data.exercises.findIndex((e) => e.exercise.id === id) !== i) {
        throw new ContentError(complaint.filePath, field, `"${id}" is listed twice`);
      }
      const { grade, evidence, sources } = entry;
      return { exercise: graph.exercise(id), grade, evidence, sources };
    });

    muscles.set(complaint.id, involved);
    exercises.set(complaint.id, evidenced);

    const supported = evidenced.filter((e) => supports(e.grade));
    for (const { exercise, grade } of supported) {
      forExercise.set(exercise.id, [...(forExercise.get(exercise.id) ?? []), { complaint, grade }]);
    }
    for (const { muscle } of involved) {
      const trained = supported.some((e) => graph.musclesOf(e.exercise).primary.includes(muscle));
      if (trained) forMuscle.set(muscle.id, [...(forMuscle.get(muscle.id) ?? []), complaint]);
    }
  }

  return {
    complaints,
    complaint: (id) => {
      const found = byId.get(id);
      if (!found) throw new Error(`Unknown complaint "${id}"`);
      return found;
    },
    musclesOf: (complaint) => muscles.get(complaint.id) ?? [],
    exercisesOf: (complaint) => exercises.get(complaint.id) ?? [],
    helpsWithExercise: (exercise) => forExercise.get(exercise.id) ?? [],
    helpsWithMuscle: (muscle) => forMuscle.get(muscle.id) ?? [],
  };
}
