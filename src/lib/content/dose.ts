import type { ExerciseData } from './schemas';

type Dose = ExerciseData['dose'];

const dash = (range: string) => range.replace('-', '–');

/** "3 × 8–12 reps each side", the prescription in one line. */
export function formatSetsAndReps(dose: Dose): string {
  const work =
    dose.reps !== undefined ? `${dash(dose.reps)} reps` : `${dash(dose.seconds ?? '')} s`;
  const side = dose.perSide ? ' each side' : '';
  return `${dose.sets} × ${work}${side}`;
}

/** "2–3 times a week", how often the prescription is repeated. */
export function formatFrequency(dose: Dose): string {
  const spoken: Record<string, string> = { '1': 'once', '2': 'twice' };
  return `${spoken[dose.perWeek] ?? `${dash(dose.perWeek)} times`} a week`;
}
