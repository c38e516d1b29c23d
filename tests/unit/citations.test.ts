import { describe, expect, it } from 'vitest';
import {
  bodyCitations,
  citeAnchor,
  exerciseClaims,
  muscleClaims,
  pageCitations,
  refAnchor,
} from '../../src/lib/evidence/citations';
import { citeLabel, doiUrl, shortAuthors } from '../../src/lib/evidence/format';
import { STRENGTH_SCHEDULE } from '../../src/lib/training/schedule';

describe('author labels', () => {
  it('names one author, two authors, or the first and "et al."', () => {
    expect(shortAuthors('Hamner SR')).toBe('Hamner');
    expect(shortAuthors('Dorn TW, Pandy MG')).toBe('Dorn and Pandy');
    expect(shortAuthors('Hamner SR, Seth A, Delp SL')).toBe('Hamner et al.');
    expect(shortAuthors('  Lauersen JB ,  Bertelsen DM')).toBe('Lauersen and Bertelsen');
  });

  it('reads a citation as authors and year, and a DOI as a link', () => {
    expect(citeLabel({ authors: 'Hamner SR, Seth A, Delp SL', year: 2010 })).toBe(
      'Hamner et al. 2010',
    );
    expect(doiUrl('10.1016/j.jbiomech.2010.06.025')).toBe(
      'https://doi.org/10.1016/j.jbiomech.2010.06.025',
    );
  });
});

describe('claims', () => {
  const grade = { level: 'mixed' as const, why: 'Two trials disagree.' };

  it('lists a muscle page’s claims in stride order, then speed, with their sources', () => {
    const claims = muscleClaims({
      stride: { phases: [{ phase: 'swing' }, { phase: 'landing' }] },
      sources: { swing: ['a'], landing: ['b', 'c'], speed: ['d'] },
      grades: { speed: grade },
    });
    expect(claims).toEqual([
      { key: 'landing', ids: ['b', 'c'], grade: undefined },
      { key: 'swing', ids: ['a'], grade: undefined },
      { key: 'speed', ids: ['d'], grade },
    ]);
  });

  it('gives a claim without sources an empty list', () => {
    expect(muscleClaims({ stride: { phases: [{ phase: 'stance' }] } })).toEqual([
      { key: 'stance', ids: [], grade: undefined },
      { key: 'speed', ids: [], grade: undefined },
    ]);
    expect(exerciseClaims({})).toEqual([{ key: 'dose', ids: [], grade: undefined }]);
  });

  it('gives an exercise one claim, its dose', () => {
    expect(exerciseClaims({ sources: { dose: ['x', 'y'] }, grades: { dose: grade } })).toEqual([
      { key: 'dose', ids: ['x', 'y'], grade },
    ]);
  });
});

describe('citations in a body', () => {
  it('finds <Cite> ids in reading order and the sources of citing components', () => {
    const body = [
      'First <Cite id="a" /> then <Cite   id="b"/>.',
      '<StrengthSchedule />',
      '<MuscleLink id="glutes">glutes</MuscleLink> cite nothing.',
      '<Cite id="a" />',
    ].join('\n');
    expect(bodyCitations(body)).toEqual(['a', 'b', ...STRENGTH_SCHEDULE.sources, 'a']);
    expect(STRENGTH_SCHEDULE.sources.length).toBeGreaterThan(0);
  });

  it('numbers each source once by first use, frontmatter first, and counts its uses', () => {
    const claims = [{ key: 'dose', ids: ['z', 'a'] }];
    expect(pageCitations(claims, '<Cite id="a" /> <Cite id="m" /> <Cite id="z" />')).toEqual([
      { id: 'z', number: 1, uses: 2 },
      { id: 'a', number: 2, uses: 2 },
      { id: 'm', number: 3, uses: 1 },
    ]);
    expect(pageCitations([], 'No citations.')).toEqual([]);
  });

  it('anchors the reference list item and each use', () => {
    expect(refAnchor('hamner-2010')).toBe('ref-hamner-2010');
    expect(citeAnchor('hamner-2010', 2)).toBe('cite-hamner-2010-2');
  });
});
