import { describe, expect, it } from 'vitest';
import { PAGEFIND_OPTIONS } from '../../src/scripts/search/client';
import {
  fewerWords,
  nameMatch,
  normalize,
  promoteNamed,
  type Names,
} from '../../src/scripts/search/rank';

const calves: Names = {
  title: 'Calves',
  type: 'Muscle group',
  aliases: 'calf · calf muscles · gastrocnemius',
  terms: 'tight calves · Achilles',
};
const calfRaise: Names = {
  title: 'Calf raise',
  type: 'Exercise',
  aliases: 'calf raises · heel raise',
  terms: 'calf strength · Achilles',
};
const calfStretch: Names = { title: 'Calf stretch', type: 'Exercise', terms: 'tight calves' };

describe('normalize', () => {
  it('ignores case, punctuation, curly apostrophes and a plural s', () => {
    expect(normalize('Runner’s  Knee!')).toBe('runner knee');
    expect(normalize("runner's knee")).toBe('runner knee');
    expect(normalize('Glutes')).toBe(normalize('glute'));
    expect(normalize('six-pack')).toBe('six pack');
    expect(normalize('abs')).toBe('abs');
  });
});

describe('nameMatch', () => {
  it('ranks the title over other names over search words, and nothing for a partial name', () => {
    expect(nameMatch('calf raise', calfRaise)).toBe(6);
    expect(nameMatch('heel raise', calfRaise)).toBe(4);
    expect(nameMatch('calf strength', calfRaise)).toBe(2);
    expect(nameMatch('calf', calfRaise)).toBe(0);
    expect(nameMatch('', calfRaise)).toBe(0);
  });

  it('gives a muscle group the edge over an exercise named the same way', () => {
    expect(nameMatch('calf', calves)).toBe(5);
    expect(nameMatch('Achilles', calves)).toBeGreaterThan(nameMatch('Achilles', calfRaise));
  });
});

describe('promoteNamed', () => {
  const order = (query: string, results: Names[]) =>
    promoteNamed(query, results, (r) => r).map((r) => r.title);

  it('moves the page the query names to the front and keeps the rest in order', () => {
    expect(order('calf', [calfRaise, calfStretch, calves])).toEqual([
      'Calves',
      'Calf raise',
      'Calf stretch',
    ]);
    expect(order('tight calves', [calfStretch, calfRaise, calves])).toEqual([
      'Calves',
      'Calf stretch',
      'Calf raise',
    ]);
  });

  it('leaves the order alone when nothing is named exactly', () => {
    expect(order('calf exercises', [calfRaise, calves, calfStretch])).toEqual([
      'Calf raise',
      'Calves',
      'Calf stretch',
    ]);
  });
});

describe('fewerWords', () => {
  it('lists shorter queries, longest first, in word order', () => {
    expect(fewerWords('best shin splints')).toEqual([
      ['best shin', 'best splints', 'shin splints'],
      ['best', 'shin', 'splints'],
    ]);
    expect(fewerWords('calf')).toEqual([]);
  });

  it('tries at most six words', () => {
    const levels = fewerWords('a b c d e f g h');
    expect(levels[0]).toHaveLength(6);
    expect(levels.flat()).toHaveLength(62);
  });
});

describe('PAGEFIND_OPTIONS', () => {
  // The options Pagefind 1.6 documents for pagefind.options() and for its ranking.
  const DOCUMENTED = [
    'basePath',
    'baseUrl',
    'excerptLength',
    'excerptEllipsis',
    'highlightParam',
    'exactDiacritics',
    'metaCacheTag',
    'ranking',
    'indexWeight',
    'mergeFilter',
  ];
  const RANKING = [
    'termFrequency',
    'termSimilarity',
    'pageLength',
    'termSaturation',
    'diacriticSimilarity',
    'metaWeights',
  ];

  it('uses only documented options, so Pagefind logs no warning', () => {
    for (const key of Object.keys(PAGEFIND_OPTIONS)) expect(DOCUMENTED).toContain(key);
    for (const key of Object.keys(PAGEFIND_OPTIONS.ranking)) expect(RANKING).toContain(key);
  });

  it('weighs the fields the build writes as metadata', () => {
    expect(Object.keys(PAGEFIND_OPTIONS.ranking.metaWeights).sort()).toEqual([
      'aliases',
      'group',
      'terms',
      'title',
    ]);
  });
});
