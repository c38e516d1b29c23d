import type { GradeLevel } from '../evidence/source-schema';

/**
 * The site's one model for where strength sessions go in a running week. Every page that
 * talks about scheduling shows this through <StrengthSchedule />, so pages cannot drift
 * apart again. The model: hard days hard, easy days easy, and run before you lift.
 */
export const STRENGTH_SCHEDULE = {
  title: 'Where strength sessions go',
  rules: [
    'Put heavy leg sessions on the same day as a hard run (intervals or a tempo run): run first, lift later, ideally several hours later.',
    'Keep the day after a heavy leg session easy, and keep heavy leg work off the day before a hard run or your long run.',
    'Light core, shin, ankle and mobility work can follow any easy run.',
    'In the last week before a goal race, do one short, light session early in the week.',
  ],
  /** Ids in sources.yaml behind the rules. */
  sources: ['doma-2013'],
  grade: {
    level: 'limited' as GradeLevel,
    why: 'One small study of next-day effects supports run-then-lift; the weekly pattern itself is coaching practice.',
  },
} as const;

/** Where a program's session can sit in the running week, each slot one rule of the model. */
export const SLOT_IDS = ['hard-day', 'easy-day', 'race-week'] as const;
export type SessionSlot = (typeof SLOT_IDS)[number];

export const SESSION_SLOTS: Record<
  SessionSlot,
  {
    /** How the slot is shown beside a session. */
    label: string;
    /** The rule of STRENGTH_SCHEDULE behind it, by position. */
    rule: number;
    /** Whether heavy work (a load given as reps in reserve or %1RM) and jumps may go here. */
    heavy: boolean;
    /** Whether strength work for the big leg groups (LEG_GROUPS) may go here. */
    legs: boolean;
  }
> = {
  'hard-day': { label: 'On a hard-run day, after the run', rule: 0, heavy: true, legs: true },
  'easy-day': { label: 'After an easy run', rule: 2, heavy: false, legs: false },
  'race-week': { label: 'Early in race week, short and light', rule: 3, heavy: false, legs: true },
};

/** The muscle groups whose strength work makes a "leg session" in the rules above. */
export const LEG_GROUPS = ['quadriceps', 'hamstrings', 'glutes'] as const;
