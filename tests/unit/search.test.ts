import { describe, expect, it } from 'vitest';
import { safeExcerpt } from '../../src/scripts/search/client';
import { filterAttributes, metaAttribute } from '../../src/lib/search/attributes';

describe('safeExcerpt', () => {
  it('keeps the highlight and escapes everything else', () => {
    expect(safeExcerpt('Keep your <mark>calves</mark> strong &amp; supple')).toBe(
      'Keep your <mark>calves</mark> strong &amp; supple',
    );
    expect(safeExcerpt('<img src=x onerror=alert(1)><mark>x</mark> a < b')).toBe(
      '<mark>x</mark> a &lt; b',
    );
  });
});

describe('filterAttributes', () => {
  it('writes one key:value per filter value', () => {
    expect(filterAttributes({ type: ['exercise'], works: ['glutes', 'core'], also: [] })).toEqual([
      'type:exercise',
      'works:glutes',
      'works:core',
    ]);
  });
});

describe('metaAttribute', () => {
  it('writes one key:value and keeps commas out of the value', () => {
    expect(metaAttribute('equipment', 'Mat, Step')).toBe('equipment:Mat  Step');
  });
});
