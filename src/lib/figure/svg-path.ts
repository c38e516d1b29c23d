/**
 * SVG path data: parsing, rounding, mirroring and measuring. The body figure's artwork comes
 * with two-decimal coordinates in relative commands; rounding relative numbers one by one lets
 * the error pile up along a path, so paths are made absolute first, rounded there, and written
 * back as relative steps between rounded points, which keeps every point within half a unit.
 */

export type Command = 'M' | 'L' | 'H' | 'V' | 'C' | 'S' | 'Q' | 'T' | 'A' | 'Z';

/** One path command in absolute coordinates; arcs keep `[rx, ry, angle, large, sweep, x, y]`. */
export interface Segment {
  command: Command;
  values: number[];
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const ARITY: Record<Command, number> = {
  M: 2,
  L: 2,
  H: 1,
  V: 1,
  C: 6,
  S: 4,
  Q: 4,
  T: 2,
  A: 7,
  Z: 0,
};
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;

/** Which values of a command are x coordinates (the rest are y, radii, angles or flags). */
const X_INDEXES: Record<Command, number[]> = {
  M: [0],
  L: [0],
  H: [0],
  V: [],
  C: [0, 2, 4],
  S: [0, 2],
  Q: [0, 2],
  T: [0],
  A: [5],
  Z: [],
};
const Y_INDEXES: Record<Command, number[]> = {
  M: [1],
  L: [1],
  H: [],
  V: [0],
  C: [1, 3, 5],
  S: [1, 3],
  Q: [1, 3],
  T: [1],
  A: [6],
  Z: [],
};

/** Reads path data into absolute segments; throws on anything that is not path data. */
export function parsePath(d: string): Segment[] {
  const segments: Segment[] = [];
  let rest = d.trim();
  let command: string | undefined;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;

  const skip = () => {
    rest = rest.replace(/^[\s,]+/, '');
  };
  const readNumber = (flag: boolean): number => {
    skip();
    if (flag) {
      const bit = rest[0];
      if (bit !== '0' && bit !== '1') throw new Error(`bad arc flag near "${rest.slice(0, 12)}"`);
      rest = rest.slice(1);
      return Number(bit);
    }
    const match = NUMBER.exec(rest);
    if (!match) throw new Error(`expected a number near "${rest.slice(0, 12)}"`);
    rest = rest.slice(match[0].length);
    return Number(match[0]);
  };

  skip();
  while (rest.length > 0) {
    const letter = /^[MLHVCSQTAZmlhvcsqtaz]/.exec(rest)?.[0];
    if (letter) {
      command = letter;
      rest = rest.slice(1);
    } else if (command === undefined || /^[Zz]$/.test(command)) {
      throw new Error(`expected a command near "${rest.slice(0, 12)}"`);
    }
    const upper = (command ?? '').toUpperCase() as Command;
    const relative = command !== upper;
    const values = Array.from({ length: ARITY[upper] }, (_, i) =>
      readNumber(upper === 'A' && (i === 3 || i === 4)),
    );
    if (relative) {
      for (const i of X_INDEXES[upper]) values[i] = (values[i] ?? 0) + x;
      for (const i of Y_INDEXES[upper]) values[i] = (values[i] ?? 0) + y;
    }
    segments.push({ command: upper, values });

    if (upper === 'Z') {
      x = startX;
      y = startY;
    } else if (upper === 'H') {
      x = values[0] ?? x;
    } else if (upper === 'V') {
      y = values[0] ?? y;
    } else {
      x = values[values.length - 2] ?? x;
      y = values[values.length - 1] ?? y;
    }
    if (upper === 'M') {
      startX = x;
      startY = y;
      // Pairs after a moveto are implicit linetos.
      command = relative ? 'l' : 'L';
    }
    skip();
  }
  if (segments[0] && segments[0].command !== 'M') throw new Error('path data must start with M');
  return segments;
}

/** Reflects segments across the vertical line x = axis, e.g. to draw the other side's muscle. */
export function mirrorPath(segments: readonly Segment[], axis: number): Segment[] {
  return segments.map(({ command, values }) => {
    const next = [...values];
    for (const i of X_INDEXES[command]) next[i] = 2 * axis - (next[i] ?? 0);
    if (command === 'A') {
      next[2] = -(next[2] ?? 0);
      next[4] = 1 - (next[4] ?? 0);
    }
    return { command, values: next };
  });
}

/** A box that contains every point and control point, so it contains the drawn shape. */
export function pathBounds(segments: readonly Segment[]): Bounds {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const { command, values } of segments) {
    for (const i of X_INDEXES[command]) xs.push(values[i] ?? 0);
    for (const i of Y_INDEXES[command]) ys.push(values[i] ?? 0);
  }
  return {
    minX: Math.min(...xs),
    minY: Math.min(...ys),
    maxX: Math.max(...xs),
    maxY: Math.max(...ys),
  };
}

/** Formats a count of 10^-precision units as the shortest decimal, e.g. -5 → "-.5". */
function formatUnits(units: number, precision: number): string {
  const text = String(units / 10 ** precision);
  return text.replace(/^(-?)0\./, '$1.');
}

/** Joins numbers with a separator only where the next one could not start on its own. */
function joinNumbers(texts: readonly string[]): string {
  let out = '';
  for (const text of texts) {
    const needsSpace =
      out !== '' &&
      /[\d.]$/.test(out) &&
      !text.startsWith('-') &&
      !(text.startsWith('.') && /\.\d*$/.test(out));
    out += (needsSpace ? ' ' : '') + text;
  }
  return out;
}

/**
 * Writes segments as compact relative path data with coordinates rounded to `precision`
 * decimals. Each step is measured between rounded absolute points, so rounding never drifts.
 */
export function formatPath(segments: readonly Segment[], precision: number): string {
  const scale = 10 ** precision;
  const units = (v: number | undefined) => Math.round((v ?? 0) * scale);
  let out = '';
  let previous = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;

  segments.forEach(({ command, values }, index) => {
    const first = index === 0;
    const letter = first ? 'M' : command === 'A' ? 'a' : command.toLowerCase();
    const numbers = values.map((value, i) => {
      if (command === 'A' && (i === 3 || i === 4)) return String(value);
      if (command === 'A' && i < 3) return formatUnits(units(value), precision);
      const isX = X_INDEXES[command].includes(i);
      const origin = first ? 0 : isX ? x : y;
      return formatUnits(units(value) - origin, precision);
    });
    if (command === 'Z') {
      x = startX;
      y = startY;
    } else if (command === 'H') {
      x = units(values[0]);
    } else if (command === 'V') {
      y = units(values[0]);
    } else {
      x = units(values[values.length - 2]);
      y = units(values[values.length - 1]);
    }
    if (command === 'M') {
      startX = x;
      startY = y;
    }
    // A repeated command letter may be left out, except after a moveto, where it means lineto.
    const repeat = letter === previous && letter !== 'm' && letter !== 'M' && letter !== 'z';
    out = repeat ? joinNumbers([out, ...numbers]) : out + letter + joinNumbers(numbers);
    previous = letter;
  });
  return out;
}
