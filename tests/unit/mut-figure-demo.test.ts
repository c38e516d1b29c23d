import { describe, expect, it } from 'vitest';
import { poseFileSchema, type PoseFile } from '../../src/lib/figure/pose/schema';
import { buildDemo, frameAnchor, type DemoSubject } from '../../src/lib/figure/pose/demo';
import type { Paint, Worked } from '../../src/lib/figure/pose/render';
import { groupsShown, MUSCLE_GROUPS } from '../../src/lib/figure/pose/shapes';
import { PoseError } from '../../src/lib/figure/pose/validate';

const limb = (knee = 0, hip = 0) => ({
  hip: { flex: hip },
  knee,
  ankle: 0,
  shoulder: { flex: 0 },
  elbow: 10,
});
const FEET = ['left.heel', 'left.toe', 'right.heel', 'right.toe'].map((part) => ({
  part,
  on: 'floor',
}));
const frame = (label: string, describe: string, steps: number[], y = 0.53, bend = 0) => ({
  label,
  describe,
  steps,
  root: { x: 0, y },
  trunk: { lean: 0 },
  left: limb(bend),
  right: limb(bend),
  contacts: bend ? [] : FEET,
});
const poses = (view: 'side' | 'front', ...keyframes: unknown[]): PoseFile =>
  poseFileSchema.parse({ view, keyframes });
const subject = (over: Partial<DemoSubject> = {}): DemoSubject => ({
  id: 'stand',
  name: 'Standing',
  filePath: 'content/exercises/stand.mdx',
  poseFile: 'content/exercises/stand.poses.yaml',
  steps: ['One', 'Two', 'Three'],
  primary: ['quadriceps'],
  secondary: ['calves', 'glutes'],
  ...over,
});
const twoFrames = (view: 'side' | 'front' = 'side') =>
  poses(
    view,
    frame('Start', 'Standing tall with both feet flat.', [1, 2]),
    frame('Again', 'Still standing, weight even', [2, 3]),
  );

describe('frameAnchor', () => {
  it('numbers frames from 1', () => {
    expect(frameAnchor(0)).toBe('demo-frame-1');
    expect(frameAnchor(2)).toBe('demo-frame-3');
  });
});

describe('buildDemo', () => {
  it('hands the worked groups to the painter, by tier', () => {
    const seen: Worked[] = [];
    const paint = (w: Worked): Paint => {
      seen.push(w);
      return { mode: 'sprite', href: '/s.svg', worked: w };
    };
    const demo = buildDemo(subject(), twoFrames(), paint);
    expect(seen).toHaveLength(1);
    expect([...seen[0]!.primary]).toEqual(['quadriceps']);
    expect([...seen[0]!.secondary]).toEqual(['calves', 'glutes']);
    expect(demo.id).toBe('stand');
    expect(demo.view).toBe('side');
    expect(demo.css.startsWith('#demo-stand ')).toBe(true);
  });

  it('links each step to the first frame that shows it', () => {
    const demo = buildDemo(subject(), twoFrames(), (w) => ({
      mode: 'sprite',
      href: '/s',
      worked: w,
    }));
    expect([...demo.stepFrames]).toEqual([
      [1, 'demo-frame-1'],
      [2, 'demo-frame-1'],
      [3, 'demo-frame-2'],
    ]);
    expect(demo.keyframes).toEqual([
      {
        label: 'Start',
        describe: 'Standing tall with both feet flat.',
        steps: [1, 2],
        anchor: 'demo-frame-1',
      },
      {
        label: 'Again',
        describe: 'Still standing, weight even',
        steps: [2, 3],
        anchor: 'demo-frame-2',
      },
    ]);
  });

  it('describes the view and each position, ending each with one full stop', () => {
    const demo = buildDemo(subject(), twoFrames('front'), (w) => ({
      mode: 'sprite',
      href: '/s',
      worked: w,
    }));
    expect(demo.description).toBe(
      'Standing, from the front, in 2 positions. Start: Standing tall with both feet flat. Again: Still standing, weight even.',
    );
  });

  it('refuses a group the figure does not have, or cannot show in its view', () => {
    const paint = (w: Worked): Paint => ({ mode: 'sprite', href: '/s', worked: w });
    expect(() => buildDemo(subject({ primary: ['biceps'] }), twoFrames(), paint)).toThrow(
      'content/exercises/stand.mdx: primary[0]: "biceps" has no area on the side view of the demonstration figure (add one in src/lib/figure/pose/shapes.ts)',
    );
    expect(() =>
      buildDemo(subject({ secondary: ['calves', 'hamstrings'] }), twoFrames('front'), paint),
    ).toThrow('secondary[1]: "hamstrings" has no area on the front view');
  });

  it('refuses a frame showing a step past the last one, naming the pose file', () => {
    const paint = (w: Worked): Paint => ({ mode: 'sprite', href: '/s', worked: w });
    const run = () => buildDemo(subject({ steps: ['One', 'Two'] }), twoFrames(), paint);
    expect(run).toThrow(PoseError);
    expect(run).toThrow(
      'content/exercises/stand.poses.yaml: keyframe "Again": steps: step 3 does not exist: the exercise has 2 steps',
    );
  });

  it('validates the poses first', () => {
    const paint = (w: Worked): Paint => ({ mode: 'sprite', href: '/s', worked: w });
    const sunk = poses(
      'side',
      frame('Start', 'Standing tall.', [1]),
      frame('Sunk', 'Sinking down.', [1], 0.4),
    );
    expect(() => buildDemo(subject(), sunk, paint)).toThrow(/keyframe "Sunk"/);
  });
});

describe('groupsShown', () => {
  it('shows every group from the side and all but the hamstrings from the front', () => {
    expect(new Set(groupsShown('side'))).toEqual(new Set(MUSCLE_GROUPS));
    expect(groupsShown('side').size).toBe(9);
    expect(new Set(groupsShown('front'))).toEqual(
      new Set(MUSCLE_GROUPS.filter((g) => g !== 'hamstrings')),
    );
  });
});
