// Writes a content folder for the build benchmark: the real muscles and guide, the real
// exercises, plus N synthetic exercises with valid frontmatter and 400-800 words of MDX each
// (headings, lists and links), spread over the nine muscle groups. Deterministic for a given N.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MUSCLES = [
  'quadriceps',
  'hamstrings',
  'glutes',
  'calves',
  'core',
  'hip-flexors',
  'ankle-dorsiflexors',
  'hip-adductors',
  'foot-ankle-stabilisers',
];
const REAL_EXERCISES = [
  'squat',
  'lunge',
  'deadlift',
  'hip-thrust',
  'calf-raise',
  'plank',
  'step-up',
  'glute-bridge',
];
const KINDS = ['strength', 'plyometric', 'core-stability', 'stretch', 'mobility'];
const EQUIPMENT = ['none', 'mat', 'step', 'dumbbell', 'kettlebell', 'barbell', 'band', 'bench'];
const LEVELS = ['beginner', 'intermediate', 'advanced'];
const WORDS = (
  'runner stride knee hip ankle load tempo control brace drive push land swing steady slow ' +
  'strong tendon spring balance rep set rest breathe posture pelvis foot heel toe thigh calf ' +
  'glute core trunk step hinge squat lunge hold lift lower press pull reach rotate resist ' +
  'week session easy hard form depth range smooth quiet even pace climb descend sprint'
).split(' ');

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function sentence(next, length) {
  const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next, sentences) {
  return Array.from({ length: sentences }, () => sentence(next, 8 + Math.floor(next() * 10))).join(
    ' ',
  );
}

function exercise(i) {
  const next = rng(i + 1);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const primary = pick(MUSCLES);
  const secondary = MUSCLES.filter((m) => m !== primary && next() < 0.2).slice(0, 2);
  const id = `synthetic-${String(i).padStart(5, '0')}`;
  const sections = [
    'Why runners do it',
    'Form cues',
    'Common mistakes',
    'Progress and regress',
    'Safety',
  ];
  const target = 400 + Math.floor(next() * 400);
  const body = [];
  let words = 0;
  for (let s = 0; words < target; s++) {
    const heading =
      sections[s % sections.length] +
      (s >= sections.length ? ` ${Math.floor(s / sections.length) + 1}` : '');
    const text = `${paragraph(next, 4)} Work the <MuscleLink id="${primary}" /> and compare it with the <ExerciseLink id="${pick(REAL_EXERCISES)}" />. ${paragraph(next, 3)}`;
    const list = `- ${sentence(next, 9)}\n- ${sentence(next, 7)}\n- ${sentence(next, 11)}`;
    body.push(`## ${heading}\n\n${text}\n\n${list}\n`);
    words += text.split(/\s+/).length + 27;
  }
  const frontmatter = [
    '---',
    `name: Synthetic drill ${i}`,
    `summary: A generated exercise number ${i} for the build benchmark, with a realistic body and frontmatter.`,
    `kind: ${pick(KINDS)}`,
    `primary: [${primary}]`,
    `secondary: [${secondary.join(', ')}]`,
    `equipment: [${pick(EQUIPMENT)}]`,
    `level: ${pick(LEVELS)}`,
    `dose: { sets: 3, reps: '8-12', perWeek: '2' }`,
    'sources:',
    '  dose: [blagrove-2018]',
    `aliases: [generated drill ${i}]`,
    'steps:',
    ...Array.from({ length: 5 }, () => `  - ${sentence(next, 10)}`),
    'ladder:',
    `  - exercise: ${pick(REAL_EXERCISES)}`,
    `  - name: Synthetic drill ${i}`,
    '    here: true',
    'updated: 2026-11-25',
    '---',
  ];
  return { id, text: `${frontmatter.join('\n')}\n\n${body.join('\n')}` };
}

/** A real exercise with five steps, whose poses every synthetic exercise reuses. */
const POSE_TEMPLATE = 'a-skip';

export function writeSyntheticContent(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync('content', dir, { recursive: true });
  for (let i = 1; i <= count; i++) {
    const { id, text } = exercise(i);
    writeFileSync(join(dir, 'exercises', `${id}.mdx`), text);
    // Every exercise needs a demonstration; each synthetic one borrows a real five-step one.
    cpSync(
      join('content', 'exercises', `${POSE_TEMPLATE}.poses.yaml`),
      join(dir, 'exercises', `${id}.poses.yaml`),
    );
  }
  return dir;
}
