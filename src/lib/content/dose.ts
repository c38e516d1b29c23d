import type { ExerciseData } from './schemas';

type Dose = ExerciseData['dose'];
/** One prescription, however often it is repeated: an exercise's dose or a program's week. */
export type Prescription = Omit<Dose, 'perWeek'> & Partial<Pick<Dose, 'perWeek'>>;

const dash = (range: string) => range.replace('-', '–');

/**
 * The prescription in one line, as a coach would say it: "3 × 8–12 reps each side",
 * "3 × 4–6 reps, 2–3 reps in reserve", "5 × 45 s at 70–80% effort", "60–100 foot contacts".
 */
export function formatSetsAndReps(dose: Prescription): string {
  const side = dose.perSide ? ' each side' : '';
  if (dose.contacts !== undefined) return `${dash(dose.contacts)} foot contacts${side}`;
  const work =
    dose.reps !== undefined ? `${dash(dose.reps)} reps` : `${dash(dose.seconds ?? '')} s`;
  const effort = dose.effort === undefined ? '' : ` at ${dash(dose.effort)}% effort`;
  return `${dose.sets ?? 1} × ${work}${side}${effort}${intensity(dose)}`;
}

/** How hard each set is, for heavy work: reps in reserve or a share of the one-rep maximum. */
function intensity(dose: Prescription): string {
  const parts = [
    dose.percentMax === undefined ? '' : `${dash(dose.percentMax)}% of 1RM`,
    dose.repsInReserve === undefined ? '' : `${dash(dose.repsInReserve)} reps in reserve`,
  ].filter(Boolean);
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}

/** "2–3 times a week", how often the prescription is repeated. */
export function formatFrequency(dose: Dose): string {
  const spoken: Record<string, string> = { '1': 'once', '2': 'twice' };
  return `${spoken[dose.perWeek] ?? `${dash(dose.perWeek)} times`} a week`;
}
