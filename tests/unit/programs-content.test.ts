import { describe, expect, it } from 'vitest';
import { loadProblems } from '../../src/lib/programs/load';
import { loadContent } from './load-content';

/**
 * The real programs against the brief. The numbers here (lengths, frequencies,
 * levels) are the brief's, written out, not read from src/lib.
 */
const { programs, exercises, programIndex } = loadContent();
const byId = new Map(programs.map((p) => [p.id, p.data]));
const exerciseById = new Map(exercises.map((e) => [e.id, e.data]));
const perSide = (id: string) => exerciseById.get(id)?.dose.perSide ?? false;

describe('the five programs', () => {
  it.each([
    ['beginner-no-equipment', 8, 'beginner'],
    ['gym-strength-economy', 12, 'advanced'],
    ['plyometric-progression', 6, 'advanced'],
    ['in-season-maintenance', 8, 'advanced'],
    ['back-after-a-break', 8, 'beginner'],
  ] as const)('%s runs %i weeks at the %s level', (id, weeks, level) => {
    const program = byId.get(id);
    expect(program?.weeks).toBe(weeks);
    expect(program?.plan).toHaveLength(weeks);
    expect(program?.level).toBe(level);
  });

  it('the beginner program needs no equipment and the maintenance program one session a week', () => {
    expect(byId.get('beginner-no-equipment')?.equipment).toEqual(['none']);
    expect(byId.get('in-season-maintenance')?.sessionsPerWeek).toBe(1);
  });

  it('every program passes its own load rule, week by week', () => {
    for (const p of programs) {
      expect(loadProblems(p.data.plan, p.data.load, perSide), p.id).toEqual([]);
    }
  });

  it('every program resolves against the exercises', () => {
    expect(programIndex.programs.map((p) => p.entry.id).sort()).toEqual(
      programs.map((p) => p.id).sort(),
    );
  });
});
