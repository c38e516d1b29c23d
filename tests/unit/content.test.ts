import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, loadContent } from './load-content';

const { muscles, exercises, guides, complaints, graph, index } = loadContent();
const guide = guides[0];

describe('the content graph', () => {
  it('has the nine muscle groups, the four primary movers first, and every required exercise', () => {
    expect(muscles.map((m) => m.id).sort()).toEqual(
      [
        'ankle-dorsiflexors',
        'calves',
        'core',
        'foot-ankle-stabilisers',
        'glutes',
        'hamstrings',
        'hip-adductors',
        'hip-flexors',
        'quadriceps',
      ].sort(),
    );
    expect(graph.muscles.filter((m) => m.data.tier === 'primary').map((m) => m.id)).toEqual([
      'quadriceps',
      'hamstrings',
      'glutes',
      'calves',
    ]);
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
      'copenhagen-adduction',
      'side-lying-hip-abduction',
      'side-plank',
      'short-foot',
      'toe-yoga',
      'seated-soleus-raise',
      'eccentric-heel-drop',
      'single-leg-balance-reach',
      'adductor-squeeze',
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

  it('trains the adductors and the foot and ankle stabilisers with exercises of their own', () => {
    const ids = (list: readonly { id: string }[]) => list.map((e) => e.id).sort();
    const adductors = graph.exercisesFor('hip-adductors');
    expect(ids(adductors.primary)).toEqual(['adductor-squeeze', 'copenhagen-adduction']);
    expect(ids(adductors.secondary)).toEqual(expect.arrayContaining(['lunge', 'squat']));
    const feet = graph.exercisesFor('foot-ankle-stabilisers');
    expect(ids(feet.primary)).toEqual(['short-foot', 'single-leg-balance-reach', 'toe-yoga']);
    expect(ids(feet.secondary)).toEqual(
      expect.arrayContaining(['calf-raise', 'eccentric-heel-drop']),
    );
    // The soleus exercise works the calves, not the groups it sits beside.
    expect(graph.musclesOf(graph.exercise('seated-soleus-raise')).primary.map((m) => m.id)).toEqual(
      ['calves'],
    );
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

describe('the complaint index', () => {
  it('has the eight complaints the issue asks for', () => {
    expect(complaints.map((c) => c.id).sort()).toEqual(
      [
        'achilles-tendinopathy',
        'groin-strain',
        'hamstring-strain',
        'high-hamstring-tendinopathy',
        'iliotibial-band-pain',
        'plantar-heel-pain',
        'runners-knee',
        'shin-pain',
      ].sort(),
    );
  });

  it('links every complaint to at least two exercises and one muscle group', () => {
    for (const c of index.complaints) {
      expect(index.exercisesOf(c).length, c.id).toBeGreaterThanOrEqual(2);
      expect(index.musclesOf(c).length, c.id).toBeGreaterThanOrEqual(1);
    }
  });

  // The truth here comes from the frontmatter: grades other than "mixed" support a link.
  const supported = (c: (typeof complaints)[number]) =>
    c.data.exercises.filter((e) => e.grade !== 'mixed').map((e) => e.exercise.id);

  it('links back exactly: an exercise helps with a complaint iff the complaint lists it with support', () => {
    for (const e of graph.exercises) {
      const expected = complaints.filter((c) => supported(c).includes(e.id)).map((c) => c.id);
      const shown = index.helpsWithExercise(e).map((h) => h.complaint.id);
      expect(shown.sort(), e.id).toEqual(expected.sort());
    }
  });

  it('links back exactly: a muscle group helps iff it is involved and a supported exercise targets it', () => {
    const targets = new Map(exercises.map((e) => [e.id, e.data.primary.map((r) => r.id)]));
    for (const m of graph.muscles) {
      const expected = complaints
        .filter(
          (c) =>
            c.data.muscles.some((i) => i.muscle.id === m.id) &&
            supported(c).some((id) => targets.get(id)?.includes(m.id)),
        )
        .map((c) => c.id);
      const shown = index.helpsWithMuscle(m).map((c) => c.id);
      expect(shown.sort(), m.id).toEqual(expected.sort());
    }
  });

  it('puts the red flags of bone stress and compartment syndrome on the shin pain page', () => {
    const shin = complaints.find((c) => c.id === 'shin-pain');
    const flags = (shin?.data.redFlags ?? []).map((f) => `${f.sign} ${f.action}`).join('\n');
    expect(flags).toMatch(/bone stress injury/);
    expect(flags).toMatch(/compartment syndrome/);
    expect(flags).toMatch(/relative energy deficiency/);
  });

  it('never grades shin pain exercises as supported: no exercise has been shown to help', () => {
    const shin = complaints.find((c) => c.id === 'shin-pain');
    expect(shin?.data.exercises.map((e) => e.grade)).toEqual(['mixed', 'mixed']);
  });

  it.each(complaints.map((c) => [c.id, c.body] as const))(
    'complaint page %s runs to 300 words or more',
    (_, body) => {
      expect(countWords(body)).toBeGreaterThanOrEqual(300);
    },
  );
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
    const summaries = [...muscles, ...exercises, ...complaints].map((e) => e.data.summary);
    expect(new Set(summaries).size).toBe(summaries.length);
    const owners = new Map<string, string>();
    for (const e of [...muscles, ...exercises, ...complaints]) {
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
