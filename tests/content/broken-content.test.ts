import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWith, edit } from './build-fixture';

/**
 * Each case breaks one thing in a copy of the real content and runs the real build. The
 * build must fail, and what it prints must name the file and the field at fault.
 */
const cases: { name: string; mutate: (dir: string) => void; expect: string[] }[] = [
  {
    name: 'a missing required field',
    mutate: (d) => edit(d, 'exercises/squat.mdx', (t) => t.replace(/^level: .*\n/m, '')),
    expect: ['exercises/squat.mdx', 'level'],
  },
  {
    name: 'an unknown field',
    mutate: (d) => edit(d, 'muscles/calves.mdx', (t) => t.replace(/^name: /m, 'colour: red\nname: ')),
    expect: ['muscles/calves.mdx', 'colour'],
  },
  {
    name: 'a wrong enum value',
    mutate: (d) => edit(d, 'exercises/plank.mdx', (t) => t.replace(/^kind: .*$/m, 'kind: cardio')),
    expect: ['exercises/plank.mdx', 'kind'],
  },
  {
    name: 'a reference to a muscle group that does not exist',
    mutate: (d) =>
      edit(d, 'exercises/lunge.mdx', (t) => t.replace(/^primary: \[/m, 'primary: [quadz, ')),
    expect: ['exercises/lunge.mdx', 'primary[0]', 'quadz'],
  },
  {
    name: 'a ladder rung naming an exercise that does not exist',
    mutate: (d) =>
      edit(d, 'exercises/hip-thrust.mdx', (t) => t.replace(/exercise: glute-bridge/, 'exercise: glute-brige')),
    expect: ['exercises/hip-thrust.mdx', 'ladder[0].exercise', 'glute-brige'],
  },
  {
    name: 'an antagonist that does not exist',
    mutate: (d) =>
      edit(d, 'muscles/quadriceps.mdx', (t) => t.replace(/^antagonists: .*$/m, 'antagonists: [hammies]')),
    expect: ['muscles/quadriceps.mdx', 'antagonists[0]', 'hammies'],
  },
  {
    name: 'a duplicate id',
    mutate: (d) => copyFileSync(join(d, 'exercises/squat.mdx'), join(d, 'exercises/Squat.mdx')),
    expect: ['exercises/Squat.mdx', 'file name', 'cannot duplicate'],
  },
  {
    name: 'an unknown id in <MuscleLink>',
    mutate: (d) =>
      edit(d, 'exercises/step-up.mdx', (t) => `${t}\nTrain your <MuscleLink id="biceps" /> too.\n`),
    expect: ['exercises/step-up.mdx', '<MuscleLink id="biceps">'],
  },
  {
    name: 'an unknown id in <ExerciseLink>',
    mutate: (d) =>
      edit(d, 'guide/guide.mdx', (t) => `${t}\nThen try the <ExerciseLink id="burpee" />.\n`),
    expect: ['guide/guide.mdx', '<ExerciseLink id="burpee">'],
  },
  {
    name: 'an unknown source id in <Cite>',
    mutate: (d) =>
      edit(d, 'muscles/calves.mdx', (t) => `${t}\nAs shown before <Cite id="nobody-2099" />.\n`),
    expect: ['muscles/calves.mdx', '<Cite id="nobody-2099">', 'no source has the id'],
  },
  {
    name: 'an unknown source id in frontmatter sources',
    mutate: (d) =>
      edit(d, 'exercises/plank.mdx', (t) => t.replace(/^ {2}dose: \[hung-2019\]$/m, '  dose: [hung-2091]')),
    expect: ['exercises/plank.mdx', 'sources', 'dose', 'hung-2091'],
  },
  {
    name: 'a summary too long for a meta description',
    mutate: (d) =>
      edit(d, 'muscles/core.mdx', (t) => t.replace(/^summary: .*$/m, `summary: ${'Very long words '.repeat(12)}`)),
    expect: ['muscles/core.mdx', 'summary'],
  },
  {
    name: 'a ladder with two rungs marked here',
    mutate: (d) => edit(d, 'exercises/squat.mdx', (t) => t.replace(/^ladder:\n/m, 'ladder:\n  - name: Wall sit\n    here: true\n')),
    expect: ['exercises/squat.mdx', 'ladder', 'exactly one rung'],
  },
  {
    name: 'a second guide',
    mutate: (d) => copyFileSync(join(d, 'guide/guide.mdx'), join(d, 'guide/another.mdx')),
    expect: ['content/guide/', 'exactly one guide'],
  },
  {
    name: 'a muscle group the body figure has no regions for',
    mutate: (d) => {
      // A new group, valid in every field, that the figure's region table does not know.
      copyFileSync(join(d, 'muscles/calves.mdx'), join(d, 'muscles/shins.mdx'));
      edit(d, 'muscles/shins.mdx', (t) =>
        t.replace(/^name: .*$/m, 'name: Shins').replace(/^aliases: .*$/m, 'aliases: []'),
      );
    },
    expect: ['muscles/shins.mdx', '"shins" has no regions on the body figure', 'FIGURE_REGIONS'],
  },
  {
    name: 'an unknown exercise id in a complaint',
    mutate: (d) =>
      edit(d, 'complaints/runners-knee.mdx', (t) =>
        t.replace(/^ {2}- exercise: step-up$/m, '  - exercise: step-ups'),
      ),
    expect: ['complaints/runners-knee.mdx', 'exercises[1].exercise', 'unknown exercise "step-ups"'],
  },
  {
    name: 'an unknown muscle group in a complaint',
    mutate: (d) =>
      edit(d, 'complaints/shin-pain.mdx', (t) =>
        t.replace(/^ {2}- muscle: calves$/m, '  - muscle: shins'),
      ),
    expect: ['complaints/shin-pain.mdx', 'muscles[0].muscle', 'unknown muscle group "shins"'],
  },
  {
    name: 'an unknown evidence grade in a complaint',
    mutate: (d) =>
      edit(d, 'complaints/achilles-tendinopathy.mdx', (t) =>
        t.replace(/^ {4}grade: limited$/m, '    grade: strong'),
      ),
    expect: ['complaints/achilles-tendinopathy.mdx', 'exercises', 'grade'],
  },
  {
    name: 'an unknown id in <ComplaintLink>',
    mutate: (d) =>
      edit(d, 'complaints/hamstring-strain.mdx', (t) => `${t}\nSee also <ComplaintLink id="shin-splints" />.\n`),
    expect: ['complaints/hamstring-strain.mdx', '<ComplaintLink id="shin-splints">'],
  },
  {
    name: 'a missing muscle file that others reference',
    mutate: (d) => rmSync(join(d, 'muscles/hamstrings.mdx')),
    expect: ['.mdx', 'unknown muscle group "hamstrings"'],
  },
];

/** Replaces the first `from` after `marker` in a pose file's text. */
const after = (marker: string, from: string | RegExp, to: string) => (t: string) => {
  const at = t.indexOf(marker);
  if (at < 0) throw new Error(`fixture: "${marker}" not found`);
  return t.slice(0, at) + t.slice(at).replace(from, to);
};

/**
 * Each rule of the pose validator, broken once in a real pose file: the build must stop and
 * name the file, the keyframe and the joint or body part.
 */
const poseCases: { name: string; mutate: (dir: string) => void; expect: string[] }[] = [
  {
    name: 'a joint bent past its range of motion',
    mutate: (d) => edit(d, 'exercises/squat.poses.yaml', after('label: Bottom', /knee: 110/, 'knee: 140')),
    expect: ['exercises/squat.poses.yaml', 'keyframe "Bottom"', 'left knee', '140°', 'range'],
  },
  {
    name: 'a contact floating off its surface',
    mutate: (d) => edit(d, 'exercises/squat.poses.yaml', after('label: Start', /y: 0.531/, 'y: 0.56')),
    expect: ['exercises/squat.poses.yaml', 'keyframe "Start"', 'right.heel', 'off it'],
  },
  {
    name: 'a body part below the floor',
    mutate: (d) =>
      edit(d, 'exercises/squat.poses.yaml', (t) =>
        after('label: Bottom', /y: 0.274/, 'y: 0.2')(t).replace(/contacts:(\n\s+- part: .*\n\s+on: floor)+/g, 'contacts: []'),
      ),
    expect: ['exercises/squat.poses.yaml', 'keyframe "Bottom"', 'below the floor'],
  },
  {
    name: 'a body part inside a prop',
    mutate: (d) =>
      edit(d, 'exercises/step-up.poses.yaml', (t) =>
        after('label: Foot on step', /x: -0.025/, 'x: 0.12')(t).replace(/contacts:(\n\s+- part: .*\n\s+on: \w+)+/g, 'contacts: []'),
      ),
    expect: ['exercises/step-up.poses.yaml', 'keyframe "Foot on step"', 'inside the step'],
  },
  {
    name: 'a planted foot that slides between keyframes',
    mutate: (d) =>
      edit(d, 'exercises/squat.poses.yaml', after('label: Start', /x: 0.018/, 'x: 0.045')),
    expect: ['exercises/squat.poses.yaml', 'keyframe "Bottom"', 'slides'],
  },
  {
    name: 'a keyframe showing a step the exercise does not have',
    mutate: (d) => edit(d, 'exercises/squat.poses.yaml', after('label: Bottom', /- 4\n/, '- 9\n')),
    expect: ['exercises/squat.poses.yaml', 'keyframe "Bottom"', 'steps', 'step 9 does not exist'],
  },
  {
    name: 'an unknown field in a pose file',
    mutate: (d) => edit(d, 'exercises/plank.poses.yaml', (t) => t.replace(/^seconds: /m, 'speed: 2\nseconds: ')),
    expect: ['plank', 'speed'],
  },
  {
    name: 'an exercise without a pose file',
    mutate: (d) => rmSync(join(d, 'exercises/lunge.poses.yaml')),
    expect: ['exercises/lunge.poses.yaml', 'missing', 'every exercise needs a pose file'],
  },
];

describe('a broken content file fails the build with a precise message', () => {
  it('builds the untouched content (the control case)', async () => {
    const result = await buildWith(() => undefined);
    expect(result.ok, result.output).toBe(true);
    // Astro logs some content errors (a dangling reference) without failing: no line may be
    // logged at the error level. Prose that merely says "error" is fine.
    expect(result.output.split('\n').filter((line) => /\[ERROR\]/.test(line))).toEqual([]);
  });

  it.each(cases)('$name', async ({ mutate, expect: parts }) => {
    const result = await buildWith(mutate);
    expect(result.ok, result.output).toBe(false);
    for (const part of parts) expect(result.output).toContain(part);
  });
});

describe('a broken pose fails the build naming the file, keyframe and joint', () => {
  it.each(poseCases)('$name', async ({ mutate, expect: parts }) => {
    const result = await buildWith(mutate);
    expect(result.ok, result.output).toBe(false);
    for (const part of parts) expect(result.output).toContain(part);
  });
});

describe('broken MDX fails the build and names the file', () => {
  it.each([
    ['an unclosed component tag', 'exercises/plank.mdx', '\nKeep your <MuscleLink id="core">core braced.\n'],
    ['a bad expression', 'muscles/glutes.mdx', '\nThe sum is {1 +}.\n'],
  ])('%s', async (_, file, broken) => {
    const result = await buildWith((d) => edit(d, file, (t) => `${t}${broken}`));
    expect(result.ok, result.output).toBe(false);
    expect(result.output).toContain(file);
  });
});

describe('HTML in frontmatter is shown as text everywhere, never run', () => {
  it('escapes it in the page, its meta tags and its JSON-LD', async () => {
    const name = 'Squat <script>alert("name")</script>';
    const summary = 'A "quoted" summary with <img src=x onerror=alert(1)> and </script> inside it.';
    const result = await buildWith(
      (d) =>
        edit(d, 'exercises/squat.mdx', (t) =>
          t
            .replace(/^name: .*$/m, `name: '${name}'`)
            .replace(/^summary: .*$/m, `summary: '${summary}'`),
        ),
      (file) => file === 'exercises/squat/index.html',
    );
    expect(result.ok, result.output).toBe(true);
    const html = result.files.get('exercises/squat/index.html')?.toString('utf8') ?? '';
    // Outside attribute values (where quotes are escaped, so < is inert) no tag was injected.
    const markup = html.replace(/="[^"]*"/g, '=""');
    expect(markup).not.toContain('<script>alert');
    expect(markup).not.toContain('<img src=x');
    // Visible text and attributes carry the characters escaped.
    expect(html).toMatch(/<h1[^>]*>Squat &lt;script&gt;alert\((&quot;|")name(&quot;|")\)&lt;\/script&gt;<\/h1>/);
    // In attributes the quotes are escaped, so the value cannot end early.
    expect(html).toContain(
      '<meta name="description" content="A &quot;quoted&quot; summary with <img src=x onerror=alert(1)> and </script> inside it.">',
    );
    // JSON-LD keeps the text but cannot close its script element.
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => m[1] ?? '');
    const plan = blocks.map((b) => JSON.parse(b) as Record<string, unknown>).find((b) => b['name'] === name);
    expect(plan?.['description']).toBe(summary);
    for (const block of blocks) expect(block).not.toMatch(/<|>/);
  });
});

describe('reproducible builds', () => {
  it('two clean builds of the same content produce byte-identical dist/ folders', async () => {
    const all = () => true;
    const first = await buildWith(() => undefined, all, { cards: true });
    const second = await buildWith(() => undefined, all, { cards: true });
    expect(first.ok && second.ok).toBe(true);
    expect([...second.files.keys()].sort()).toEqual([...first.files.keys()].sort());
    const differing = [...first.files].filter(([file, bytes]) => !bytes.equals(second.files.get(file) ?? Buffer.alloc(0)));
    expect(differing.map(([file]) => file)).toEqual([]);
    expect(first.files.size).toBeGreaterThan(100);
  });
});
