/**
 * The fixed vocabularies of the content model. The Zod enums in schemas.ts are built from
 * these tuples, and every label shown on the site comes from here, so a new kind or
 * piece of equipment is added in exactly one place.
 */

export const TIERS = ['primary', 'supporting'] as const;
export const PHASES = ['landing', 'stance', 'push-off', 'swing'] as const;
export const JOINTS = ['hip', 'knee', 'ankle', 'foot', 'pelvis', 'spine', 'trunk'] as const;
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
  'eversion',
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
  'box',
  'trap-bar',
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
  box: 'Plyo box',
  'trap-bar': 'Trap bar',
};

export const LEVEL_LABELS: Record<Level, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

/**
 * How strongly the evidence backs an exercise for a complaint. Ordered from the best support
 * this site can honestly claim to none: no exercise for a running complaint reaches "strong".
 */
export const EVIDENCE_GRADES = ['moderate', 'limited', 'expert-opinion', 'mixed'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

export const EVIDENCE_GRADE_LABELS: Record<EvidenceGrade, string> = {
  moderate: 'Moderate',
  limited: 'Limited',
  'expert-opinion': 'Expert opinion',
  mixed: 'Mixed',
};

/** What each grade means, shown in the legend of the complaint pages. */
export const EVIDENCE_GRADE_MEANINGS: Record<EvidenceGrade, string> = {
  moderate:
    'Randomised trials in people with this complaint, or an expert consensus built on them, support this kind of exercise.',
  limited:
    'Points in favour, but from one small trial, studies without a control group, or athletes of other sports.',
  'expert-opinion':
    'No trials yet: clinicians recommend it in published guidance, reasoning from how the tissue responds to load.',
  mixed:
    'Studies point different ways, or the best trial found no clear benefit; no help has been shown.',
};

/**
 * The grades that count as support: an exercise or muscle page says it "helps with" a
 * complaint only at these, never when the evidence is mixed.
 */
export const SUPPORTING_GRADES: readonly EvidenceGrade[] = ['moderate', 'limited', 'expert-opinion'];
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
