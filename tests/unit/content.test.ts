import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, loadContent } from './load-content';

const { muscles, exercises, guides, graph } = loadContent();
const guide = guides[0];

describe('the content graph', () => {
  it('has the seven muscle groups and every required exercise', () => {
    expect(muscles.map((m) => m.id).sort()).toEqual(
      [
        'ankle-dorsiflexors',
        'calves',
        'core',
        'glutes',
        'hamstrings',
        'hip-flexors',
        'quadriceps',
      ].sort(),
    );
    const required = [
      'squat',
      'lunge',
      'deadlift',
      'hip-thrust',
      'calf-raise',
      'plank',
      'mountain-climber',
      'russian-twist',
      'calf-stretch',
      'hip-flexor-stretch',
      'step-up',
      'hamstring-curl',
      'glute-bridge',
      'lateral-band-walk',
      'jump-rope',
      'bicycle-crunch',
      'leg-raise',
      'ankle-mobility-drill',
      'tibialis-raise',
    ];
    expect(exercises.map((e) => e.id)).toEqual(expect.arrayContaining(required));
    expect(guides).toHaveLength(1);
  });

  it('gives every muscle group at least three exercises, one of them targeting it', () => {
    for (const m of graph.muscles) {
      const { primary, secondary } = graph.exercisesFor(m.id);
      expect(primary.length, m.id).toBeGreaterThan(0);
      expect(primary.length + secondary.length, m.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('links back exactly: a muscle lists an exercise if and only if the exercise names it', () => {
    for (const m of graph.muscles) {
      const { primary, secondary } = graph.exercisesFor(m.id);
      for (const e of graph.exercises) {
        const names = graph.musclesOf(e);
        expect(primary.includes(e), `${m.id} ↔ ${e.id}`).toBe(names.primary.includes(m));
        expect(secondary.includes(e), `${m.id} ↔ ${e.id}`).toBe(names.secondary.includes(m));
      }
    }
  });

  it('shares rectus femoris between the quadriceps and the hip flexors', () => {
    const shared = graph
      .sharedMuscles('quadriceps')
      .map((s) => [s.anatomical, s.groups.map((g) => g.id)]);
    expect(shared).toContainEqual(['Rectus femoris', ['hip-flexors']]);
  });

  it('trains the ankle dorsiflexors with something other than calf raises', () => {
    const { primary } = graph.exercisesFor('ankle-dorsiflexors');
    expect(primary.map((e) => e.id)).toEqual(
      expect.arrayContaining(['tibialis-raise', 'heel-walk']),
    );
    expect(graph.musclesOf(graph.exercise('calf-raise')).primary.map((m) => m.id)).toEqual([
      'calves',
    ]);
  });
});

describe('the writing', () => {
  it.each(muscles.map((m) => [m.id, m.body] as const))(
    'muscle page %s runs to 600 words or more',
    (_, body) => {
      expect(countWords(body)).toBeGreaterThanOrEqual(600);
    },
  );

  it.each(exercises.map((e) => [e.id, e.body] as const))(
    'exercise page %s runs to 350 words or more',
    (_, body) => {
      expect(countWords(body)).toBeGreaterThanOrEqual(350);
    },
  );

  it('the guide runs to 2,000 words or more', () => {
    expect(countWords(guide?.body ?? '')).toBeGreaterThanOrEqual(2000);
  });

  it('the guide links every muscle group and most exercises', () => {
    const body = guide?.body ?? '';
    for (const m of muscles) expect(body, m.id).toContain(`<MuscleLink id="${m.id}"`);
    const linked = exercises.filter((e) => body.includes(`<ExerciseLink id="${e.id}"`));
    expect(linked.length).toBeGreaterThan(exercises.length / 2);
  });

  it('gives every page a unique summary and every alias a single owner', () => {
    const summaries = [...muscles, ...exercises].map((e) => e.data.summary);
    expect(new Set(summaries).size).toBe(summaries.length);
    const owners = new Map<string, string>();
    for (const e of [...muscles, ...exercises]) {
      for (const alias of [e.data.name, ...e.data.aliases].map((a) => a.toLowerCase())) {
        const owner = owners.get(alias);
        expect(
          owner === undefined || owner === e.id,
          `"${alias}" belongs to ${owner} and ${e.id}`,
        ).toBe(true);
        owners.set(alias, e.id);
      }
    }
  });

  const overlap = join(import.meta.dirname, '..', '..', '..', 'shared', 'tools', 'seed-overlap');
  it.runIf(existsSync(overlap))('copies no run of eight words from the seed article', () => {
    const root = join(import.meta.dirname, '..', '..');
    expect(() =>
      execFileSync(overlap, ['content', 'src'], { cwd: root, encoding: 'utf8' }),
    ).not.toThrow();
  });
});
