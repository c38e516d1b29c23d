import { ContentError } from '../content/content-error';
import { formatSetsAndReps } from '../content/dose';
import type { ProgramData } from '../content/schemas';
import { LEVELS } from '../content/taxonomy';
import type { ExerciseNode, Node } from '../graph/graph';
import { LEG_GROUPS, SESSION_SLOTS, type SessionSlot } from '../training/schedule';
import { bounds, doseProblems, type ProgramItem } from './dose-fit';
import { loadProblems } from './load';

export type ProgramNode = Node<ProgramData>;

/** One line of a session: an exercise with this week's dose, ready to show. */
export interface ProgramRow<E> {
  exercise: E;
  /** The ladder rung to use, when the program names one. */
  rung: string | undefined;
  /** "3 × 8–10 reps each side". */
  dose: string;
  /** Boxes to tick on paper: one per set, one for a session's foot contacts. */
  ticks: number;
}

export interface ProgramSession<E> {
  name: string;
  slot: SessionSlot;
  rows: ProgramRow<E>[];
}

export interface ProgramWeek<E> {
  week: number;
  lighter: boolean;
  focus: string;
  sessions: ProgramSession<E>[];
}

/** A validated program with its exercises resolved. */
export interface Program<P, E> {
  entry: P;
  weeks: ProgramWeek<E>[];
  /** Every exercise it uses, in order of first use. */
  exercises: E[];
}

export interface ProgramIndex<P, E> {
  /** Programs in display order: by level, then length, then name. */
  programs: readonly Program<P, E>[];
  /** The programs that use an exercise, in display order. */
  usedBy(exerciseId: string): Program<P, E>[];
}

/** Why a program item breaks a rule of its session's slot; undefined when it fits. */
function slotProblem(slot: SessionSlot, item: ProgramItem, exercise: ExerciseNode) {
  const rules = SESSION_SLOTS[slot];
  const own = exercise.data.dose;
  const heavy =
    item.percentMax !== undefined ||
    item.repsInReserve !== undefined ||
    own.percentMax !== undefined ||
    own.repsInReserve !== undefined;
  if (!rules.heavy && (heavy || exercise.data.kind === 'plyometric')) {
    return `heavy or jump work cannot go in a "${slot}" session (${rules.label.toLowerCase()}); move it to a "hard-day" session`;
  }
  const legs = exercise.data.primary.some((m) => (LEG_GROUPS as readonly string[]).includes(m.id));
  if (!rules.legs && exercise.data.kind === 'strength' && legs) {
    return `leg strength work cannot go in a "${slot}" session (${rules.label.toLowerCase()}); only light core, shin, ankle and mobility work can`;
  }
  return undefined;
}

/**
 * Resolves and checks every program against the exercises, throwing on the first problem
 * with the file and the week, because Astro only logs a dangling reference. Checks: each
 * exercise exists, each named rung is on its ladder, no exercise is rated above the
 * program's level or needs equipment the program does not list, each dose sits inside the
 * exercise's own (see dose-fit.ts), each session holds only what its slot of the schedule
 * allows, no exercise comes more often in a week than its page says, race-week sessions sit
 * in lighter weeks, and load rises no faster than the program's rule (see load.ts).
 */
export function buildProgramIndex<P extends ProgramNode, E extends ExerciseNode>(
  programEntries: readonly P[],
  exerciseEntries: readonly E[],
): ProgramIndex<P, E> {
  const exerciseById = new Map(exerciseEntries.map((e) => [e.id, e]));
  const levelRank = (level: string) => LEVELS.indexOf(level as (typeof LEVELS)[number]);

  const resolve = (entry: P): Program<P, E> => {
    const { data } = entry;
    const fail = (week: number, where: string, problem: string): never => {
      throw new ContentError(entry.filePath, `week ${week}${where}`, problem);
    };
    const used: E[] = [];
    const weeks = data.plan.map((week) => {
      const uses = new Map<string, number>();
      if (week.sessions.some((s) => s.slot === 'race-week') && !week.lighter) {
        fail(
          week.week,
          '',
          'a "race-week" session belongs in a lighter week: mark it "lighter: true"',
        );
      }
      const sessions = week.sessions.map((session) => ({
        name: session.name,
        slot: session.slot,
        rows: session.exercises.map((item, i): ProgramRow<E> => {
          const id = item.exercise.id;
          const where = `, session ${session.name}, exercise ${i + 1} ("${id}")`;
          const exercise = exerciseById.get(id);
          if (!exercise) return fail(week.week, where, `unknown exercise "${id}"`);
          const { ladder, level, equipment, dose, name } = exercise.data;
          if (item.rung !== undefined && !ladder.some((r) => r.name === item.rung)) {
            const names = ladder.flatMap((r) => (r.name ? [`"${r.name}"`] : []));
            fail(
              week.week,
              where,
              `"${item.rung}" is not a rung of ${name}'s ladder (${names.join(', ')})`,
            );
          }
          if (levelRank(level) > levelRank(data.level)) {
            fail(week.week, where, `${name} is rated ${level}, above this ${data.level} program`);
          }
          if (!equipment.some((e) => e === 'none' || data.equipment.includes(e))) {
            fail(
              week.week,
              where,
              `${name} needs one of ${equipment.join(', ')}, and the program lists only ${data.equipment.join(', ')}`,
            );
          }
          const problems = doseProblems(item, dose);
          if (problems.length > 0) {
            fail(week.week, where, `dose not inside the exercise's own: ${problems.join('; ')}`);
          }
          const slot = slotProblem(session.slot, item, exercise);
          if (slot) fail(week.week, where, slot);
          uses.set(id, (uses.get(id) ?? 0) + 1);
          if (!used.includes(exercise)) used.push(exercise);
          return {
            exercise,
            rung: item.rung,
            dose: formatSetsAndReps({ ...item, perSide: dose.perSide }),
            ticks: item.sets ?? 1,
          };
        }),
      }));
      for (const [id, count] of uses) {
        const most = bounds(exerciseById.get(id)?.data.dose.perWeek ?? '0')[1];
        if (count > most) {
          fail(
            week.week,
            '',
            `"${id}" comes in ${count} sessions, more than its page's ${most} a week`,
          );
        }
      }
      return { week: week.week, lighter: week.lighter, focus: week.focus, sessions };
    });
    const perSide = (id: string) => exerciseById.get(id)?.data.dose.perSide ?? false;
    const [load] = loadProblems(data.plan, data.load, perSide);
    if (load) fail(load.week, ', load', load.problem);
    return { entry, weeks, exercises: used };
  };

  const programs = programEntries
    .map(resolve)
    .sort(
      (a, b) =>
        levelRank(a.entry.data.level) - levelRank(b.entry.data.level) ||
        a.entry.data.weeks - b.entry.data.weeks ||
        a.entry.data.name.localeCompare(b.entry.data.name, 'en'),
    );
  const byExercise = new Map<string, Program<P, E>[]>();
  for (const program of programs) {
    for (const exercise of program.exercises) {
      byExercise.set(exercise.id, [...(byExercise.get(exercise.id) ?? []), program]);
    }
  }
  return { programs, usedBy: (id) => byExercise.get(id) ?? [] };
}
