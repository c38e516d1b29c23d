/**
 * The fixed vocabularies of the content model. The Zod enums in schemas.ts are built from
 * these tuples, and every label shown on the site comes from here, so a new kind or
 * piece of equipment is added in exactly one place.
 */

export const TIERS = ['primary', 'supporting'] as const;
export const PHASES = ['landing', 'stance', 'push-off', 'swing'] as const;
export const JOINTS = ['hip', 'knee', 'ankle', 'pelvis', 'spine', 'trunk'] as const;
export const MOVEMENTS = [
  'flexion',
  'extension',
  'abduction',
  'adduction',
  'internal rotation',
  'external rotation',
  'plantar flexion',
  'dorsiflexion',
  'inversion',
  'rotation',
  'lateral flexion',
  'stabilisation',
] as const;
export const KINDS = ['strength', 'plyometric', 'core-stability', 'stretch', 'mobility'] as const;
export const EQUIPMENT = [
  'none',
  'mat',
  'step',
  'dumbbell',
  'kettlebell',
  'barbell',
  'band',
  'jump-rope',
  'machine',
  'bench',
  'medicine-ball',
] as const;
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;

export type Tier = (typeof TIERS)[number];
export type Phase = (typeof PHASES)[number];
export type Kind = (typeof KINDS)[number];
export type Equipment = (typeof EQUIPMENT)[number];
export type Level = (typeof LEVELS)[number];

export const TIER_LABELS: Record<Tier, string> = {
  primary: 'Primary movers',
  supporting: 'Supporting groups',
};

/** How one group of a tier is described, e.g. above its page title. */
export const TIER_SINGULAR: Record<Tier, string> = {
  primary: 'Primary muscle group',
  supporting: 'Supporting muscle group',
};

export const PHASE_LABELS: Record<Phase, string> = {
  landing: 'Landing',
  stance: 'Mid-stance',
  'push-off': 'Push-off',
  swing: 'Swing',
};

export const KIND_LABELS: Record<Kind, string> = {
  strength: 'Strength',
  plyometric: 'Plyometric',
  'core-stability': 'Core stability',
  stretch: 'Stretch',
  mobility: 'Mobility',
};

export const EQUIPMENT_LABELS: Record<Equipment, string> = {
  none: 'No equipment',
  mat: 'Mat',
  step: 'Step',
  dumbbell: 'Dumbbell',
  kettlebell: 'Kettlebell',
  barbell: 'Barbell',
  band: 'Resistance band',
  'jump-rope': 'Jump rope',
  machine: 'Gym machine',
  bench: 'Bench',
  'medicine-ball': 'Medicine ball',
};

export const LEVEL_LABELS: Record<Level, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

/** Parts of a running year a program suits; "returning" is coming back after a break. */
export const SEASON_PHASES = ['base', 'build', 'race', 'off-season', 'returning'] as const;
export type SeasonPhase = (typeof SEASON_PHASES)[number];

export const SEASON_PHASE_LABELS: Record<SeasonPhase, string> = {
  base: 'Base',
  build: 'Build',
  race: 'Racing season',
  'off-season': 'Off-season',
  returning: 'Returning after a break',
};
