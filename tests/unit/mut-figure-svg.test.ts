import { describe, expect, it } from 'vitest';
import { formatPath, parsePath } from '../../src/lib/figure/svg-path';
import { bodyMapSvg } from '../../src/lib/figure/svg';
import { artworkView } from '../../src/lib/figure/artwork';

describe('parsePath, more closely', () => {
  it('skips any run of commas and spaces, before the first command too', () => {
    expect(parsePath(', M1 ,  2')).toEqual([{ command: 'M', values: [1, 2] }]);
  });

  it('quotes the next 12 characters of what it cannot read', () => {
    expect(() => parsePath('M1 1a1 1 0 2 1 3 3 L4 4 L5 5')).toThrow(
      'bad arc flag near "2 1 3 3 L4 4"',
    );
    expect(() => parsePath('M1 2 X3 and more text')).toThrow(
      'expected a number near "X3 and more "',
    );
  });

  it('refuses numbers before any command or after a closepath', () => {
    expect(() => parsePath('5 5 L1 1 L2 2 L3 3')).toThrow('expected a command near "5 5 L1 1 L2 "');
    expect(() => parsePath('M0 0z1 1')).toThrow('expected a command near "1 1"');
  });
});

describe('formatPath, more closely', () => {
  it('drops only a leading zero, not a zero inside a number', () => {
    expect(formatPath(parsePath('M10.5 -0.5'), 1)).toBe('M10.5-.5');
  });

  it('packs a number starting with a point after one with a point, and only then', () => {
    expect(formatPath(parsePath('M.25 .5'), 2)).toBe('M.25.5');
    expect(formatPath(parsePath('M0 0C.5 20 .5 20 1 1'), 1)).toBe('M0 0c.5 20 .5 20 1 1');
  });

  it('measures the step after a closepath from the start of its subpath', () => {
    expect(formatPath(parsePath('M10 10L20 20ZL15 15'), 0)).toBe('M10 10l10 10zl5 5');
    expect(formatPath(parsePath('M0 0M10 10L20 20ZL12 12'), 0)).toBe('M0 0m10 10l10 10zl2 2');
  });

  it('follows the pen along horizontal and vertical lines', () => {
    expect(formatPath(parsePath('M0 0H10L20 5'), 0)).toBe('M0 0h10l10 5');
    expect(formatPath(parsePath('M3 0V10L5 20'), 0)).toBe('M3 0v10l2 10');
  });

  it('repeats the letter of a second moveto and a second closepath', () => {
    expect(formatPath(parsePath('M0 0M5 5M10 10'), 0)).toBe('M0 0m5 5m5 5');
    expect(formatPath(parsePath('M0 0L1 1ZZ'), 0)).toBe('M0 0l1 1zz');
  });

  it('writes arc radii and angle as they are, flags as digits, the end point relative', () => {
    expect(formatPath(parsePath('M10 10A5 4 30 1 0 20 10'), 0)).toBe('M10 10a5 4 30 1 0 10 0');
  });
});

describe('bodyMapSvg', () => {
  const map = {
    viewBox: '10 20 300 400',
    body: 'M0 0h1z',
    groups: [
      { id: 'glutes', d: 'M1 1z' },
      { id: 'calves', d: 'M2 2z' },
    ],
  };
  const palette = { body: '#b', muscle: '#m', highlight: '#h' };

  it('sizes the document from the view box and escapes text and colours', () => {
    const svg = bodyMapSvg(map, {
      highlight: 'calves',
      palette: { ...palette, background: 'a"b<c&d' },
      title: 'A<B "C" & D',
    });
    expect(
      svg.startsWith(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="10 20 300 400" width="300" height="400"><title>A&lt;B &quot;C&quot; &amp; D</title>',
      ),
    ).toBe(true);
    expect(svg).toContain(
      '<rect x="10" y="20" width="300" height="400" fill="a&quot;b&lt;c&amp;d"/><path fill="#b" d="M0 0h1z"/>',
    );
    expect(svg).toContain(
      '<path fill="#m" stroke="a&quot;b&lt;c&amp;d" stroke-width="4" paint-order="stroke" d="M1 1z"/>',
    );
    expect(svg).toContain(
      '<path fill="#h" stroke="a&quot;b&lt;c&amp;d" stroke-width="4" paint-order="stroke" d="M2 2z"/></svg>',
    );
  });

  it('leaves out the title, background and rings when none are given', () => {
    const svg = bodyMapSvg(map, { highlight: 'glutes', palette });
    expect(svg).toBe(
      [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="10 20 300 400" width="300" height="400">',
        '<path fill="#b" d="M0 0h1z"/>',
        '<path fill="#h" d="M1 1z"/>',
        '<path fill="#m" d="M2 2z"/>',
        '</svg>',
      ].join(''),
    );
  });
});

describe('artworkView redrawing a package shape', () => {
  const exported = [
    { slug: 'abs', path: { left: ['M0 0h1v1z', 'M5 5h1v1z'], right: ['M9 9h1v1z'] } },
  ];

  it('replaces the left shape and mirrors it across the view’s midline for the right', () => {
    const [abs] = artworkView(
      'front',
      exported.slice(0, 1),
      'test',
      {},
      {
        abs: { 0: 'M300 0h10v10z' },
      },
    );
    expect(abs!.shapes[0]).toEqual(parsePath('M300 0H310V10Z'));
    // The front view's midline is x = 364: 300 ↔ 428, 310 ↔ 418.
    expect(abs!.shapes[2]).toEqual(parsePath('M428 0H418V10Z'));
    expect(abs!.shapes[1]).toEqual(parsePath('M5 5h1v1z'));
  });

  it('keeps the package’s shapes in order: left, right, then those on the midline', () => {
    const [part] = artworkView(
      'front',
      [{ slug: 'abs', path: { left: ['M1 1h1z'], right: ['M2 2h1z'], common: ['M3 3h1z'] } }],
      'test',
      {},
      {},
    );
    expect(part!.shapes).toEqual(['M1 1H2Z', 'M2 2H3Z', 'M3 3H4Z'].map((d) => parsePath(d)));
  });

  it('refuses to redraw a shape one side lacks', () => {
    const short = [{ slug: 'abs', path: { left: ['M0 0h1z'], right: ['M0 0h1z', 'M5 5h1z'] } }];
    expect(() => artworkView('front', short, 'test', {}, { abs: { 1: 'M0 0h1z' } })).toThrow(
      'body artwork (test) has no shape 1 of "abs" to redraw',
    );
    expect(() => artworkView('front', exported, 'test', {}, { abs: { 1: 'M0 0h1z' } })).toThrow(
      'body artwork (test) has no shape 1 of "abs" to redraw',
    );
    expect(() => artworkView('back', exported, 'test', {}, { abs: { 2: 'M0 0h1z' } })).toThrow(
      'body artwork (test) has no shape 2 of "abs" to redraw',
    );
  });
});
