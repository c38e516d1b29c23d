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
