import { describe, expect, it } from 'vitest';
import {
  contactGap,
  depthIn,
  distanceTo,
  PROP_SIZE,
  reachBelow,
  solidOf,
  type Solid,
} from '../../src/lib/figure/pose/props';
import type { Prop } from '../../src/lib/figure/pose/schema';

const prop = (p: Partial<Prop> & Pick<Prop, 'kind'>): Prop => ({ id: 'thing', x: 0, y: 0, ...p });
/** A 2-wide, 1-tall box on the floor from x 0. */
const BOX: Solid = { kind: 'rect', x0: 0, y0: 0, x1: 2, y1: 1, rest: 'top' };
/** A wall face at x 1, 0.1 thick, from 0.5 to 2 high. */
const WALL: Solid = { kind: 'rect', x0: 1, y0: 0.5, x1: 1.1, y1: 2, rest: 'side' };
const PAD: Solid = { kind: 'circle', x: 0, y: 0.5, r: 0.25 };

describe('solidOf', () => {
  it('gives carried props and kinds with no solid none', () => {
    expect(solidOf(prop({ kind: 'box', carriedBy: 'trunk' }))).toBeNull();
    expect(solidOf(prop({ kind: 'barbell' }))).toBeNull();
    expect(solidOf(prop({ kind: 'band' }))).toBeNull();
  });

  it('sizes a mat, a box and a wall from PROP_SIZE unless given', () => {
    expect(solidOf(prop({ kind: 'mat', x: 0.5, y: 0.25 }))).toEqual({
      kind: 'rect',
      x0: 0.5,
      y0: 0.25,
      x1: 0.5 + 1.1,
      y1: 0.25 + 0.012,
      rest: 'top',
    });
    expect(solidOf(prop({ kind: 'box', x: 1, w: 0.5, h: 0.25 }))).toEqual({
      kind: 'rect',
      x0: 1,
      y0: 0,
      x1: 1.5,
      y1: 0.25,
      rest: 'top',
    });
    expect(solidOf(prop({ kind: 'wall', x: 0.5 }))).toEqual({
      kind: 'rect',
      x0: 0.5,
      y0: 0,
      x1: 0.53,
      y1: 1.25,
      rest: 'side',
    });
  });

  it("makes only the top 0.05 of a bench's height solid", () => {
    const bench = solidOf(prop({ kind: 'bench', x: 0, y: 0.5 }));
    expect(bench).toMatchObject({ kind: 'rect', x0: 0, x1: 0.7, rest: 'top' });
    expect(bench?.kind === 'rect' && bench.y1).toBeCloseTo(0.745, 9);
    expect(bench?.kind === 'rect' && bench.y0).toBeCloseTo(0.695, 9);
  });

  it('makes a pad a circle of radius PROP_SIZE.pad at its position', () => {
    expect(solidOf(prop({ kind: 'pad', x: 0.3, y: 0.4 }))).toEqual({
      kind: 'circle',
      x: 0.3,
      y: 0.4,
      r: PROP_SIZE.pad,
    });
    expect(PROP_SIZE.pad).toBe(0.045);
  });
});

describe('distanceTo', () => {
  it('measures from a circle’s edge', () => {
    // (0.3, 0.9) is 0.5 from the centre (0, 0.5).
    expect(distanceTo(PAD, 0.3, 0.9)).toBeCloseTo(0.25, 9);
    expect(distanceTo(PAD, 0, 0.5)).toBeCloseTo(-0.25, 9);
  });

  it('measures to the nearest face, or the nearest corner outside both spans', () => {
    expect(distanceTo(BOX, 0.5, 1.125)).toBeCloseTo(0.125, 9);
    expect(distanceTo(BOX, 2.25, 0.5)).toBeCloseTo(0.25, 9);
    expect(distanceTo(BOX, 2.3, 1.4)).toBeCloseTo(0.5, 9);
    expect(distanceTo(BOX, -0.3, -0.4)).toBeCloseTo(0.5, 9);
  });

  it('is negative inside, by the distance to the nearest face', () => {
    expect(distanceTo(BOX, 0.5, 0.75)).toBeCloseTo(-0.25, 9);
    expect(distanceTo(BOX, 1.875, 0.5)).toBeCloseTo(-0.125, 9);
  });
});

describe('reachBelow', () => {
  it('is the radius of a carried weight and nothing for other props', () => {
    expect(reachBelow(prop({ kind: 'barbell' }))).toBe(0.129);
    expect(reachBelow(prop({ kind: 'dumbbell' }))).toBe(0.045);
    expect(reachBelow(prop({ kind: 'kettlebell' }))).toBe(0.055);
    expect(reachBelow(prop({ kind: 'band' }))).toBe(0);
    expect(reachBelow(prop({ kind: 'pad' }))).toBe(0);
  });
});

describe('contactGap', () => {
  it('on a pad: the skin’s distance from the pad', () => {
    expect(contactGap(PAD, 0.3, 0.9, 0.125, 0)).toBeCloseTo(0.125, 9);
  });

  it('on a top: the height of the skin above the top while over it', () => {
    expect(contactGap(BOX, 1, 1.75, 0.5, 0)).toBeCloseTo(0.25, 9);
    expect(contactGap(BOX, 1, 1.25, 0.5, 0)).toBeCloseTo(-0.25, 9);
    // Over the edge by up to the radius still counts as over it.
    expect(contactGap(BOX, -0.5, 1.5, 0.5, 0)).toBe(0);
    expect(contactGap(BOX, 2.5, 1.5, 0.5, 0)).toBe(0);
  });

  it('beside a top: at least the distance from the solid, however level with the top', () => {
    // 0.75 left of the box at the height that would rest on it: 0.25 off its corner.
    expect(contactGap(BOX, -0.75, 1.5, 0.5, 0)).toBeCloseTo(Math.hypot(0.75, 0.5) - 0.5, 9);
    expect(contactGap(BOX, 2.75, 1.5, 0.5, 0)).toBeCloseTo(Math.hypot(0.75, 0.5) - 0.5, 9);
    // Far below the top beside the box: the height difference counts.
    expect(contactGap(BOX, -0.75, 0.5, 0.5, 0)).toBeCloseTo(1, 9);
  });

  it('against a wall: the gap to the face toward the figure, while level with the wall', () => {
    expect(contactGap(WALL, 0.75, 1, 0.125, 0)).toBeCloseTo(0.125, 9);
    expect(contactGap(WALL, 1.25, 1, 0.125, 2)).toBeCloseTo(0.025, 9);
    // Pressed into it from the near side, down to its foot and up to its top.
    expect(contactGap(WALL, 0.9375, 1, 0.125, 0)).toBeCloseTo(-0.0625, 9);
    expect(contactGap(WALL, 0.9375, 0.5, 0.125, 0)).toBeCloseTo(-0.0625, 9);
    expect(contactGap(WALL, 0.9375, 2, 0.125, 0)).toBeCloseTo(-0.0625, 9);
  });

  it('above or below a wall: at least the distance from it', () => {
    expect(contactGap(WALL, 0.75, 2.5, 0.125, 0)).toBeCloseTo(Math.hypot(0.25, 0.5) - 0.125, 9);
    expect(contactGap(WALL, 0.75, 0.25, 0.125, 0)).toBeCloseTo(Math.hypot(0.25, 0.25) - 0.125, 9);
  });
});

describe('depthIn', () => {
  it('is the overlap of the skin with an ordinary solid', () => {
    expect(depthIn(BOX, 1, 0.75, 0.125, 0)).toBeCloseTo(0.375, 9);
    expect(depthIn(BOX, 1, 1.5, 0.125, 0)).toBeCloseTo(-0.375, 9);
    expect(depthIn(PAD, 0, 0.5, 0.125, 0)).toBeCloseTo(0.375, 9);
  });

  it('measures a wall from the face toward the figure, so a hand through it is deep in', () => {
    expect(depthIn(WALL, 0.75, 1, 0.125, 0)).toBeCloseTo(-0.125, 9);
    expect(depthIn(WALL, 1.25, 1, 0.125, 0)).toBeCloseTo(0.375, 9);
    expect(depthIn(WALL, 0.875, 1, 0.25, 2)).toBeCloseTo(0.475, 9);
    expect(depthIn(WALL, 1.25, 1, 0.125, 2)).toBeCloseTo(-0.025, 9);
  });

  it('counts a point within its radius of the wall’s ends as level with it', () => {
    // At the face, a radius below the wall's foot and above its top.
    expect(depthIn(WALL, 1, 0.25, 0.25, 0)).toBeCloseTo(0.25, 9);
    expect(depthIn(WALL, 1, 2.25, 0.25, 0)).toBeCloseTo(0.25, 9);
    // Further off, only the distance counts.
    expect(depthIn(WALL, 1, 0, 0.25, 0)).toBeCloseTo(-0.25, 9);
    expect(depthIn(WALL, 1, 2.5, 0.25, 0)).toBeCloseTo(-0.25, 9);
  });
});
