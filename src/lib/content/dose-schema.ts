import { z } from 'astro/zod';

/**
 * The dose forms, shared by an exercise's own dose and a program's dose for one week, so a
 * program can only write what an exercise page can: sets of reps (with reps in reserve or a
 * share of the one-rep maximum for heavy work), timed holds (with an effort), or foot
 * contacts per session.
 */

/** A rep or time range written as "8" or "8-12". */
export const range = z.string().regex(/^\d+(-\d+)?$/, 'write a number or a range such as "8-12"');

/** The fields of one prescription, without how often it is repeated. */
export const doseFields = {
  /** Sets per session; every dose but foot contacts has them. */
  sets: z.int().min(1).max(10).optional(),
  /** Repetitions per set, e.g. "8-12". */
  reps: range.optional(),
  /** Seconds of work or hold per set, e.g. "30-60". */
  seconds: range.optional(),
  /** Foot contacts per session, for jumps and hops, e.g. "40-80". */
  contacts: range.optional(),
  /** Reps left in reserve at the end of a set, for heavy work, e.g. "2-3". */
  repsInReserve: range.optional(),
  /** Load as a percentage of the one-repetition maximum, e.g. "80-85". */
  percentMax: range.optional(),
  /** Effort of a hold as a percentage of a maximal one, e.g. "70-80". */
  effort: range.optional(),
};

/** What the form rules read. */
interface DoseCore {
  sets?: number | undefined;
  reps?: string | undefined;
  seconds?: string | undefined;
  contacts?: string | undefined;
  repsInReserve?: string | undefined;
  percentMax?: string | undefined;
  effort?: string | undefined;
}

/** The rules that make a dose readable one way only; the same for exercises and programs. */
export function withDoseRules<T extends DoseCore>(schema: z.ZodType<T>) {
  return schema
    .refine(
      (dose) =>
        [dose.reps, dose.seconds, dose.contacts].filter((v) => v !== undefined).length === 1,
      { message: 'give exactly one of "reps", "seconds" or "contacts"' },
    )
    .refine((dose) => (dose.contacts === undefined) === (dose.sets !== undefined), {
      message: 'reps and seconds come in "sets"; foot contacts are counted per session',
    })
    .refine((dose) => dose.effort === undefined || dose.seconds !== undefined, {
      message: '"effort" is for holds dosed in "seconds"',
    })
    .refine(
      (dose) =>
        (dose.repsInReserve === undefined && dose.percentMax === undefined) ||
        dose.reps !== undefined,
      { message: '"repsInReserve" and "percentMax" are for work dosed in "reps"' },
    );
}

/** An exercise's dose: one prescription and how often a week to repeat it. */
export const exerciseDose = withDoseRules(
  z.strictObject({
    ...doseFields,
    /** Whether reps, seconds or contacts count for each side. */
    perSide: z.boolean().default(false),
    /** Sessions per week, e.g. "2-3". */
    perWeek: range,
  }),
);
