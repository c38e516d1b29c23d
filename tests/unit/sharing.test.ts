import { describe, expect, it } from 'vitest';
import { aliasRedirects, aliasSlug } from '../../src/lib/page-model/aliases';
import { newest } from '../../src/build/git-dates';
import {
  breadcrumbLd,
  exercisePlanLd,
  serializeJsonLd,
} from '../../src/lib/page-model/structured-data';
import { urls } from '../../src/lib/urls';

describe('aliases', () => {
  it('turns names into URL slugs', () => {
    expect(aliasSlug('RDL')).toBe('rdl');
    expect(aliasSlug('Romanian deadlift')).toBe('romanian-deadlift');
    expect(aliasSlug(' step-ups! ')).toBe('step-ups');
  });

  it('redirects each alias once, skipping real pages and browse folders', () => {
    const redirects = aliasRedirects([
      {
        collection: 'muscles',
        id: 'quadriceps',
        name: 'Quadriceps',
        aliases: ['quads', 'Quads', 'quadriceps'],
      },
      { collection: 'exercises', id: 'deadlift', name: 'Deadlift', aliases: ['RDL', 'level'] },
    ]);
    expect(redirects).toEqual([
      { from: '/exercises/rdl/', to: '/exercises/deadlift/', name: 'Deadlift' },
      { from: '/muscles/quads/', to: '/muscles/quadriceps/', name: 'Quadriceps' },
    ]);
  });

  it('fails when two entries claim the same alias, naming the file', () => {
    expect(() =>
      aliasRedirects([
        {
          collection: 'exercises',
          id: 'plank',
          filePath: 'content/exercises/plank.mdx',
          name: 'Plank',
          aliases: ['core hold'],
        },
        {
          collection: 'exercises',
          id: 'side-plank',
          filePath: 'content/exercises/side-plank.mdx',
          name: 'Side plank',
          aliases: ['Core hold'],
        },
      ]),
    ).toThrow(
      'content/exercises/side-plank.mdx: aliases: "Core hold" would redirect /exercises/core-hold/',
    );
  });
});

describe('structured data', () => {
  it('cannot break out of its script element', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script> & \u2028' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script> & \u2028' });
  });

  it('numbers breadcrumb positions from one', () => {
    const ld = breadcrumbLd([
      { label: 'Home', url: 'https://x.test/' },
      { label: 'Muscles', url: 'https://x.test/muscles/' },
    ]);
    expect(ld['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.test/' },
      { '@type': 'ListItem', position: 2, name: 'Muscles', item: 'https://x.test/muscles/' },
    ]);
  });

  it('describes an exercise as a plan with a rep range and steps', () => {
    const ld = exercisePlanLd({
      name: 'Squat',
      description: 'A squat.',
      url: 'https://x.test/exercises/squat/',
      image: 'https://x.test/og/exercises/squat.png',
      exerciseType: 'Strength',
      repetitions: '8-12',
      workload: '3 × 8–12 reps',
      activityFrequency: 'twice a week',
      steps: ['Stand.', 'Sit.'],
      about: [{ name: 'Glutes', url: 'https://x.test/muscles/glutes/' }],
    });
    expect(ld['@type']).toEqual(['ExercisePlan', 'HowTo']);
    expect(ld['repetitions']).toEqual({ '@type': 'QuantitativeValue', minValue: 8, maxValue: 12 });
    expect(ld['step']).toEqual([
      { '@type': 'HowToStep', position: 1, text: 'Stand.' },
      { '@type': 'HowToStep', position: 2, text: 'Sit.' },
    ]);
  });
});

describe('dates and card paths', () => {
  it('picks the newest date', () => {
    expect(
      newest([new Date('2026-01-02'), new Date('2026-03-01'), new Date('2025-12-31')]),
    ).toEqual(new Date('2026-03-01'));
    expect(newest([])).toBeUndefined();
  });

  it('gives every page a card path', () => {
    expect(urls.socialCard('/')).toBe('/og/index.png');
    expect(urls.socialCard('/muscles/glutes/')).toBe('/og/muscles/glutes.png');
  });
});

describe('card palette', () => {
  it('matches the dark-scheme design tokens', async () => {
    const { readFileSync } = await import('node:fs');
    const { CARD_PALETTE } = await import('../../src/build/card-palette');
    const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
    const dark = css.slice(css.indexOf('prefers-color-scheme: dark'));
    for (const [token, value] of Object.entries(CARD_PALETTE)) {
      expect(dark, token).toMatch(new RegExp(`${token}:\\s*${value};`, 'i'));
    }
  });
});
