import { describe, expect, it } from 'vitest';
import { formatPath, mirrorPath, parsePath, pathBounds } from '../../src/lib/figure/svg-path';

/** The absolute end point of every segment, to compare two spellings of one shape. */
const points = (d: string) =>
  parsePath(d).map(({ command, values }) =>
    command === 'Z' ? 'Z' : `${command}:${values.slice(-2).map((v) => v.toFixed(3))}`,
  );

describe('parsePath', () => {
  it('makes relative commands absolute and treats pairs after a moveto as linetos', () => {
    expect(parsePath('m10 20 5 5h10v-3l-1-1z')).toEqual([
      { command: 'M', values: [10, 20] },
      { command: 'L', values: [15, 25] },
      { command: 'H', values: [25] },
      { command: 'V', values: [22] },
      { command: 'L', values: [24, 21] },
      { command: 'Z', values: [] },
    ]);
  });

  it('reads packed numbers and arc flags written without separators', () => {
    const [, arc, curve] = parsePath('M1 1a1.71 1.71 0 012.89 1.12c.5-.5.25.3-1 2');
    expect(arc).toEqual({ command: 'A', values: [1.71, 1.71, 0, 0, 1, 3.89, 2.12] });
    expect(curve?.values.map((v) => Number(v.toFixed(2)))).toEqual([
      4.39, 1.62, 4.14, 2.42, 2.89, 4.12,
    ]);
  });

  it('returns to the start of the subpath after a closepath', () => {
    const [, , , next] = parsePath('M10 10l5 0z l1 1');
    expect(next).toEqual({ command: 'L', values: [11, 11] });
  });

  it('rejects text that is not path data', () => {
    expect(() => parsePath('L1 2')).toThrow(/start with M/);
    expect(() => parsePath('M1 2 X3')).toThrow(/number/);
    expect(() => parsePath('M1 1a1 1 0 2 1 3 3')).toThrow(/arc flag/);
  });
});

describe('formatPath', () => {
  it('rounds absolute points, so many small steps do not drift', () => {
    const steps = 'M0 0' + 'l.3 .3'.repeat(10);
    const out = formatPath(parsePath(steps), 0);
    const last = parsePath(out).at(-1)?.values;
    expect(last).toEqual([3, 3]);
  });

  it('keeps every point within half a unit of the original', () => {
    const d =
      'M416.04 435c-15.12.11-34.46-6.78-41.37-21.48q-1.88-3.99-2.84-12.18s5 5 6.6 7.7t3 3a2 2 0 011 1z';
    const before = parsePath(d);
    const after = parsePath(formatPath(parsePath(d), 0));
    expect(after.map((s) => s.command)).toEqual(before.map((s) => s.command));
    before.forEach((segment, i) => {
      segment.values.forEach((v, j) => {
        expect(Math.abs(v - (after[i]?.values[j] ?? NaN))).toBeLessThanOrEqual(0.5);
      });
    });
  });

  it('writes compact relative data that leaves out repeated letters and spare spaces', () => {
    expect(
      formatPath(parsePath('M10 10L20 20L30 10C31 11 32 12 33 13C34 14 35 15 36 16Z'), 0),
    ).toBe('M10 10l10 10 10-10c1 1 2 2 3 3 1 1 2 2 3 3z');
    expect(formatPath(parsePath('M0.25 0.75L0.5 0.25'), 1)).toBe('M.3.8l.2-.5');
  });

  it('spells the same shape at any precision it can hold', () => {
    const d = 'M1.5 2.25c3 0 4.5 1.5 6 3s-1 2-2 2z';
    expect(points(formatPath(parsePath(d), 2))).toEqual(points(d));
  });
});

describe('mirrorPath and pathBounds', () => {
  it('reflects a shape across a vertical line and flips arc sweeps', () => {
    const mirrored = mirrorPath(parsePath('M10 0H20A5 5 30 0 1 30 10Z'), 50);
    expect(mirrored).toEqual([
      { command: 'M', values: [90, 0] },
      { command: 'H', values: [80] },
      { command: 'A', values: [5, 5, -30, 0, 0, 70, 10] },
      { command: 'Z', values: [] },
    ]);
  });

  it('measures a box holding every point and control point', () => {
    expect(pathBounds(parsePath('M10 10C0 50 40 60 30 20V5'))).toEqual({
      minX: 0,
      minY: 5,
      maxX: 40,
      maxY: 60,
    });
  });
});
