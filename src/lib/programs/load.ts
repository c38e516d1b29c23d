import type { ProgramData } from '../content/schemas';
import { bounds, doseForm, type DoseForm } from './dose-fit';

type Week = ProgramData['plan'][number];
type LoadRule = ProgramData['load'];

/** A week's load in each dose form: the numbers do not add across forms. */
export type WeekLoad = Record<DoseForm, number>;

const UNITS: Record<DoseForm, string> = {
  reps: 'reps (sets × reps)',
  seconds: 'seconds of holds (sets × seconds)',
  contacts: 'foot contacts',
};

/**
 * The most a week can ask, per form: sets × the top of the rep or second range, or the top
 * of the contact range, doubled for work done on each side. `perSide` tells which exercises
 * count each side.
 */
export function weekLoad(week: Week, perSide: (exerciseId: string) => boolean): WeekLoad {
  const load: WeekLoad = { reps: 0, seconds: 0, contacts: 0 };
  for (const session of week.sessions) {
    for (const item of session.exercises) {
      const form = doseForm(item);
      const [, top] = bounds(item[form] ?? '0');
      const sides = perSide(item.exercise.id) ? 2 : 1;
      load[form] += (item.sets ?? 1) * top * sides;
    }
  }
  return load;
}

export interface LoadProblem {
  /** The week at fault, counting from 1. */
  week: number;
  problem: string;
}

const FORMS: readonly DoseForm[] = ['reps', 'seconds', 'contacts'];

/**
 * Checks the plan against the program's own load rule. A full week may carry at most
 * `maxIncrease` % more than the last full week before it, in each form both weeks contain
 * (a form that first appears is not compared, since it has nothing to grow from); a lighter
 * week may carry at most `lighterAtMost` % of the week just before it, in every form.
 */
export function loadProblems(
  plan: readonly Week[],
  rule: LoadRule,
  perSide: (exerciseId: string) => boolean,
): LoadProblem[] {
  const loads = plan.map((week) => weekLoad(week, perSide));
  const problems: LoadProblem[] = [];
  let lastFull = -1;
  plan.forEach((week, i) => {
    const load = loads[i];
    if (!load) return;
    const before = i > 0 ? loads[i - 1] : undefined;
    if (week.lighter && before) {
      for (const form of FORMS) {
        if (load[form] * 100 > before[form] * rule.lighterAtMost) {
          problems.push({
            week: i + 1,
            problem: `a lighter week carries ${load[form]} ${UNITS[form]}, more than ${rule.lighterAtMost}% of week ${i}'s ${before[form]}`,
          });
        }
      }
    }
    const reference = lastFull >= 0 ? loads[lastFull] : undefined;
    if (!week.lighter && reference) {
      for (const form of FORMS) {
        const from = reference[form];
        if (from > 0 && load[form] * 100 > from * (100 + rule.maxIncrease)) {
          const rise = Math.round(((load[form] - from) / from) * 100);
          problems.push({
            week: i + 1,
            problem: `weekly ${UNITS[form]} rise ${rise}% over week ${lastFull + 1} (${from} to ${load[form]}); this program allows at most ${rule.maxIncrease}%`,
          });
        }
      }
    }
    if (!week.lighter) lastFull = i;
  });
  return problems;
}
