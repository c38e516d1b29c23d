import { describe, expect, it } from 'vitest';
import { phaseAnchor, strideByPhase, PHASE_DESCRIPTIONS } from '../../src/lib/graph/stride';
import { PHASES } from '../../src/lib/content/taxonomy';
import { muscle } from './fixtures';
import { loadContent } from './load-content';

describe('strideByPhase', () => {
  it('lists each phase with the groups that name it, in the order given, with their roles', () => {
    const a = muscle('a', {
      stride: {
        phases: [
          { phase: 'swing', role: 'Brings the leg through fast.' },
          { phase: 'landing', role: 'Takes the impact of contact.' },
        ],
        speed: 'Quicker legs.',
      },
    });
    const b = muscle('b');
    const work = strideByPhase([a, b]);
    expect(work.map((w) => w.phase)).toEqual([...PHASES]);
    expect(work[0]?.groups).toEqual([
      { muscle: a, role: 'Takes the impact of contact.' },
      { muscle: b, role: 'Absorbs the landing force.' },
    ]);
    expect(work[1]?.groups).toEqual([]);
    expect(work[3]?.groups.map((g) => g.muscle)).toEqual([a]);
  });

  it('covers every phase a real group names, and gives each phase a description', () => {
    const { graph } = loadContent();
    const work = strideByPhase(graph.muscles);
    for (const m of graph.muscles) {
      for (const { phase } of m.data.stride.phases) {
        const listed = work.find((w) => w.phase === phase)?.groups.map((g) => g.muscle.id);
        expect(listed, `${m.id} in ${phase}`).toContain(m.id);
      }
    }
    for (const phase of PHASES) expect(PHASE_DESCRIPTIONS[phase].length).toBeGreaterThan(40);
    expect(new Set(PHASES.map(phaseAnchor)).size).toBe(PHASES.length);
  });
});
