import { describe, expect, it } from 'vitest';
import { solve, type Skeleton } from '../../src/lib/figure/pose/kinematics';
import { poseFileSchema, type PoseFile } from '../../src/lib/figure/pose/schema';
import {
  buildScene,
  fixedProps,
  PROP_PATHS,
  project,
  type SceneNode,
} from '../../src/lib/figure/pose/scene';
import { WINTER_2009 as L } from '../../src/lib/figure/pose/anthropometry';

const side = (hip = 0, knee = 0, ankle = 0, shoulder = 0, elbow = 10) => ({
  hip: { flex: hip },
  knee,
  ankle,
  shoulder: { flex: shoulder },
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
  poseFileSchema.parse({ view, props, keyframes: [...keyframes, ...keyframes].slice(0, 2) });

/** Each node's placement on screen, undoing the parent-relative offsets and turns. */
interface Abs {
  at: [number, number];
  a: number;
  node: SceneNode;
  parent: string | null;
}
function absolute(root: SceneNode): Map<string, Abs> {
  const out = new Map<string, Abs>();
  const walk = (nd: SceneNode, at: [number, number], a: number, parent: string | null) => {
    const rad = (a * Math.PI) / 180;
    const here: [number, number] = [
      at[0] + nd.x * Math.cos(rad) - nd.y * Math.sin(rad),
      at[1] + nd.x * Math.sin(rad) + nd.y * Math.cos(rad),
    ];
    const turn = a + nd.a;
    out.set(nd.key, { at: here, a: turn, node: nd, parent });
    for (const c of [...nd.before, ...nd.after]) walk(c, here, turn, nd.key);
  };
  walk(root, [0, 0], 0, null);
  return out;
}
/** The screen direction a node's local +y points to after its turn. */
const axis = (a: number) => [-Math.sin((a * Math.PI) / 180), Math.cos((a * Math.PI) / 180)];
const expectAt = (got: readonly number[], want: readonly number[], digits = 6) => {
  expect(got[0]).toBeCloseTo(want[0]!, digits);
  expect(got[1]).toBeCloseTo(want[1]!, digits);
};
/** The node's axis points from `from` to `to` (both screen points). */
const expectPointing = (a: number, from: readonly number[], to: readonly number[]) => {
  const d = [to[0]! - from[0]!, to[1]! - from[1]!];
  const len = Math.hypot(d[0]!, d[1]!);
  expectAt(axis(a), [d[0]! / len, d[1]! / len], 6);
};
const keys = (list: SceneNode[]) => list.map((n) => n.key);

describe('project', () => {
  it('uses x and y from the side and -z and y from the front, y down, 100 units a height', () => {
    expect(project('side', [0.1, 0.5, 0.2])).toEqual([10, -50]);
    expect(project('front', [0.1, 0.5, 0.2])).toEqual([-20, -50]);
  });
});

describe('buildScene from the side', () => {
  // Right hip flexed 90° with the knee bent 90°: the thigh points forward, the shank down.
  const frame = () =>
    file('side', [], pose({ right: side(90, 90, 0, 60, 45), left: side(-10, 20, 5, -20, 30) }))
      .keyframes[0]!;
  const scene = () => {
    const f = frame();
    const s = solve(f);
    const data = file('side', [], f);
    return {
      s,
      tree: buildScene('side', data, f, s),
      abs: absolute(buildScene('side', data, f, s)),
    };
  };

  it('draws the far (left) limbs behind the trunk and the neck and near limbs in front', () => {
    const { tree } = scene();
    expect(tree.key).toBe('trunk');
    expect(tree.shape).toBe('torso-side');
    expect(tree.depth).toBe('mid');
    expect(keys(tree.before)).toEqual(['left-thigh', 'left-upper-arm']);
    expect(keys(tree.after)).toEqual(['neck', 'right-thigh', 'right-upper-arm']);
  });

  it('chains each limb joint to joint, with side-view shapes and near/far depth', () => {
    const { abs } = scene();
    const parents = Object.fromEntries([...abs].map(([k, v]) => [k, v.parent]));
    expect(parents).toMatchObject({
      neck: 'trunk',
      head: 'neck',
      'right-thigh': 'trunk',
      'right-shank': 'right-thigh',
      'right-foot': 'right-shank',
      'right-toes': 'right-foot',
      'right-upper-arm': 'trunk',
      'right-forearm': 'right-upper-arm',
      'right-hand': 'right-forearm',
      'left-shank': 'left-thigh',
      'left-hand': 'left-forearm',
    });
    const shape = (k: string) => abs.get(k)!.node.shape;
    expect(['right-thigh', 'right-shank', 'right-foot', 'right-toes'].map(shape)).toEqual([
      'thigh-side',
      'shank-side',
      'foot-side',
      'toes-side',
    ]);
    expect(['right-upper-arm', 'right-forearm', 'right-hand', 'neck', 'head'].map(shape)).toEqual([
      'upper-arm',
      'forearm',
      'hand',
      'neck',
      'head-side',
    ]);
    expect(abs.get('right-shank')!.node.depth).toBe('near');
    expect(abs.get('left-hand')!.node.depth).toBe('far');
    expect(abs.get('head')!.node.depth).toBe('mid');
  });

  it('puts every part at its joint, pointing at the next one', () => {
    const { s, abs } = scene();
    const p = (v: readonly number[]) => project('side', v as [number, number, number]);
    expectAt(abs.get('trunk')!.at, p(s.root));
    expectPointing(abs.get('trunk')!.a, p(s.root), p(s.shoulderCentre));
    expectAt(abs.get('neck')!.at, p(s.shoulderCentre));
    expectPointing(abs.get('neck')!.a, p(s.shoulderCentre), p(s.headCentre));
    expectAt(abs.get('head')!.at, p(s.headCentre));
    expect(abs.get('head')!.a).toBeCloseTo(abs.get('neck')!.a, 6);
    for (const sd of ['left', 'right'] as const) {
      const c = s[sd];
      const pairs: [string, readonly number[], readonly number[]][] = [
        ['thigh', c.hip, c.knee],
        ['shank', c.knee, c.ankle],
        ['upper-arm', c.shoulder, c.elbow],
        ['forearm', c.elbow, c.wrist],
        ['hand', c.wrist, c.fingertip],
        ['toes', c.ball, c.toe],
      ];
      for (const [part, from, to] of pairs) {
        const at = abs.get(`${sd}-${part}`)!;
        expectAt(at.at, p(from));
        expectPointing(at.a, p(from), p(to));
      }
      // The foot sits at the ankle and lies along the sole, heel to ball.
      expectAt(abs.get(`${sd}-foot`)!.at, p(c.ankle));
      expectPointing(abs.get(`${sd}-foot`)!.a, p(c.heel), p(c.ball));
    }
  });

  it('points the flexed thigh forward (+x) and the shank straight down', () => {
    const { abs } = scene();
    expectAt(axis(abs.get('right-thigh')!.a), [1, 0], 3);
    expectAt(axis(abs.get('right-shank')!.a), [0, 1], 3);
    // The trunk runs up the screen: its local +y points to -y.
    expectAt(axis(abs.get('trunk')!.a), [0, -1], 6);
  });

  it('scales each segment to its drawn length: a thigh seen side on at full length', () => {
    const { abs } = scene();
    expect(abs.get('right-thigh')!.node.s).toBeCloseTo(1, 6);
    expect(abs.get('right-shank')!.node.s).toBeCloseTo(1, 6);
    expect(abs.get('right-foot')!.node.s).toBe(1);
    expect(abs.get('right-toes')!.node.s).toBe(1);
    expect(abs.get('head')!.node.s).toBe(1);
  });
});

describe('buildScene from the front', () => {
  const build = (reach?: boolean, right = side(), left = side()) => {
    const data = file('front', [], pose({ right, left }));
    const f = data.keyframes[0]!;
    const s = solve(f);
    const tree =
      reach === undefined
        ? buildScene('front', data, f, s)
        : buildScene('front', data, f, s, reach);
    return { s, tree, abs: absolute(tree) };
  };

  it('hangs both legs behind the trunk and brings the arms in front, left nearest', () => {
    const { tree } = build();
    expect(tree.shape).toBe('torso-front');
    expect(keys(tree.before)).toEqual(['right-thigh', 'left-thigh']);
    expect(keys(tree.after)).toEqual(['neck', 'right-upper-arm', 'left-upper-arm']);
  });

  it('puts the legs in front of the trunk when they reach toward the viewer', () => {
    const { tree } = build(true);
    expect(tree.before).toEqual([]);
    expect(keys(tree.after)).toEqual([
      'right-thigh',
      'left-thigh',
      'neck',
      'right-upper-arm',
      'left-upper-arm',
    ]);
  });

  it('uses front shapes, the right thigh the mirror of the left, and no toes', () => {
    const { abs } = build();
    const shape = (k: string) => abs.get(k)!.node.shape;
    expect(shape('left-thigh')).toBe('thigh-front');
    expect(shape('right-thigh')).toBe('thigh-mirrored-front');
    expect(shape('left-shank')).toBe('shank-front');
    expect(shape('right-foot')).toBe('foot-front');
    expect(shape('right-toes')).toBeNull();
    expect(shape('head')).toBe('head-front');
    for (const nd of abs.values()) expect(nd.node.depth).toBe('mid');
  });

  it('places the joints by -z and y, the feet upright', () => {
    const { s, abs } = build();
    const p = (v: readonly number[]) => project('front', v as [number, number, number]);
    for (const sd of ['left', 'right'] as const) {
      expectAt(abs.get(`${sd}-thigh`)!.at, p(s[sd].hip));
      expectAt(abs.get(`${sd}-shank`)!.at, p(s[sd].knee));
      expectAt(abs.get(`${sd}-foot`)!.at, p(s[sd].ankle));
      expect(abs.get(`${sd}-foot`)!.a).toBeCloseTo(0, 6);
    }
    // The figure faces the viewer, so its left hip is on the screen's right.
    expect(abs.get('left-thigh')!.at[0]).toBeGreaterThan(abs.get('right-thigh')!.at[0]);
  });

  it('keeps a turned-out foot upright from the front', () => {
    const { abs } = build(false, { ...side(), hip: { flex: 0, rot: 30 } } as ReturnType<
      typeof side
    >);
    expect(abs.get('right-foot')!.a).toBeCloseTo(0, 6);
  });

  it('foreshortens the trunk, neck and arms that lean or reach toward the viewer', () => {
    // Leaning 60° and reaching 60° forward: half their length shows from the front.
    const data = file('front', [], pose({ trunk: { lean: 60 }, right: side(0, 0, 0, 0, 0) }));
    const f = data.keyframes[0]!;
    const abs = absolute(buildScene('front', data, f, solve(f)));
    expect(abs.get('trunk')!.node.s).toBeCloseTo(0.5, 6);
    expect(abs.get('neck')!.node.s).toBeCloseTo(0.5, 6);
    const reach = file('front', [], pose({ right: side(0, 0, 0, 60, 0) }));
    const g = reach.keyframes[0]!;
    const arm = absolute(buildScene('front', reach, g, solve(g)));
    expect(arm.get('right-upper-arm')!.node.s).toBeCloseTo(0.5, 6);
    expect(arm.get('right-forearm')!.node.s).toBeCloseTo(0.5, 6);
    expect(arm.get('right-hand')!.node.s).toBeCloseTo(0.5, 6);
    expect(arm.get('left-upper-arm')!.node.s).toBeCloseTo(1, 6);
  });

  it('draws a thigh pointing at the viewer at the shortest length, 5% of its own', () => {
    const { abs } = build(true, side(90, 90));
    expect(abs.get('right-thigh')!.node.s).toBe(0.05);
    expect(abs.get('left-thigh')!.node.s).toBeCloseTo(1, 6);
  });
});

describe('carried props in the scene', () => {
  const scene = (props: unknown[], over: Record<string, unknown> = {}) => {
    const data = file('side', props, pose({ right: side(0, 0, 0, 60, 45), ...over }));
    const f = data.keyframes[0]!;
    const s = solve(f);
    const tree = buildScene('side', data, f, s);
    return { s, tree, abs: absolute(tree) };
  };
  const p = (v: readonly number[]) => project('side', v as [number, number, number]);
  /** Where a node's drawn shape, one height long (U) times its scale, ends. */
  const farEnd = (a: Abs) => {
    const d = axis(a.a);
    return [a.at[0] + d[0]! * 100 * a.node.s, a.at[1] + d[1]! * 100 * a.node.s];
  };

  it('puts a dumbbell in the hand that carries it, at the grip, 45% down the hand', () => {
    for (const hand of ['left', 'right'] as const) {
      const { s, abs } = scene([{ id: 'bell', kind: 'dumbbell', carriedBy: `${hand}-hand` }]);
      const bell = abs.get('bell')!;
      expect(bell.parent).toBe(`${hand}-hand`);
      expect(bell.node.shape).toBe('prop-dumbbell');
      const c = s[hand];
      const w = p(c.wrist);
      const tip = p(c.fingertip);
      const k =
        (0.45 * L.hand) / Math.hypot(c.fingertip[0] - c.wrist[0], c.fingertip[1] - c.wrist[1]);
      expectAt(bell.at, [w[0] + (tip[0] - w[0]) * k, w[1] + (tip[1] - w[1]) * k], 4);
      expect(bell.a).toBeCloseTo(0, 6);
      expect(bell.node.depth).toBe('mid');
    }
  });

  it('keeps a held weight in its hand even when it names a second carrier', () => {
    const { abs } = scene([
      { id: 'bell', kind: 'dumbbell', carriedBy: 'right-hand', to: 'left-hand' },
    ]);
    expect(abs.get('bell')!.parent).toBe('right-hand');
    expect(abs.get('bell')!.node.s).toBe(1);
  });

  it('hangs a prop carried by the trunk from the trunk, after the body', () => {
    const { s, tree, abs } = scene([{ id: 'bar', kind: 'barbell', carriedBy: 'trunk', y: 0.3 }]);
    expect(tree.after.at(-1)!.key).toBe('bar');
    expect(abs.get('bar')!.node.shape).toBe('prop-barbell');
    // 0.3 up the upright trunk from the hip centre.
    expectAt(abs.get('bar')!.at, [p(s.root)[0], p(s.root)[1] - 30], 4);
  });

  it('leaves fixed props and kinds without a shape out of the figure', () => {
    const { tree, abs } = scene([
      { id: 'box', kind: 'box', x: 0.5 },
      { id: 'pad', kind: 'pad', x: 0.5, y: 0.5 },
      { id: 'mat', kind: 'mat', carriedBy: 'trunk' },
    ]);
    // Trunk, neck, head and seven parts a side.
    expect(abs.size).toBe(17);
    expect(keys(tree.after)).toEqual(['neck', 'right-thigh', 'right-upper-arm']);
  });

  it('stretches a band from its carrier to the second part it is tied to, behind the trunk', () => {
    const { s, tree, abs } = scene([
      { id: 'loop', kind: 'band', carriedBy: 'left-shank', to: 'right-shank' },
    ]);
    expect(tree.before.at(-1)!.key).toBe('loop');
    const band = abs.get('loop')!;
    expect(band.node.shape).toBe('prop-band');
    expect(band.node.depth).toBe('mid');
    expectAt(band.at, p(s.left.ankle), 4);
    expectAt(farEnd(band), p(s.right.ankle), 4);
  });

  it('ties a band to its anchor point', () => {
    const { s, abs } = scene([
      { id: 'tie', kind: 'band', carriedBy: 'right-thigh', anchor: { x: 0.4, y: 0.3 } },
    ]);
    const band = abs.get('tie')!;
    expectAt(band.at, p(s.right.knee), 4);
    expectAt(farEnd(band), [40, -30], 4);
  });

  it('treats a band tied to nothing else as held at its carrier', () => {
    const { s, tree, abs } = scene([{ id: 'held', kind: 'band', carriedBy: 'pelvis' }]);
    expect(tree.after.at(-1)!.key).toBe('held');
    expectAt(abs.get('held')!.at, p(s.root), 4);
    expect(abs.get('held')!.node.s).toBe(1);
  });

  describe('a jump rope', () => {
    const rope = (where: string | undefined, by = 'right-hand') => {
      const r = scene(
        [{ id: 'rope', kind: 'jump-rope', carriedBy: by }],
        where ? { rope: where } : {},
      );
      return { ...r, node: r.abs.get('rope')! };
    };
    const grip = (s: Skeleton, hand: 'left' | 'right') => {
      const c = s[hand];
      const k =
        (0.45 * L.hand) / Math.hypot(c.fingertip[0] - c.wrist[0], c.fingertip[1] - c.wrist[1]);
      return p([
        c.wrist[0] + (c.fingertip[0] - c.wrist[0]) * k,
        c.wrist[1] + (c.fingertip[1] - c.wrist[1]) * k,
      ]);
    };

    it('runs from the grip to 0.12 over the head', () => {
      const { s, tree, node } = rope('over');
      expect(tree.after.at(-1)!.key).toBe('rope');
      expect(node.node.shape).toBe('prop-rope');
      expect(node.node.depth).toBe('mid');
      expectAt(node.at, grip(s, 'right'), 4);
      expectAt(farEnd(node), p([s.headCentre[0], s.headCentre[1] + 0.12]), 4);
    });

    it('runs 0.32 in front of and 0.3 behind the hips, 0.1 below them', () => {
      const front = rope('front');
      expectAt(farEnd(front.node), p([front.s.root[0] + 0.32, front.s.root[1] - 0.1]), 4);
      const back = rope('back');
      expectAt(farEnd(back.node), p([back.s.root[0] - 0.3, back.s.root[1] - 0.1]), 4);
    });

    it('passes under the middle of the feet, not below the floor, by default', () => {
      const { s, node } = rope(undefined, 'left-hand');
      expectAt(node.at, grip(s, 'left'), 4);
      const feet = [s.left.heel, s.left.toe, s.right.heel, s.right.toe];
      const mid = feet.reduce((a, f) => a + f[0], 0) / 4;
      expectAt(farEnd(node), [mid * 100, 0], 4);
      expect(mid).toBeGreaterThan(0.02);
    });

    it('passes 0.015 under the lowest foot when the feet are off the floor', () => {
      const { s, node } = rope('under', 'right-hand');
      // Hopping, the left foot tucked up behind: the right foot is the lowest.
      const up = scene([{ id: 'rope', kind: 'jump-rope', carriedBy: 'right-hand' }], {
        root: { x: 0, y: 0.63 },
        left: side(0, 90),
      });
      const lowest = Math.min(up.s.right.heel[1], up.s.right.toe[1]);
      expect(lowest).toBeGreaterThan(0.09);
      expect(up.s.left.heel[1]).toBeGreaterThan(lowest + 0.1);
      expect(farEnd(up.abs.get('rope')!)[1]).toBeCloseTo(-(lowest - 0.015) * 100, 4);
      expect(farEnd(node)[1]).toBeCloseTo(0, 4);
      expect(s.root[1]).toBe(0.53);
    });
  });
});

describe('fixedProps', () => {
  const props = (view: 'side' | 'front', list: unknown[]) =>
    fixedProps(view, file(view, list, pose()));

  it('draws a pad as a circle of its radius (0.045) at its centre', () => {
    expect(props('side', [{ id: 'pad', kind: 'pad', x: 0.2, y: 0.3 }])).toEqual([
      '<circle class="prop" cx="20" cy="-30" r="4.5"/>',
    ]);
  });

  it('draws a box, a mat and a wall as rectangles standing on their base', () => {
    expect(
      props('side', [
        { id: 'box', kind: 'box', x: 0.3 },
        { id: 'mat', kind: 'mat', x: -0.5 },
        { id: 'wall', kind: 'wall', x: 0.6, y: 0.1, h: 1 },
      ]),
    ).toEqual([
      '<rect class="prop" x="30" y="-17" width="26" height="17" rx="1.5"/>',
      '<rect class="prop mat" x="-50" y="-1.2" width="110" height="1.2" rx="0.5"/>',
      '<rect class="prop" x="60" y="-110" width="3" height="100" rx="0.5"/>',
    ]);
  });

  it('draws a bench as a pad on legs that reach the floor', () => {
    expect(props('side', [{ id: 'bench', kind: 'bench', x: 0.1, y: 0, w: 0.4, h: 0.2 }])).toEqual([
      '<path class="prop leg" d="M14 -20h32M15 -20v20M45 -20v20"/>',
      '<rect class="prop pad" x="10" y="-20" width="40" height="5" rx="2"/>',
    ]);
  });

  it('spans a prop across the front view, toward the figure’s left on the screen’s left', () => {
    expect(
      props('front', [{ id: 'bench', kind: 'bench', x: 2, y: 0.1, h: 0.2, across: [-0.1, 0.3] }]),
    ).toEqual([
      '<path class="prop leg" d="M-26 -30h32M-25 -30v20M5 -30v20"/>',
      '<rect class="prop pad" x="-30" y="-30" width="40" height="5" rx="2"/>',
    ]);
    expect(props('front', [{ id: 'box', kind: 'box', x: 2 }])).toEqual([
      '<rect class="prop" x="-35" y="-17" width="70" height="17" rx="1.5"/>',
    ]);
  });

  it('leaves out carried props', () => {
    expect(props('side', [{ id: 'bell', kind: 'dumbbell', carriedBy: 'left-hand' }])).toEqual([]);
    expect(props('side', [{ id: 'box', kind: 'box', carriedBy: 'trunk' }])).toEqual([]);
  });
});

describe('PROP_PATHS', () => {
  it('sizes the round props by their radii in PROP_SIZE (1 unit = 1% of height)', () => {
    expect(PROP_PATHS['prop-pad']).toBe('<circle r="4.5" class="prop pad"/>');
    expect(PROP_PATHS['prop-barbell']).toContain('<circle r="12.9" class="prop plate"/>');
    expect(PROP_PATHS['prop-kettlebell']).toContain(
      '<circle cy="3.5" r="5.5" class="prop plate"/>',
    );
    expect(PROP_PATHS['prop-band']).toBe('<path d="M0 0V100" class="band"/>');
    expect(PROP_PATHS['prop-rope']).toMatch(/ 0 100" class="rope"\/>$/);
  });
});
