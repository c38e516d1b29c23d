import { describe, expect, it } from 'vitest';
import { buildComplaintIndex, supports } from '../../src/lib/graph/complaints';
import { buildGraph } from '../../src/lib/graph/graph';
import { complaint, exercise, muscle } from './fixtures';

const calves = muscle('calves', { order: 1 });
const glutes = muscle('glutes', { order: 2 });
const core = muscle('core', { order: 3 });
const raise = exercise('raise', ['calves']);
const bridge = exercise('bridge', ['glutes'], { secondary: ['calves'] });
const stretch = exercise('stretch', ['calves'], { kind: 'stretch' });
const plank = exercise('plank', ['core'], { kind: 'core-stability' });
const graph = () => buildGraph([calves, glutes, core], [raise, bridge, stretch, plank]);

const shin = complaint(
  'shin',
  ['calves', 'glutes', 'core'],
  [
    ['stretch', 'mixed'],
    ['raise', 'mixed'],
    ['bridge', 'mixed'],
  ],
);
const heel = complaint(
  'heel',
  ['calves'],
  [
    ['raise', 'limited'],
    ['stretch', 'mixed'],
  ],
);
const achilles = complaint(
  'achilles',
  ['calves', 'glutes'],
  [
    ['raise', 'moderate'],
    ['bridge', 'expert-opinion'],
  ],
);
const back = complaint(
  'back',
  ['core', 'glutes'],
  [
    ['plank', 'limited'],
    ['raise', 'mixed'],
  ],
);
// Built inside each test, so each test exercises the whole index.
const build = () => buildComplaintIndex(graph(), [shin, heel, back, achilles]);

describe('buildComplaintIndex, built per test', () => {
  it('sorts the complaints by name and finds one by id', () => {
    const index = build();
    expect(index.complaints.map((c) => c.id)).toEqual(['achilles', 'back', 'heel', 'shin']);
    expect(index.complaint('heel')).toBe(heel);
    expect(() => index.complaint('knee')).toThrow('Unknown complaint "knee"');
  });

  it('resolves each complaint’s muscle groups and exercises, with roles and evidence', () => {
    const index = build();
    expect(index.musclesOf(back)).toEqual([
      { muscle: core, role: 'Does the work here.' },
      { muscle: glutes, role: 'Does the work here.' },
    ]);
    expect(index.exercisesOf(heel)).toEqual([
      {
        exercise: raise,
        grade: 'limited',
        evidence: 'What the evidence says about it.',
        sources: ['crossley-2016'],
      },
      {
        exercise: stretch,
        grade: 'mixed',
        evidence: 'What the evidence says about it.',
        sources: ['crossley-2016'],
      },
    ]);
    const stranger = complaint('stranger', ['calves'], [['raise', 'limited']]);
    expect(index.musclesOf(stranger)).toEqual([]);
    expect(index.exercisesOf(stranger)).toEqual([]);
  });

  it('links each exercise back to every complaint whose evidence supports it', () => {
    const index = build();
    expect(index.helpsWithExercise(raise)).toEqual([
      { complaint: achilles, grade: 'moderate' },
      { complaint: heel, grade: 'limited' },
    ]);
    expect(index.helpsWithExercise(bridge)).toEqual([
      { complaint: achilles, grade: 'expert-opinion' },
    ]);
    expect(index.helpsWithExercise(plank)).toEqual([{ complaint: back, grade: 'limited' }]);
    expect(index.helpsWithExercise(stretch)).toEqual([]);
  });

  it('links a group back only where some supported exercise of the complaint targets it', () => {
    const index = build();
    // Achilles: the raise targets the calves, the bridge the glutes (it only assists calves).
    expect(index.helpsWithMuscle(calves)).toEqual([achilles, heel]);
    // Back lists the glutes, but its one supported exercise, the plank, targets the core.
    expect(index.helpsWithMuscle(glutes)).toEqual([achilles]);
    expect(index.helpsWithMuscle(core)).toEqual([back]);
  });

  it('names the known groups when a complaint names an unknown one', () => {
    const knee = complaint('knee', ['quadz'], [['raise', 'limited']]);
    expect(() => buildComplaintIndex(graph(), [knee])).toThrow(
      'content/complaints/knee.mdx: muscles[0].muscle: unknown muscle group "quadz" (known: calves, glutes, core)',
    );
  });

  it('counts every grade but mixed as support', () => {
    expect(supports('moderate')).toBe(true);
    expect(supports('limited')).toBe(true);
    expect(supports('expert-opinion')).toBe(true);
    expect(supports('mixed')).toBe(false);
  });
});
