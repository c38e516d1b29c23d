import { z } from 'astro/zod';
import {
  EQUIPMENT,
  EVIDENCE_GRADES,
  JOINTS,
  KINDS,
  LEVELS,
  MOVEMENTS,
  PHASES,
  TIERS,
} from './taxonomy';
import { citationSchemas } from '../evidence/source-schema';
import { exerciseDose } from './dose-schema';
import { programSchema } from './program-schema';

/**
 * The content model. The schemas take `reference` as an argument so that the build (with
 * Astro's reference()) and the unit tests (with a plain id parser) validate content with
 * the very same rules.
 */
/** The content collections, each a folder under the content root. */
export const COLLECTION_NAMES = ['muscles', 'exercises', 'guide', 'complaints', 'programs'] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];
/** Parses an id into Astro's `{ collection, id }` reference shape. */
export type ReferenceFn = <C extends CollectionName>(
  collection: C,
) => z.ZodType<{ collection: C; id: string }, unknown>;

export function contentSchemas(reference: ReferenceFn, knownSources: ReadonlySet<string>) {
  const cite = citationSchemas(knownSources);
  /** Claim keys of a muscle page: its stride phases and its speed claim. */
  const muscleClaim = z.enum([...PHASES, 'speed']);

  const muscle = z.strictObject({
    /** Display name of the group, e.g. "Quadriceps". */
    name: z.string().min(3),
    /** One sentence used as the meta description and on cards. */
    summary: z.string().min(50).max(160),
    /** Primary movers of the stride or the groups that support them. */
    tier: z.enum(TIERS),
    /** Where on the body the group sits, in plain words. */
    location: z.string().min(10),
    /** The individual muscles; a muscle listed in two groups is shared by both. */
    muscles: z
      .array(
        z.strictObject({
          /** Anatomical (Latin) name, e.g. "Vastus lateralis". */
          anatomical: z.string().min(3),
          /** What runners call it, or where to find it. */
          common: z.string().min(3),
        }),
      )
      .min(1),
    /** What the group does at each joint it crosses. */
    actions: z
      .array(
        z.strictObject({
          /** The joint or segment that moves. */
          joint: z.enum(JOINTS),
          /** The movement it produces or controls there. */
          movement: z.enum(MOVEMENTS),
          /** Optional detail, e.g. which muscle does it. */
          detail: z.string().optional(),
        }),
      )
      .min(1),
    /** The group's part in the running stride. */
    stride: z.strictObject({
      /** The phases in which it works, each with what it does there. */
      phases: z
        .array(z.strictObject({ phase: z.enum(PHASES), role: z.string().min(20) }))
        .min(1)
        .refine((list) => new Set(list.map((p) => p.phase)).size === list.length, {
          message: 'each phase may appear only once',
        }),
      /** Why strength in this group makes a runner faster. */
      speed: z.string().min(20),
    }),
    /** Sources behind each stride role and the speed claim, keyed by phase or "speed". */
    sources: z.partialRecord(muscleClaim, cite.ids),
    /** Evidence grades for claims whose evidence is mixed or limited. */
    grades: z.partialRecord(muscleClaim, cite.grade).default({}),
    /** Groups that produce the opposite movement and must stay in balance with this one. */
    antagonists: z.array(reference('muscles')).default([]),
    /** Groups that work alongside this one. */
    partners: z.array(reference('muscles')).default([]),
    /** Other names readers use: "quads", "glute", "shins". */
    aliases: z.array(z.string().min(2)).default([]),
    /** Words runners search with that are not names for it ("shin splints"): search only. */
    searchTerms: z.array(z.string().min(2)).default([]),
    /** Position in lists: primary groups first, in stride order. */
    order: z.int().min(1),
    /** Date of the last meaningful revision. */
    updated: z.coerce.date().optional(),
  });

  /** One rung of a progression ladder: another exercise, or a named variation of this one. */
  const rung = z
    .strictObject({
      /** Name of a variation that has no page of its own. */
      name: z.string().min(3).optional(),
      /** Another exercise on the site. */
      exercise: reference('exercises').optional(),
      /** What changes at this rung. */
      note: z.string().optional(),
      /** Marks the rung this page teaches; exactly one rung has it. */
      here: z.boolean().default(false),
    })
    .refine((rung) => (rung.name === undefined) !== (rung.exercise === undefined), {
      message: 'a rung has either "name" or "exercise", not both and not neither',
    });

  const exercise = z.strictObject({
    /** Display name, e.g. "Hip thrust". */
    name: z.string().min(3),
    /** One sentence used as the meta description and in lists. */
    summary: z.string().min(50).max(160),
    /** What sort of training it is. */
    kind: z.enum(KINDS),
    /** Muscle groups that do most of the work. */
    primary: z.array(reference('muscles')).min(1),
    /** Muscle groups that assist or stabilise. */
    secondary: z.array(reference('muscles')).default([]),
    /** What you need; "none" when bodyweight works. */
    equipment: z.array(z.enum(EQUIPMENT)).min(1),
    /** The level at which a runner can start it safely. */
    level: z.enum(LEVELS),
    /** How much to do: sets of reps, timed holds, or foot contacts for jumps. */
    dose: exerciseDose,
    /** Sources behind the dose. */
    sources: z.strictObject({ dose: cite.ids }),
    /** Evidence grade of the dose, where the evidence is mixed or limited. */
    grades: z.strictObject({ dose: cite.grade.optional() }).default({}),
    /** Other names people search for. */
    aliases: z.array(z.string().min(2)).default([]),
    /** Words runners search with that are not names for it ("no equipment"): search only. */
    searchTerms: z.array(z.string().min(2)).default([]),
    /** The movement, step by step. */
    steps: z.array(z.string().min(15)).min(3),
    /** Easier and harder versions in order, easiest first. */
    ladder: z
      .array(rung)
      .min(2)
      .refine((rungs) => rungs.filter((r) => r.here).length === 1, {
        message: 'exactly one rung must have "here: true"',
      }),
    /** Date of the last meaningful revision. */
    updated: z.coerce.date().optional(),
  });

  const guide = z.strictObject({
    /** The article's headline. */
    title: z.string().min(10),
    /** Words runners search with that the title does not use ("training plan"): search only. */
    searchTerms: z.array(z.string().min(2)).default([]),
    /** One sentence used as the meta description. */
    summary: z.string().min(50).max(160),
    /** The beginner starter set, in table order; a test holds every one to level "beginner". */
    starterSet: z.array(reference('exercises')).min(3),
    /** Date of the last meaningful revision. */
    updated: z.coerce.date().optional(),
  });

  /** A line of advice that may cite; a claim about a condition should. */
  const cited = z.strictObject({
    /** The advice, in one or two sentences of our own. */
    text: z.string().min(10).max(300),
    /** Sources behind it, where it makes a claim. */
    sources: cite.ids.optional(),
  });

  const complaint = z.strictObject({
    /** Display name, the everyday name first: "Runner's knee (patellofemoral pain)". */
    name: z.string().min(3),
    /** One sentence used as the meta description and on cards; describes, never diagnoses. */
    summary: z.string().min(50).max(160),
    /** Everyday words for it ("shin splints", "IT band"): searched, shown, and each a redirect. */
    aliases: z.array(z.string().min(2)).min(1),
    /** Words runners search with that are not names for it ("sore knee going downstairs"): search only. */
    searchTerms: z.array(z.string().min(2)).default([]),
    /** The muscle groups involved, each with its part in the complaint. */
    muscles: z
      .array(
        z.strictObject({
          /** A muscle group on the site. */
          muscle: reference('muscles'),
          /** Why this group matters here, in one short line. */
          role: z.string().min(10).max(200),
        }),
      )
      .min(1),
    /** Exercises with evidence behind them, each with its grade, what the evidence says and sources. */
    exercises: z
      .array(
        z.strictObject({
          /** An exercise on the site. */
          exercise: reference('exercises'),
          /** How strong the evidence is for this exercise and this complaint. */
          grade: z.enum(EVIDENCE_GRADES),
          /** What the evidence says, in one or two sentences of our own. */
          evidence: z.string().min(20).max(400),
          /** The sources behind that sentence. */
          sources: cite.ids,
        }),
      )
      .min(2),
    /** Signs that need a professional, shown first, at the top of the page. */
    redFlags: z
      .array(
        z.strictObject({
          /** What the runner notices, in plain words. */
          sign: z.string().min(10).max(200),
          /** What it may mean and whom to see, how soon. */
          action: z.string().min(10).max(300),
          /** Sources, where the sign points to a condition they describe. */
          sources: cite.ids.optional(),
        }),
      )
      .min(2),
    /** What tends to keep it going or make it worse. */
    avoid: z.array(cited).min(1),
    /** The sources behind the page as a whole: how it presents and how it is managed. */
    sources: cite.ids,
    /** Date of the last meaningful revision. */
    updated: z.coerce.date().optional(),
  });

  const program = programSchema(reference, knownSources);

  return { muscle, exercise, guide, complaint, program };
}

export type ContentSchemas = ReturnType<typeof contentSchemas>;
export type MuscleData = z.infer<ContentSchemas['muscle']>;
export type ExerciseData = z.infer<ContentSchemas['exercise']>;
export type GuideData = z.infer<ContentSchemas['guide']>;
export type ComplaintData = z.infer<ContentSchemas['complaint']>;
export type ProgramData = z.infer<ContentSchemas['program']>;
