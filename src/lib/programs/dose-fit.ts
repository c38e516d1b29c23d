import type { ExerciseData, ProgramData } from '../content/schemas';

export type ProgramItem = ProgramData['plan'][number]['sessions'][number]['exercises'][number];
type ExerciseDose = ExerciseData['dose'];

/**
 * How far a program's dose for a week may stray from the exercise page's own dose, and in
 * which direction. A program may ask for less than the page (a first week, a lighter week)
 * but barely more: the page's top is where the exercise's ladder says to move up a rung.
 */
export const DOSE_TOLERANCE = {
  /** Sets: at most this many more than the page's sets, and at least one. */
  extraSets: 1,
  /** Reps, seconds or contacts: down to this share of the page's lowest number, never above its highest. */
  lowestShare: 0.5,
  /** Share of the one-rep maximum: up to this many points below the page's range, never above it. */
  percentMaxBelow: 10,
} as const;

/** "8-12" as [8, 12]; "8" as [8, 8]. */
export function bounds(range: string): [number, number] {
  const [lo = 0, hi = lo] = range.split('-').map(Number);
  return [lo, hi];
}

export type DoseForm = 'reps' | 'seconds' | 'contacts';

/** Which of the three forms a dose is written in. */
export function doseForm(dose: {
  reps?: string | undefined;
  seconds?: string | undefined;
}): DoseForm {
  return dose.reps !== undefined ? 'reps' : dose.seconds !== undefined ? 'seconds' : 'contacts';
}

const dash = (range: string) => range.replace('-', '–');

/**
 * Why a program's dose is not inside the exercise's dose; empty when it is. Inside means:
 * the same form (reps, seconds or foot contacts); sets from 1 to the page's sets plus
 * `extraSets`; every rep, second or contact number between `lowestShare` of the page's
 * lowest and the page's highest; a share of the one-rep maximum only where the page gives
 * one, never above it and at most `percentMaxBelow` points under it; never fewer reps in
 * reserve than the page allows; no more effort than the page's; and heavy work on the page
 * (reps in reserve or %1RM) keeps saying how heavy in the program.
 */
export function doseProblems(item: ProgramItem, own: ExerciseDose): string[] {
  const problems: string[] = [];
  const form = doseForm(item);
  const ownForm = doseForm(own);
  if (form !== ownForm) {
    return [`dosed in ${form}, but the exercise is dosed in ${ownForm}`];
  }
  if (item.sets !== undefined && own.sets !== undefined) {
    const most = own.sets + DOSE_TOLERANCE.extraSets;
    if (item.sets > most) {
      problems.push(`${item.sets} sets is more than ${most} (the exercise's ${own.sets} plus one)`);
    }
  }
  const work = item[form];
  const ownWork = own[form];
  if (work !== undefined && ownWork !== undefined) {
    const [lo, hi] = bounds(work);
    const [ownLo, ownHi] = bounds(ownWork);
    const floor = Math.floor(ownLo * DOSE_TOLERANCE.lowestShare);
    if (hi > ownHi) {
      problems.push(`${dash(work)} ${form} goes above the exercise's ${dash(ownWork)}`);
    }
    if (lo < floor) {
      problems.push(
        `${dash(work)} ${form} starts below ${floor}, half the low end of the exercise's ${dash(ownWork)}`,
      );
    }
  }
  if (item.percentMax !== undefined) {
    if (own.percentMax === undefined) {
      problems.push('gives a share of the one-rep maximum, but the exercise gives none');
    } else {
      const [lo, hi] = bounds(item.percentMax);
      const [ownLo, ownHi] = bounds(own.percentMax);
      if (hi > ownHi || lo < ownLo - DOSE_TOLERANCE.percentMaxBelow) {
        problems.push(
          `${dash(item.percentMax)}% of 1RM is outside ${ownLo - DOSE_TOLERANCE.percentMaxBelow}–${ownHi}% (the exercise's ${dash(own.percentMax)}%, up to ${DOSE_TOLERANCE.percentMaxBelow} points lighter)`,
        );
      }
    }
  }
  if (item.repsInReserve !== undefined && own.repsInReserve !== undefined) {
    const [lo] = bounds(item.repsInReserve);
    const [ownLo] = bounds(own.repsInReserve);
    if (lo < ownLo) {
      problems.push(
        `${dash(item.repsInReserve)} reps in reserve goes closer to failure than the exercise's ${dash(own.repsInReserve)}`,
      );
    }
  }
  if (
    (own.percentMax !== undefined || own.repsInReserve !== undefined) &&
    item.percentMax === undefined &&
    item.repsInReserve === undefined
  ) {
    problems.push('heavy work must say how heavy: give "repsInReserve" or "percentMax"');
  }
  if (item.effort !== undefined && own.effort !== undefined) {
    if (bounds(item.effort)[1] > bounds(own.effort)[1]) {
      problems.push(`${dash(item.effort)}% effort goes above the exercise's ${dash(own.effort)}%`);
    }
  }
  return problems;
}
