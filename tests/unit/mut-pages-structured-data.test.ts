import { describe, expect, it } from 'vitest';
import {
  articleLd,
  breadcrumbLd,
  complaintLd,
  exercisePlanLd,
  programPlanLd,
  serializeJsonLd,
  websiteLd,
} from '../../src/lib/page-model/structured-data';

const base = 'https://stride-atlas.example';
const publisher = { name: 'Stride Atlas', url: `${base}/` };
const organisation = { '@type': 'Organization', name: 'Stride Atlas', url: `${base}/` };
const glutes = { name: 'Glutes', url: `${base}/muscles/glutes/` };
const calves = { name: 'Calves', url: `${base}/muscles/calves/` };
const date = new Date('2026-11-25T00:00:00Z');

describe('websiteLd', () => {
  it('describes the site with a search action on its search page', () => {
    expect(
      websiteLd({
        name: 'Stride Atlas',
        url: `${base}/`,
        description: 'Strength for runners.',
        lang: 'en',
        searchUrl: `${base}/search/`,
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: 'Stride Atlas',
      url: `${base}/`,
      description: 'Strength for runners.',
      inLanguage: 'en',
      potentialAction: {
        '@type': 'SearchAction',
        target: {
          '@type': 'EntryPoint',
          urlTemplate: `${base}/search/?q={search_term_string}`,
        },
        'query-input': 'required name=search_term_string',
      },
    });
  });
});

describe('breadcrumbLd', () => {
  it('numbers the crumbs from one', () => {
    expect(
      breadcrumbLd([
        { label: 'Home', url: `${base}/` },
        { label: 'Muscles', url: `${base}/muscles/` },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${base}/` },
        { '@type': 'ListItem', position: 2, name: 'Muscles', item: `${base}/muscles/` },
      ],
    });
  });
});

describe('articleLd', () => {
  const facts = {
    name: 'Glutes',
    description: 'The hip extensors.',
    url: `${base}/muscles/glutes/`,
    image: `${base}/og/muscles/glutes.png`,
  };

  it('names the page, its date, what it is about and the site as author and publisher', () => {
    expect(articleLd({ ...facts, dateModified: date, about: [glutes] }, publisher)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Glutes',
      description: 'The hip extensors.',
      url: `${base}/muscles/glutes/`,
      mainEntityOfPage: `${base}/muscles/glutes/`,
      image: `${base}/og/muscles/glutes.png`,
      dateModified: '2026-11-25T00:00:00.000Z',
      about: [{ '@type': 'Thing', name: 'Glutes', url: `${base}/muscles/glutes/` }],
      author: organisation,
      publisher: organisation,
    });
  });

  it('leaves out the date and the subject when it has neither', () => {
    const ld = articleLd(facts, publisher);
    expect(Object.keys(ld)).not.toContain('dateModified');
    expect(Object.keys(ld)).not.toContain('about');
    expect(ld['headline']).toBe('Glutes');
  });
});

describe('complaintLd', () => {
  const facts = {
    name: 'Shin pain',
    description: 'Pain along the shin.',
    url: `${base}/complaints/shin-pain/`,
    image: `${base}/og/complaints/shin-pain.png`,
    alternateNames: ['shin splints', 'MTSS'],
  };

  it('is a medical web page about a condition of the named anatomy, for runners', () => {
    expect(complaintLd({ ...facts, dateModified: date, about: [calves] }, publisher)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      name: 'Shin pain',
      description: 'Pain along the shin.',
      url: `${base}/complaints/shin-pain/`,
      mainEntityOfPage: `${base}/complaints/shin-pain/`,
      image: `${base}/og/complaints/shin-pain.png`,
      dateModified: '2026-11-25T00:00:00.000Z',
      about: {
        '@type': 'MedicalCondition',
        name: 'Shin pain',
        alternateName: ['shin splints', 'MTSS'],
        associatedAnatomy: [
          { '@type': 'AnatomicalStructure', name: 'Calves', url: `${base}/muscles/calves/` },
        ],
      },
      audience: { '@type': 'Audience', audienceType: 'Runners' },
      author: organisation,
      publisher: organisation,
    });
  });

  it('leaves out the date when it has none', () => {
    const ld = complaintLd(facts, publisher);
    expect(Object.keys(ld)).not.toContain('dateModified');
    expect((ld['about'] as Record<string, unknown>)['associatedAnatomy']).toBeUndefined();
  });
});

describe('exercisePlanLd', () => {
  const plan = {
    name: 'Squat',
    description: 'A squat.',
    url: `${base}/exercises/squat/`,
    image: `${base}/og/exercises/squat.png`,
    exerciseType: 'Strength',
    workload: '3 × 8–12',
    activityFrequency: '2 times a week',
    about: [glutes, calves],
    steps: ['Stand tall.', 'Sit back.'],
  };

  it('gives a rep range as a value range, the steps in order and the date', () => {
    expect(exercisePlanLd({ ...plan, repetitions: '8-12', dateModified: date })).toEqual({
      '@context': 'https://schema.org',
      '@type': ['ExercisePlan', 'HowTo'],
      name: 'Squat',
      description: 'A squat.',
      url: `${base}/exercises/squat/`,
      image: `${base}/og/exercises/squat.png`,
      dateModified: '2026-11-25T00:00:00.000Z',
      exerciseType: 'Strength',
      repetitions: { '@type': 'QuantitativeValue', minValue: 8, maxValue: 12 },
      workload: '3 × 8–12',
      activityFrequency: '2 times a week',
      about: [
        { '@type': 'Thing', name: 'Glutes', url: `${base}/muscles/glutes/` },
        { '@type': 'Thing', name: 'Calves', url: `${base}/muscles/calves/` },
      ],
      step: [
        { '@type': 'HowToStep', position: 1, text: 'Stand tall.' },
        { '@type': 'HowToStep', position: 2, text: 'Sit back.' },
      ],
    });
  });

  it('gives a single rep count as a number and timed work no repetitions', () => {
    expect(exercisePlanLd({ ...plan, repetitions: '15' })['repetitions']).toBe(15);
    const timed = exercisePlanLd(plan);
    expect(Object.keys(timed)).not.toContain('repetitions');
    expect(Object.keys(timed)).not.toContain('dateModified');
  });

  it('names no muscle groups when it is about none', () => {
    const { name, description, url, image, exerciseType, workload, activityFrequency, steps } =
      plan;
    const unrelated = { name, description, url, image, exerciseType, workload, activityFrequency };
    expect(exercisePlanLd({ ...unrelated, steps })['about']).toBeUndefined();
  });
});

describe('programPlanLd', () => {
  const plan = {
    name: 'Back after a break',
    description: 'Eight weeks back.',
    url: `${base}/programs/back-after-a-break/`,
    image: `${base}/og/programs/back-after-a-break.png`,
    exerciseType: 'Strength training for runners',
    activityFrequency: '2 sessions a week for 8 weeks',
    minutes: 30,
    sessions: [
      { name: 'Week 1, session A', url: `${base}/programs/x/#week-1`, workload: 'Squat 3 × 8' },
      { name: 'Week 1, session B', url: `${base}/programs/x/#week-1`, workload: 'Plank 3 × 30 s' },
    ],
  };

  it('is an exercise plan of session plans, each as long as the program says', () => {
    expect(programPlanLd({ ...plan, dateModified: date, about: [glutes] })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ExercisePlan',
      name: 'Back after a break',
      description: 'Eight weeks back.',
      url: `${base}/programs/back-after-a-break/`,
      image: `${base}/og/programs/back-after-a-break.png`,
      dateModified: '2026-11-25T00:00:00.000Z',
      exerciseType: 'Strength training for runners',
      activityFrequency: '2 sessions a week for 8 weeks',
      activityDuration: 'PT30M',
      about: [{ '@type': 'Thing', name: 'Glutes', url: `${base}/muscles/glutes/` }],
      hasPart: [
        {
          '@type': 'ExercisePlan',
          name: 'Week 1, session A',
          url: `${base}/programs/x/#week-1`,
          activityDuration: 'PT30M',
          workload: 'Squat 3 × 8',
        },
        {
          '@type': 'ExercisePlan',
          name: 'Week 1, session B',
          url: `${base}/programs/x/#week-1`,
          activityDuration: 'PT30M',
          workload: 'Plank 3 × 30 s',
        },
      ],
    });
  });

  it('leaves out the date and the subject when it has neither', () => {
    const ld = programPlanLd(plan);
    expect(Object.keys(ld)).not.toContain('dateModified');
    expect(Object.keys(ld)).not.toContain('about');
  });
});

describe('serializeJsonLd', () => {
  it('escapes what could end the script element or break JavaScript', () => {
    expect(serializeJsonLd({ a: '</script>&', b: 'x\u2028y\u2029z' })).toBe(
      '{"a":"\\u003c/script\\u003e\\u0026","b":"x\\u2028y\\u2029z"}',
    );
  });
});
