import { describe, expect, it } from 'vitest';
import { solve } from '../../src/lib/figure/pose/kinematics';
import { poseFileSchema, type PoseFile } from '../../src/lib/figure/pose/schema';
import {
  frameSvg,
  renderDemo,
  spriteSvg,
  type Demo,
  type Paint,
  type Worked,
} from '../../src/lib/figure/pose/render';
import { SHAPES, type MuscleGroupId } from '../../src/lib/figure/pose/shapes';

const side = (hip = 0, knee = 0, elbow = 10) => ({
  hip: { flex: hip },
  knee,
  ankle: 0,
  shoulder: { flex: 0 },
  elbow,
});
const pose = (over: Record<string, unknown> = {}) => ({
  label: 'Pose',
  describe: 'A pose for a test.',
  steps: [1],
  root: { x: 0, y: 0.53 },
  trunk: { lean: 0 },
  left: side(),
  right: side(),
  ...over,
});
const file = (view: 'side' | 'front', props: unknown[], ...keyframes: unknown[]): PoseFile =>
  poseFileSchema.parse({ view, props, keyframes });
const render = (data: PoseFile, paint: Paint, opts?: { hold?: number }) =>
  renderDemo(
    'd',
    data,
    data.keyframes.map((k) => solve(k)),
    paint,
    opts,
  );
const worked = (primary: MuscleGroupId[] = [], secondary: MuscleGroupId[] = []): Worked => ({
  primary: new Set(primary),
  secondary: new Set(secondary),
});
const sprite = (w: Worked, extra: Record<string, boolean> = {}): Paint => ({
  mode: 'sprite',
  href: '/s.svg',
  worked: w,
  ...extra,
});
const COLOURS = {
  body: '#b0d',
  far: '#fa0',
  line: '#111',
  primary: '#p00',
  secondary: '#s00',
  prop: '#pr0',
  floor: '#f10',
};
const count = (text: string, part: string) => text.split(part).length - 1;
/** Squatting a little in the second keyframe, so the legs move and the arms do not. */
const squat = () => file('side', [], pose(), pose({ left: side(30, 60), right: side(30, 60) }));

describe('renderDemo with the shared sprite', () => {
  it('colours worked groups on both legs, primary "p" and secondary "s"', () => {
    const demo = render(squat(), sprite(worked(['quadriceps'], ['hamstrings'])));
    const f = demo.frames[0]!;
    expect(count(f, '<use href="/s.svg#thigh-side" class="o"/>')).toBe(2);
    expect(
      count(f, '<use href="/s.svg#thigh-side-quadriceps" class="p" data-muscle="quadriceps"/>'),
    ).toBe(2);
    expect(
      count(f, '<use href="/s.svg#thigh-side-hamstrings" class="s" data-muscle="hamstrings"/>'),
    ).toBe(2);
    expect(f).not.toContain('data-muscle="calves"');
    expect(f).toContain(
      '<use href="/s.svg#thigh-side" class="o"/><use href="/s.svg#thigh-side-quadriceps" class="p" data-muscle="quadriceps"/><use href="/s.svg#thigh-side-hamstrings" class="s"',
    );
  });

  it('colours the near side only when asked', () => {
    const demo = render(squat(), sprite(worked(['quadriceps']), { nearOnly: true }));
    expect(count(demo.frames[0]!, 'data-muscle="quadriceps"')).toBe(1);
    expect(count(demo.frames[0]!, '<use href="/s.svg#thigh-side" class="o"/>')).toBe(2);
  });

  it('draws every muscle area, named for CSS, when asked', () => {
    // Side-view areas: torso 3, thigh 4, shank 3, foot 1; twice for the legs.
    const all = render(squat(), sprite(worked(), { every: true })).frames[0]!;
    expect(count(all, 'class="g g-')).toBe(3 + 2 * (4 + 3 + 1));
    expect(all).toContain(
      '<use href="/s.svg#shank-side-calves" class="g g-calves" data-muscle="calves"/>',
    );
    expect(all).toContain(
      '<use href="/s.svg#thigh-side" class="o"/><use href="/s.svg#thigh-side-quadriceps" class="g g-quadriceps" data-muscle="quadriceps"/><use href="/s.svg#thigh-side-hamstrings" class="g g-hamstrings"',
    );
    const near = render(squat(), sprite(worked(), { every: true, nearOnly: true })).frames[0]!;
    expect(count(near, 'class="g g-')).toBe(3 + 4 + 3 + 1);
  });

  it('marks the far limbs and, in the animated copy, every part by key', () => {
    const demo = render(squat(), sprite(worked()));
    expect(demo.frames[0]).toContain('<g class="far" transform="rotate(');
    expect(demo.frames[0]).not.toContain('class="k-');
    expect(demo.animated).toContain('<g class="k-trunk" transform="translate(0 -53) rotate(');
    expect(demo.animated).toContain('<g class="k-left-thigh far" transform="rotate(');
    // The head sits straight along the neck: moved, not turned.
    expect(demo.animated).toMatch(/<g class="k-head" transform="translate\(0 [\d.]+\)">/);
    expect(demo.frames).toHaveLength(2);
  });
});

describe('renderDemo with inline colours', () => {
  const paint: Paint = {
    mode: 'inline',
    worked: worked(['quadriceps'], ['calves']),
    colours: COLOURS,
  };

  it('fills the near body, the far body and the worked areas with the given colours', () => {
    const f = render(squat(), paint).frames[0]!;
    expect(f).not.toContain('<use');
    expect(count(f, 'fill="#b0d" stroke="#111" stroke-width="0.7"/>')).toBeGreaterThan(5);
    expect(count(f, 'fill="#fa0" stroke="#111" stroke-width="0.7"/>')).toBe(7);
    // One quadriceps area a leg, the far one toned down.
    expect(count(f, 'fill="#p00"/>')).toBe(1);
    expect(count(f, 'fill="#p00" opacity="0.75"/>')).toBe(1);
    expect(count(f, 'fill="#s00"/>')).toBe(1);
    expect(count(f, 'fill="#s00" opacity="0.75"/>')).toBe(1);
    // The areas follow their own outline, each in its tier's colour.
    expect(f).toContain(
      `<path d="${SHAPES['thigh-side'].outline}" fill="#b0d" stroke="#111" stroke-width="0.7"/><path d="${SHAPES['thigh-side'].muscles.quadriceps}" fill="#p00"/>`,
    );
    expect(f).toContain(`<path d="${SHAPES['shank-side'].muscles.calves}" fill="#s00"/>`);
    expect(f).toContain(
      `<path d="${SHAPES['shank-side'].muscles.calves}" fill="#s00" opacity="0.75"/>`,
    );
  });

  it('draws the floor and fixed props in the given colours, with no classes to style', () => {
    const data = file('side', [{ id: 'box', kind: 'box', x: 0.3 }], pose(), pose());
    const f = render(data, paint).frames[0]!;
    expect(f).toMatch(/^<path class="floor" d="M-?\d+ 0H\d+" stroke="#f10" stroke-width="1"\/>/);
    expect(f).toContain(
      '<rect fill="#pr0" stroke="#111" stroke-width="0.6" x="30" y="-17" width="26" height="17" rx="1.5"/>',
    );
    expect(f).not.toContain('class="prop');
    const two = file(
      'side',
      [
        { id: 'box', kind: 'box', x: 0.3 },
        { id: 'mat', kind: 'mat', x: -0.5 },
      ],
      pose(),
      pose(),
    );
    expect(render(two, sprite(worked())).frames[0]).toContain(
      'rx="1.5"/><rect class="prop mat" x="-50"',
    );
  });

  it('paints carried props: solid ones filled, a band as a line', () => {
    const data = file(
      'side',
      [
        { id: 'bell', kind: 'kettlebell', carriedBy: 'right-hand' },
        { id: 'tie', kind: 'band', carriedBy: 'right-shank', anchor: { x: 0.4, y: 0.05 } },
      ],
      pose(),
      pose(),
    );
    const f = render(data, paint).frames[0]!;
    expect(f).toContain('<path d="M0 0V100" fill="none" stroke="#111" stroke-width="1"/>');
    expect(f).toContain('<circle cy="3.5" r="5.5" fill="#pr0" stroke="#111" stroke-width="0.6"/>');
    expect(f).toContain(
      '<path d="M-3 -1.5V-6.5A3 3 0 0 1 3 -6.5V-1.5" fill="#pr0" stroke="#111" stroke-width="0.6"/>',
    );
  });

  it('leaves sprite markup alone: props keep their classes', () => {
    const data = file(
      'side',
      [{ id: 'bell', kind: 'kettlebell', carriedBy: 'right-hand' }],
      pose(),
      pose(),
    );
    const f = render(data, sprite(worked())).frames[0]!;
    expect(f).toContain('class="prop plate"');
    expect(f).toContain('<path class="floor" d="M');
  });
});

describe('the animation CSS', () => {
  it('scopes the duration and one rule per moving part to the figure', () => {
    const { css } = render(squat(), sprite(worked()));
    expect(css.startsWith('#demo-d .fig-moving g{animation-duration:3s}')).toBe(true);
    expect(css).toMatch(
      /@keyframes d-right-shank\{0%,17.5%,100%\{transform:[^}]+\}50%,67.5%\{transform:[^}]+\}\}#demo-d \.k-right-shank\{animation-name:d-right-shank\}/,
    );
    // The arms hang the same in both keyframes: no rule.
    expect(css).not.toContain('d-right-upper-arm');
    expect(css).not.toContain('d-head');
  });

  it('moves without holds when hold is 0', () => {
    const { css } = render(squat(), sprite(worked()), { hold: 0 });
    expect(css).toMatch(
      /@keyframes d-right-shank\{0%,100%\{transform:[^}]+\}50%\{transform:[^}]+\}\}/,
    );
  });

  it('writes "none" for a part at rest in its parent and px/deg otherwise', () => {
    // The trunk stays put while the thighs turn from hanging straight to flexed.
    const data = file('side', [], pose(), pose({ right: side(40) }));
    const { css } = render(data, sprite(worked()));
    expect(css).toMatch(
      /@keyframes d-right-thigh\{0%,17.5%,100%\{transform:rotate\(-?[\d.]+deg\)\}50%,67.5%\{transform:rotate\(-?[\d.]+deg\)\}\}/,
    );
    const trunk = file('side', [], pose(), pose({ root: { x: 0.1, y: 0.53 }, contacts: [] }));
    expect(render(trunk, sprite(worked())).css).toMatch(
      /@keyframes d-trunk\{0%,17.5%,100%\{transform:translate\(0px,-53px\) rotate\(-?[\d.]+deg\)\}50%,67.5%\{transform:translate\(10px,-53px\) rotate/,
    );
  });

  it('turns the short way round when an angle crosses ±180°', () => {
    // Leaning back then forward: the trunk's angle goes from just under 180° to just over -180°.
    for (const [from, to] of [
      [-5, 5],
      [5, -5],
    ]) {
      const data = file('side', [], pose({ trunk: { lean: from } }), pose({ trunk: { lean: to } }));
      const { css } = render(data, sprite(worked()));
      const rule = /@keyframes d-trunk\{([^@]*)\}#demo/.exec(css)![1]!;
      const angles = [...rule.matchAll(/rotate\((-?[\d.]+)deg\)/g)].map((m) => Number(m[1]));
      expect(angles).toHaveLength(2);
      expect(Math.abs(angles[1]! - angles[0]!)).toBeCloseTo(10, 0);
    }
  });

  it('scales a foreshortened part, in the frames and in its own animation', () => {
    // From the front, a thigh flexed 60° shows half its length; straight arms show all of theirs.
    const straight = { left: side(0, 0, 0), right: side(0, 0, 0) };
    const data = file('front', [], pose(straight), pose({ ...straight, right: side(60, 0, 0) }));
    const demo = render(data, sprite(worked()));
    expect(demo.frames[0]).not.toContain('scale(');
    expect(demo.frames[1]).toContain(
      '<g transform="scale(1 0.5)"><use href="/s.svg#thigh-mirrored-front"',
    );
    expect(demo.animated).toContain(
      '<g class="k-right-thigh-s" transform="scale(1 1)"><use href="/s.svg#thigh-mirrored-front"',
    );
    expect(demo.css).toContain(
      '@keyframes d-right-thigh-s{0%,17.5%,100%{transform:scale(1,1)}50%,67.5%{transform:scale(1,0.5)}}#demo-d .k-right-thigh-s{animation-name:d-right-thigh-s}',
    );
    expect(demo.css).not.toContain('d-left-thigh-s');
    // Only the parts that change length are wrapped to scale: the thigh and the straight shank.
    expect(count(demo.animated, 'scale(')).toBe(2);
    expect(count(demo.frames[1]!, 'scale(')).toBe(2);
    expect(demo.animated).toContain('<g class="k-right-shank-s" transform="scale(1 1)">');
  });
});

describe('the markup and CSS as a whole', () => {
  /** Only elements, no loose text; every group a plain <g> with an optional class and transform. */
  const wellFormed = (markup: string) => {
    expect(markup).toMatch(/^(?:<[^<>]+>)+$/);
    const opens = markup.match(/<g[ >]/g)?.length ?? 0;
    const ok = markup.match(/<g(?: class="[a-z -]+")?(?: transform="[^"]+")?>/g)?.length ?? 0;
    expect(ok).toBe(opens);
    expect(opens).toBe(markup.match(/<\/g>/g)?.length);
  };
  const RULE =
    /@keyframes d-[a-z-]+\{(?:[\d.,%]+\{transform:[^;}]+\})+\}#demo-d \.k-[a-z-]+\{animation-name:d-[a-z-]+\}/g;

  it('is made of elements only, in every paint and view', () => {
    const paints: Paint[] = [
      sprite(worked(['quadriceps'])),
      sprite(worked(), { every: true, nearOnly: true }),
      { mode: 'inline', worked: worked(['core']), colours: COLOURS },
    ];
    const props = [
      { id: 'bell', kind: 'kettlebell', carriedBy: 'left-hand' },
      { id: 'mat', kind: 'mat', x: -0.5 },
    ];
    for (const view of ['side', 'front'] as const) {
      const data = file(view, props, pose(), pose({ left: side(30, 60), right: side(30, 60) }));
      for (const paint of paints) {
        const demo = render(data, paint);
        for (const f of [...demo.frames, demo.animated]) wellFormed(f);
        const css = demo.css.replace(RULE, '');
        expect(css).toBe('#demo-d .fig-moving g{animation-duration:3s}');
      }
    }
  });
});

describe('the front view drawing order', () => {
  const order = (data: PoseFile) => {
    const f = render(data, sprite(worked())).frames[0]!;
    return f.indexOf('#thigh-mirrored-front"') < f.indexOf('#torso-front"') ? 'behind' : 'in front';
  };
  const seated = pose({ root: { x: 0, y: 0.6 }, left: side(90, 90), right: side(90, 90) });

  it('draws the thighs in front of the trunk only when the knees reach forward in every frame', () => {
    expect(order(file('front', [], pose(), pose()))).toBe('behind');
    expect(order(file('front', [], seated, seated))).toBe('in front');
    expect(order(file('front', [], seated, pose()))).toBe('behind');
    // Standing off-centre does not count as reaching.
    const aside = pose({ root: { x: 0.3, y: 0.53 } });
    expect(order(file('front', [], aside, aside))).toBe('behind');
  });
});

describe('the view box', () => {
  const box = (data: PoseFile) => {
    const demo = render(data, sprite(worked()));
    const [x0, y0, w, h] = demo.viewBox.split(' ').map(Number) as [number, number, number, number];
    expect(demo.width).toBe(w);
    expect(demo.height).toBe(h);
    expect(demo.frames[0]).toContain(`<path class="floor" d="M${x0} 0H${x0 + w}"/>`);
    return { x0, y0, w, h };
  };

  it('reaches past the body to a fixed prop, 0.3 wide unless given', () => {
    const wide = box(file('side', [{ id: 'box', kind: 'box', x: 0.5, w: 0.4 }], pose(), pose()));
    expect(wide.x0 + wide.w).toBe(90);
    const plain = box(file('side', [{ id: 'box', kind: 'box', x: 0.5 }], pose(), pose()));
    expect(plain.x0 + plain.w).toBe(80);
    const behind = box(file('side', [{ id: 'box', kind: 'box', x: -0.9 }], pose(), pose()));
    expect(behind.x0).toBe(-90);
  });

  it('holds every body point with 9 units to spare, from either view', () => {
    // The right leg out to the side, so the front view is not symmetric.
    const stance = pose({ right: { ...side(), hip: { flex: 0, abd: 30 } }, contacts: [] });
    for (const view of ['side', 'front'] as const) {
      const data = file(view, [], stance, stance);
      const points = solve(data.keyframes[0]!).segments.flatMap((g) => [g.start, g.end]);
      const xs = points.map((p) => (view === 'side' ? p[0] : -p[2]) * 100);
      const ys = points.map((p) => -p[1] * 100);
      const b = box(data);
      expect(b.x0).toBe(Math.floor(Math.min(...xs) - 9));
      expect(b.x0 + b.w).toBe(Math.ceil(Math.max(...xs) + 9));
      expect(b.y0).toBe(Math.floor(Math.min(...ys) - 9));
      expect(b.y0 + b.h).toBe(Math.ceil(Math.max(...ys, 0) + 9) + 3);
    }
  });

  it('keeps the floor in view, 3 units above the bottom, under a figure in the air', () => {
    const air = pose({ root: { x: 0, y: 0.75 }, contacts: [] });
    const b = box(file('side', [], air, air));
    expect(b.y0 + b.h).toBe(3);
  });

  it('holds the body with 9 units to spare and the floor with 3 below', () => {
    const b = box(file('side', [], pose(), pose()));
    // Standing 1.0 tall with the head's radius above; the heels on the floor.
    expect(b.y0).toBeLessThan(-100);
    expect(b.y0).toBeGreaterThan(-112);
    expect(b.y0 + b.h).toBeGreaterThanOrEqual(12);
    expect(b.y0 + b.h).toBeLessThanOrEqual(13);
    expect(b.x0).toBeLessThan(-9);
    expect(b.x0 + b.w).toBeGreaterThan(9);
  });

  it('ignores carried props and bands, and makes room for a rope over the head', () => {
    const base = box(file('side', [], pose(), pose()));
    const carried = box(
      file(
        'side',
        [
          { id: 'bell', kind: 'dumbbell', carriedBy: 'trunk', x: 2 },
          { id: 'tie', kind: 'band', x: 2, anchor: { x: 2, y: 0 } },
        ],
        pose(),
        pose(),
      ),
    );
    expect(carried).toEqual(base);
    const rope = box(
      file('side', [{ id: 'rope', kind: 'jump-rope', carriedBy: 'right-hand' }], pose(), pose()),
    );
    expect(rope.y0).toBe(-112);
    // A rope lying on the floor is not drawn and leaves the width alone.
    const lying = box(file('side', [{ id: 'rope', kind: 'jump-rope', x: 2 }], pose(), pose()));
    expect(lying.x0 + lying.w).toBe(base.x0 + base.w);
  });

  it('spans a prop across the front view by its edges, mirrored', () => {
    const b = box(file('front', [{ id: 'mat', kind: 'mat', across: [-0.2, 1.5] }], pose(), pose()));
    expect(b.x0).toBe(-150);
    const c = box(file('front', [{ id: 'mat', kind: 'mat', across: [-1.4, 0] }], pose(), pose()));
    expect(c.x0 + c.w).toBe(140);
    const none = box(file('front', [{ id: 'mat', kind: 'mat', x: 2 }], pose(), pose()));
    expect(none).toEqual(box(file('front', [], pose(), pose())));
  });
});

describe('spriteSvg', () => {
  it('holds one path per shape and per muscle area, each with its id', () => {
    const svg = spriteSvg();
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"><defs>(<path id="[a-z-]+" d="[^"]+"\/>)+<\/defs><\/svg>$/,
    );
    // 16 shapes; 23 muscle areas (torso 3 + 3, thigh 4 + 3 + 3, shank 3 + 2, foot 1 + 1).
    expect(count(svg, '<path id=')).toBe(16 + 23);
    expect(svg).toContain('<path id="shank-side-calves" d="');
  });
});

describe('frameSvg', () => {
  const demo = { viewBox: '-10 -120 50 130', frames: ['<g/>', '<i/>'] } as Demo;

  it('wraps one frame in a standalone document, scaled, on an optional background', () => {
    expect(frameSvg(demo, 1, 2, '#fff')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="-10 -120 50 130" width="100" height="260"><rect x="-10" y="-120" width="50" height="130" fill="#fff"/><i/></svg>',
    );
    expect(frameSvg(demo, 0)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="-10 -120 50 130" width="50" height="130"><g/></svg>',
    );
    expect(frameSvg(demo, 0, 0.5)).toContain('width="25" height="65">');
  });
});
