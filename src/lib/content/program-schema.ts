import { z } from 'astro/zod';
import { citationSchemas } from '../evidence/source-schema';
import { SLOT_IDS } from '../training/schedule';
import { doseFields, withDoseRules } from './dose-schema';
import type { ReferenceFn } from './schemas';
import { EQUIPMENT, LEVELS, SEASON_PHASES } from './taxonomy';

/**
 * A training program: weeks of sessions, each session a list of exercises with that week's
 * dose. The schema checks the shape; what needs the exercises themselves (that each one
 * exists, that its dose sits inside the exercise's own, that load rises no faster than the
 * program allows) is checked in src/lib/programs/validate.ts when the build reads it.
 */
export function programSchema(reference: ReferenceFn, knownSources: ReadonlySet<string>) {
  const cite = citationSchemas(knownSources);
  /** Claim keys of a program: its overall shape and the way it adds load. */
  const claim = z.enum(['structure', 'progression']);

  /** One exercise of a session with this week's dose, in the exercise's own dose form. */
  const item = withDoseRules(
    z.strictObject({
      /** The exercise, by id. */
      exercise: reference('exercises'),
      /** A named rung of the exercise's ladder to do this week, e.g. "Goblet squat". */
      rung: z.string().min(3).optional(),
      ...doseFields,
    }),
  );

  const session = z.strictObject({
    /** One capital letter, the same session keeps it every week: "A", "B". */
    name: z.string().regex(/^[A-Z]$/, 'name a session with one capital letter, like "A"'),
    /** Where it goes in the running week: a slot of the site's one scheduling model. */
    slot: z.enum(SLOT_IDS),
    /** The exercises in the order they are done, each with this week's dose. */
    exercises: z.array(item).min(1).max(8),
  });

  const week = z.strictObject({
    /** The week's number, counting from 1; it must match the week's place in the list. */
    week: z.int().min(1),
    /** A lighter (deload) week: its load must drop to `load.lighterAtMost` % of the week before. */
    lighter: z.boolean().default(false),
    /** What the week is for, in one line shown above its sessions. */
    focus: z.string().min(10).max(160),
    /** The week's sessions in order; there are exactly `sessionsPerWeek` of them. */
    sessions: z
      .array(session)
      .min(1)
      .refine((list) => new Set(list.map((s) => s.name)).size === list.length, {
        message: 'each session of a week needs its own name',
      }),
  });

  return z
    .strictObject({
      /** Display name, e.g. "Gym strength for running economy". */
      name: z.string().min(5),
      /** One sentence used as the meta description and on cards. */
      summary: z.string().min(50).max(160),
      /** What the program builds, in one sentence. */
      goal: z.string().min(20).max(200),
      /** Who it suits; no exercise in it may be rated above this level. */
      level: z.enum(LEVELS),
      /** What you need beyond your body, or just "none"; every exercise must be doable with it. */
      equipment: z
        .array(z.enum(EQUIPMENT))
        .min(1)
        .refine((list) => !list.includes('none') || list.length === 1, {
          message: '"none" means no equipment at all, so it stands alone',
        }),
      /** The parts of the running year it suits. */
      phases: z.array(z.enum(SEASON_PHASES)).min(1),
      /** Length in weeks; `plan` has exactly this many. */
      weeks: z.int().min(1).max(24),
      /** Strength sessions a week. */
      sessionsPerWeek: z.int().min(1).max(4),
      /** Minutes one session takes, warm-up included; also the calendar event's length. */
      minutes: z.int().min(10).max(120),
      /** How fast load may change, checked week by week against the plan. */
      load: z.strictObject({
        /** Most a week's load (sets × reps, seconds or contacts) may rise over the last full week, in %. */
        maxIncrease: z.int().min(0).max(50),
        /** Most a lighter week may carry, in % of the week before it. */
        lighterAtMost: z.int().min(20).max(90),
      }),
      /** The rules for moving on, each one sentence: "add a set when...", "move up the ladder when...". */
      progression: z.array(z.string().min(20).max(240)).min(1),
      /** The weeks in order. */
      plan: z.array(week).min(1),
      /** Sources behind the program's structure and its progression. */
      sources: z.strictObject({ structure: cite.ids, progression: cite.ids }),
      /** Evidence grades where the evidence for a claim is mixed or limited. */
      grades: z.partialRecord(claim, cite.grade).default({}),
      /** Other names people search for. */
      aliases: z.array(z.string().min(2)).default([]),
      /** Date of the last meaningful revision. */
      updated: z.coerce.date().optional(),
    })
    .superRefine((program, ctx) => {
      if (program.plan.length !== program.weeks) {
        ctx.addIssue({
          code: 'custom',
          path: ['plan'],
          message: `"weeks" is ${program.weeks} but the plan lists ${program.plan.length} weeks`,
        });
      }
      program.plan.forEach((week, i) => {
        if (week.week !== i + 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['plan', i, 'week'],
            message: `week ${i + 1}: numbered ${week.week}; number the weeks 1, 2, 3... in order`,
          });
        }
        if (week.sessions.length !== program.sessionsPerWeek) {
          ctx.addIssue({
            code: 'custom',
            path: ['plan', i, 'sessions'],
            message: `week ${i + 1}: ${week.sessions.length} sessions, but "sessionsPerWeek" is ${program.sessionsPerWeek}`,
          });
        }
      });
    });
}
