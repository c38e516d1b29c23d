import { describe, expect, it } from 'vitest';
import {
  browseCopy,
  capitalise,
  countWord,
  PAGE_COPY,
  programFilterCopy,
  tierCounts,
} from '../../src/lib/page-model/copy';
import { muscle } from './fixtures';

/** A facet value with `n` stand-in entries; the copy only counts them. */
const facet = (facet: 'muscle' | 'kind' | 'equipment' | 'level', value: string, label: string) => ({
  one: { facet, value, label, exercises: ['a'] },
  many: { facet, value, label, exercises: ['a', 'b', 'c'] },
});
const filter = (facet: 'level' | 'equipment' | 'weeks', value: string, label: string) => ({
  one: { facet, value, label, programs: ['a'] },
  many: { facet, value, label, programs: ['a', 'b'] },
});

describe('countWord and capitalise', () => {
  it('spells small counts in words and larger ones in digits', () => {
    expect(countWord(0)).toBe('zero');
    expect(countWord(1)).toBe('one');
    expect(countWord(8)).toBe('eight');
    expect(countWord(12)).toBe('twelve');
    expect(countWord(13)).toBe('13');
    expect(countWord(46)).toBe('46');
  });

  it('capitalises only the first letter', () => {
    expect(capitalise('nine groups')).toBe('Nine groups');
    expect(capitalise('eIGHT')).toBe('EIGHT');
    expect(capitalise('')).toBe('');
  });
});

describe('tierCounts', () => {
  it('counts primary and supporting groups separately', () => {
    const list = [
      muscle('glutes', { tier: 'primary' }),
      muscle('core', { tier: 'supporting' }),
      muscle('calves', { tier: 'primary' }),
      muscle('shins', { tier: 'supporting' }),
      muscle('feet', { tier: 'supporting' }),
    ];
    expect(tierCounts(list)).toEqual({ primary: 2, supporting: 3 });
    expect(tierCounts([muscle('core', { tier: 'supporting' })])).toEqual({
      primary: 0,
      supporting: 1,
    });
    expect(tierCounts([])).toEqual({ primary: 0, supporting: 0 });
  });
});

describe('PAGE_COPY', () => {
  it('words the muscle list description with counts in words', () => {
    expect(PAGE_COPY.muscles.description({ primary: 3, supporting: 5 })).toBe(
      'The eight muscle groups that decide how fast you run: three primary movers and five supporting groups, with what each does and how to train it.',
    );
  });

  it('puts the exercise and program counts in digits', () => {
    expect(PAGE_COPY.exercises.description(46)).toBe(
      'All 46 strength, plyometric, core, stretching and mobility exercises, with the muscles they work, equipment, level and dose.',
    );
    expect(PAGE_COPY.programs.description(5)).toBe(
      '5 week-by-week strength programs for runners, from a first no-equipment block to heavy gym lifting, each with its doses, lighter weeks and sources.',
    );
  });
});

describe('browseCopy', () => {
  it('words a muscle group page in lower case', () => {
    const { one, many } = facet('muscle', 'hip-flexors', 'Hip Flexors');
    expect(browseCopy(many)).toEqual({
      title: 'Exercises for the hip flexors',
      description:
        '3 exercises that train the hip flexors: those that target the group first, then those that also work it.',
    });
    expect(browseCopy(one).description).toBe(
      '1 exercise that train the hip flexors: those that target the group first, then those that also work it.',
    );
  });

  it('words a kind page', () => {
    const { one, many } = facet('kind', 'core-stability', 'Core Stability');
    expect(browseCopy(many)).toEqual({
      title: 'Core Stability exercises',
      description:
        '3 exercises of the core stability kind for runners, with the muscles each one works, its level and its dose.',
    });
    expect(browseCopy(one).description).toBe(
      '1 exercise of the core stability kind for runners, with the muscles each one works, its level and its dose.',
    );
  });

  it('words the no-equipment page apart from the other equipment pages', () => {
    const none = facet('equipment', 'none', 'No Equipment');
    expect(browseCopy(none.many)).toEqual({
      title: 'Exercises with no equipment',
      description:
        '3 exercises you can do with your body weight alone, at home, in a park or before a run.',
    });
    expect(browseCopy(none.one).description).toBe(
      '1 exercise you can do with your body weight alone, at home, in a park or before a run.',
    );
    const band = facet('equipment', 'band', 'Resistance Band');
    expect(browseCopy(band.many)).toEqual({
      title: 'Exercises with a resistance band',
      description:
        '3 exercises for runners that use a resistance band, with the muscles each one works and how much to do.',
    });
    expect(browseCopy(band.one).description).toBe(
      '1 exercise for runners that use a resistance band, with the muscles each one works and how much to do.',
    );
  });

  it('words a level page', () => {
    const { one, many } = facet('level', 'advanced', 'Advanced');
    expect(browseCopy(many)).toEqual({
      title: 'Advanced exercises',
      description:
        '3 exercises rated advanced, with the muscles each one works, the equipment it needs and its dose.',
    });
    expect(browseCopy(one).description).toBe(
      '1 exercise rated advanced, with the muscles each one works, the equipment it needs and its dose.',
    );
  });
});

describe('programFilterCopy', () => {
  it('words a level filter', () => {
    const { one, many } = filter('level', 'beginner', 'Beginner');
    expect(programFilterCopy(many)).toEqual({
      title: 'Beginner strength programs',
      description:
        '2 programs for runners at the beginner level, week by week, with every dose and where each session goes in your running week.',
    });
    expect(programFilterCopy(one).description).toBe(
      '1 program for runners at the beginner level, week by week, with every dose and where each session goes in your running week.',
    );
  });

  it('words the no-equipment filter apart from the other equipment filters', () => {
    const none = filter('equipment', 'none', 'No Equipment');
    expect(programFilterCopy(none.many)).toEqual({
      title: 'Strength programs with no equipment',
      description:
        '2 programs you can follow with your body weight alone, week by week, at home or in a park.',
    });
    expect(programFilterCopy(none.one).description).toBe(
      '1 program you can follow with your body weight alone, week by week, at home or in a park.',
    );
    const rope = filter('equipment', 'jump-rope', 'Jump Rope');
    expect(programFilterCopy(rope.many)).toEqual({
      title: 'Strength programs with a jump rope',
      description:
        '2 programs for runners that use a jump rope, week by week, with every dose and the lighter weeks.',
    });
    expect(programFilterCopy(rope.one).description).toBe(
      '1 program for runners that use a jump rope, week by week, with every dose and the lighter weeks.',
    );
  });

  it('words a length filter', () => {
    const { one, many } = filter('weeks', '8', '8 weeks');
    expect(programFilterCopy(many)).toEqual({
      title: '8 weeks strength programs',
      description:
        '2 programs that run for 8 weeks, with every session, dose and lighter week set out in advance.',
    });
    expect(programFilterCopy(one).description).toBe(
      '1 program that run for 8 weeks, with every session, dose and lighter week set out in advance.',
    );
  });
});
