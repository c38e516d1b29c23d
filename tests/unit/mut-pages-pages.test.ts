import { describe, expect, it } from 'vitest';
import { buildPages, type Page } from '../../src/lib/page-model/pages';
import { loadContent } from './load-content';

const content = loadContent();
const [guide] = content.guides;
const site = 'https://stride-atlas.example';

/**
 * The page model of the real content. Built inside each test rather than once per file, so
 * every test runs the model itself and a change to it is caught by the tests that read it.
 */
const build = (): Page[] =>
  buildPages(
    content.graph as never,
    guide as never,
    content.index as never,
    content.programIndex as never,
    new Map(),
  );
const find = (path: string): Page => {
  const found = build().find((p) => p.path === path);
  if (!found) throw new Error(`no page at ${path}`);
  return found;
};
const slugs = (headings: { slug: string }[]) => headings.map((h) => h.slug);
/** The BreadcrumbList of a page as [name, absolute URL] pairs, checked to be numbered from 1. */
const breadcrumb = (page: Page) => {
  const list = page.jsonLd.find((ld) => ld['@type'] === 'BreadcrumbList');
  const items = (list?.['itemListElement'] ?? []) as {
    position: number;
    name: string;
    item: string;
  }[];
  expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
  return items.map((i) => [i.name, i.item]);
};
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('the page model of the real content', () => {
  it('lists every page, kind by kind, in site order', () => {
    const pages = build();
    const count = (kind: string) => pages.filter((p) => p.kind === kind).length;
    expect(pages).toHaveLength(122);
    expect(
      [
        'muscle',
        'exercise',
        'browse',
        'complaint',
        'program',
        'program-filter',
        'guide',
        'home',
      ].map(count),
    ).toEqual([9, 46, 30, 8, 5, 13, 1, 1]);
    expect(pages.slice(0, 4).map((p) => p.path)).toEqual([
      '/',
      '/guide/',
      '/muscles/',
      '/muscles/quadriceps/',
    ]);
    expect(pages.slice(-4).map((p) => p.path)).toEqual([
      '/sources/',
      '/search/',
      '/404/',
      '/offline/',
    ]);
  });

  it('describes the squat page in full', () => {
    const page = find('/exercises/squat/');
    expect(page.kind).toBe('exercise');
    expect(page.title).toBe('Squat');
    expect(page.docTitle).toBe('Squat: how to do it, dose and progressions');
    expect(page.description).toBe(
      'The foundation leg lift for runners, training your quads and glutes to brake and support each landing, from bodyweight to barbell.',
    );
    expect(page.eyebrow).toBe('Strength exercise');
    expect(page.trail).toEqual([{ label: 'Exercises', href: '/exercises/' }]);
    expect(slugs(page.sections.before)).toEqual(['at-a-glance', 'see-it-move', 'how-to-do-it']);
    expect(page.sections.after).toEqual([
      { depth: 2, slug: 'ladder', text: 'The ladder: easier to harder' },
      { depth: 2, slug: 'helps-with', text: 'Helps with' },
      { depth: 2, slug: 'in-programs', text: 'In these programs' },
      { depth: 2, slug: 'references', text: 'References' },
    ]);
    expect(page.prev).toEqual({ label: 'Spanish squat', href: '/exercises/spanish-squat/' });
    expect(page.next).toEqual({ label: 'Step-up', href: '/exercises/step-up/' });
    expect(page.noun).toBe('exercise');
    expect(page.prose).toBe(true);
    expect(page.ogType).toBe('article');
    expect(page.searchDialog).toBe(true);
    expect(page.indexable).toBe(true);
    expect(page.savedOffline).toBe(true);
    expect(page.card).toEqual({ title: 'Squat', eyebrow: 'Strength exercise', demo: 'squat' });
    expect(page.lastModified).toEqual(day('2026-11-25'));
    expect(page.kind === 'exercise' && page.programs).toEqual([
      { label: 'Back after a break', href: '/programs/back-after-a-break/' },
      { label: 'First strength block, no equipment', href: '/programs/beginner-no-equipment/' },
      { label: 'In-season maintenance', href: '/programs/in-season-maintenance/' },
    ]);
    expect(page.search?.type).toBe('exercise');
    expect(page.search?.filters?.['works']).toEqual(['quadriceps', 'glutes']);
    expect(page.search?.aliases).toContain('goblet squat');
    expect(page.search?.terms).toContain('leg day');
    expect(page.search?.meta).toEqual({
      kind: 'Strength',
      level: 'Beginner',
      equipment: 'No equipment · Dumbbell · Kettlebell · Barbell',
    });
  });

  it('gives the squat page its breadcrumb and exercise plan as JSON-LD', () => {
    const page = find('/exercises/squat/');
    expect(page.jsonLd).toHaveLength(2);
    expect(breadcrumb(page)).toEqual([
      ['Home', `${site}/`],
      ['Exercises', `${site}/exercises/`],
      ['Squat', `${site}/exercises/squat/`],
    ]);
    const plan = page.jsonLd[1] ?? {};
    expect(plan['@type']).toEqual(['ExercisePlan', 'HowTo']);
    expect(plan['name']).toBe('Squat');
    expect(plan['url']).toBe(`${site}/exercises/squat/`);
    expect(plan['image']).toBe(`${site}/og/exercises/squat.png`);
    expect(plan['dateModified']).toBe('2026-11-25T00:00:00.000Z');
    expect(plan['exerciseType']).toBe('Strength');
    expect(plan['repetitions']).toEqual({
      '@type': 'QuantitativeValue',
      minValue: 8,
      maxValue: 12,
    });
    expect(plan['workload']).toBe('3 × 8–12 reps');
    expect(plan['activityFrequency']).toBe('twice a week');
    expect((plan['about'] as { name: string; url: string }[]).map((m) => [m.name, m.url])).toEqual([
      ['Quadriceps', `${site}/muscles/quadriceps/`],
      ['Glutes', `${site}/muscles/glutes/`],
      ['Hamstrings', `${site}/muscles/hamstrings/`],
      ['Core', `${site}/muscles/core/`],
      ['Hip adductors', `${site}/muscles/hip-adductors/`],
    ]);
    expect(plan['step']).toHaveLength(6);
  });

  it('adds "Helps with" and "In these programs" to an exercise page only when they have entries', () => {
    const after = (id: string) => slugs(find(`/exercises/${id}/`).sections.after);
    // Toe yoga helps with no complaint and is in no program.
    expect(after('toe-yoga')).toEqual(['ladder', 'references']);
    // The adductor squeeze helps with groin strain but is in no program.
    expect(after('adductor-squeeze')).toEqual(['ladder', 'helps-with', 'references']);
    // The back squat is in two programs but helps with no complaint.
    expect(after('back-squat')).toEqual(['ladder', 'in-programs', 'references']);
    const toeYoga = find('/exercises/toe-yoga/');
    expect(toeYoga.kind === 'exercise' && toeYoga.programs).toEqual([]);
    expect(find('/exercises/a-skip/').eyebrow).toBe('Plyometric exercise');
    expect(find('/exercises/a-skip/').prev).toBeUndefined();
    expect(find('/exercises/trap-bar-deadlift/').next).toBeUndefined();
  });

  it('describes a muscle group page, its sections depending on what it helps with', () => {
    const glutes = find('/muscles/glutes/');
    expect(glutes.kind).toBe('muscle');
    expect(glutes.title).toBe('Glutes');
    expect(glutes.docTitle).toBe('Glutes: anatomy, role in the stride and exercises');
    expect(glutes.eyebrow).toBe('Primary muscle group');
    expect(glutes.trail).toEqual([{ label: 'Muscles', href: '/muscles/' }]);
    expect(glutes.sections.before).toEqual([
      { depth: 2, slug: 'at-a-glance', text: 'At a glance' },
      { depth: 2, slug: 'in-the-stride', text: 'When it works in the stride' },
    ]);
    expect(glutes.sections.after.map((h) => h.text)).toEqual([
      'Exercises that target the glutes',
      'Exercises that also work the glutes',
      'Helps with',
      'References',
    ]);
    expect(glutes.prev).toEqual({ label: 'Hamstrings', href: '/muscles/hamstrings/' });
    expect(glutes.next).toEqual({ label: 'Calves', href: '/muscles/calves/' });
    expect(glutes.noun).toBe('muscle group');
    expect(glutes.ogType).toBe('article');
    expect(glutes.searchDialog).toBe(true);
    expect(glutes.search?.type).toBe('muscle');
    expect(glutes.card).toEqual({
      title: 'Glutes',
      eyebrow: 'Primary muscle group',
      highlight: 'glutes',
    });
    expect(breadcrumb(glutes)).toEqual([
      ['Home', `${site}/`],
      ['Muscles', `${site}/muscles/`],
      ['Glutes', `${site}/muscles/glutes/`],
    ]);
    expect(glutes.jsonLd[1]).toMatchObject({
      '@type': 'Article',
      headline: 'Glutes',
      url: `${site}/muscles/glutes/`,
      dateModified: '2026-11-25T00:00:00.000Z',
      about: [{ '@type': 'Thing', name: 'Glutes', url: `${site}/muscles/glutes/` }],
      publisher: { '@type': 'Organization', name: 'Stride Atlas', url: `${site}/` },
    });

    // No complaint has supported exercises that target the hip flexors.
    const flexors = find('/muscles/hip-flexors/');
    expect(flexors.eyebrow).toBe('Supporting muscle group');
    expect(slugs(flexors.sections.after)).toEqual(['exercises', 'also-works', 'references']);
  });

  it('describes a complaint page', () => {
    const page = find('/complaints/shin-pain/');
    expect(page.kind).toBe('complaint');
    expect(page.title).toBe('Shin pain (medial tibial stress syndrome)');
    expect(page.docTitle).toBe(
      'Shin pain (medial tibial stress syndrome): what helps, what to avoid and when to get help',
    );
    expect(page.eyebrow).toBe('Running complaint');
    expect(page.trail).toEqual([{ label: 'Complaints', href: '/complaints/' }]);
    expect(slugs(page.sections.before)).toEqual(['see-a-professional']);
    expect(slugs(page.sections.after)).toEqual([
      'muscle-groups-involved',
      'exercises-with-evidence',
      'what-to-avoid',
      'references',
    ]);
    expect(page.prev).toEqual({
      label: "Runner's knee (patellofemoral pain)",
      href: '/complaints/runners-knee/',
    });
    expect(page.next).toBeUndefined();
    expect(page.noun).toBe('complaint');
    expect(page.ogType).toBe('article');
    expect(page.searchDialog).toBe(true);
    expect(page.search).toEqual({
      type: 'complaint',
      aliases: ['shin splints', 'MTSS', 'medial tibial stress syndrome'],
      terms: [],
    });
    expect(page.lastModified).toEqual(day('2026-12-01'));
    expect(breadcrumb(page)).toEqual([
      ['Home', `${site}/`],
      ['Complaints', `${site}/complaints/`],
      ['Shin pain (medial tibial stress syndrome)', `${site}/complaints/shin-pain/`],
    ]);
    expect(page.jsonLd[1]).toMatchObject({
      '@type': 'MedicalWebPage',
      url: `${site}/complaints/shin-pain/`,
      about: {
        '@type': 'MedicalCondition',
        alternateName: ['shin splints', 'MTSS', 'medial tibial stress syndrome'],
        associatedAnatomy: [
          { '@type': 'AnatomicalStructure', name: 'Calves', url: `${site}/muscles/calves/` },
        ],
      },
    });
  });

  it('describes the guide page', () => {
    const page = find('/guide/');
    expect(page.kind).toBe('guide');
    expect(page.title).toBe('How to strengthen your legs to run faster');
    expect(page.docTitle).toBe('How to strengthen your legs to run faster');
    expect(page.eyebrow).toBe('The guide');
    expect(page.trail).toEqual([]);
    expect(page.sections).toEqual({
      before: [],
      after: [{ depth: 2, slug: 'references', text: 'References' }],
    });
    expect(page.noun).toBe('page');
    expect(page.prose).toBe(true);
    expect(page.ogType).toBe('article');
    expect(page.searchDialog).toBe(true);
    expect(page.search?.type).toBe('guide');
    expect(page.lastModified).toEqual(day('2026-11-25'));
    expect(breadcrumb(page)).toEqual([
      ['Home', `${site}/`],
      ['How to strengthen your legs to run faster', `${site}/guide/`],
    ]);
    const article = page.jsonLd[1] ?? {};
    expect(article['@type']).toBe('Article');
    expect(article['image']).toBe(`${site}/og/guide.png`);
    expect((article['about'] as { name: string }[]).map((m) => m.name)).toEqual([
      'Quadriceps',
      'Hamstrings',
      'Glutes',
      'Calves',
      'Core',
      'Hip flexors',
      'Ankle dorsiflexors',
      'Hip adductors',
      'Foot and ankle stabilisers',
    ]);
  });

  it('describes a browse page as a full-width list under Exercises', () => {
    const page = find('/exercises/level/advanced/');
    expect(page.kind).toBe('browse');
    expect(page.title).toBe('Advanced exercises');
    expect(page.docTitle).toBe('Advanced exercises');
    expect(page.description).toBe(
      '4 exercises rated advanced, with the muscles each one works, the equipment it needs and its dose.',
    );
    expect(page.eyebrow).toBe('Browse exercises');
    expect(page.trail).toEqual([{ label: 'Exercises', href: '/exercises/' }]);
    expect(page.prose).toBe(false);
    expect(page.ogType).toBe('website');
    expect(page.searchDialog).toBe(true);
    expect(page.noun).toBe('page');
    expect(page.search).toBeUndefined();
    expect(page.card).toEqual({ title: 'Advanced exercises', eyebrow: 'Browse exercises' });
    expect(page.lastModified).toEqual(day('2026-11-26'));
    expect(page.jsonLd).toHaveLength(1);
    expect(breadcrumb(page)).toEqual([
      ['Home', `${site}/`],
      ['Exercises', `${site}/exercises/`],
      ['Advanced exercises', `${site}/exercises/level/advanced/`],
    ]);
    expect(find('/exercises/muscle/hip-flexors/').title).toBe('Exercises for the hip flexors');
  });

  it('describes a program page, with one section and JSON-LD session per week', () => {
    const page = find('/programs/back-after-a-break/');
    expect(page.kind).toBe('program');
    expect(page.title).toBe('Back after a break');
    expect(page.docTitle).toBe('Back after a break: a 8-week strength program for runners');
    expect(page.eyebrow).toBe('Beginner program · 8 weeks');
    expect(page.trail).toEqual([{ label: 'Programs', href: '/programs/' }]);
    expect(slugs(page.sections.before)).toEqual([
      'at-a-glance',
      'where-sessions-go',
      'progression',
    ]);
    expect(page.sections.after.map((h) => h.text)).toEqual([
      'Week 1',
      'Week 2',
      'Week 3',
      'Week 4',
      'Week 5',
      'Week 6',
      'Week 7',
      'Week 8',
      'References',
    ]);
    expect(page.prev).toBeUndefined();
    expect(page.next).toEqual({
      label: 'First strength block, no equipment',
      href: '/programs/beginner-no-equipment/',
    });
    expect(page.noun).toBe('program');
    expect(page.ogType).toBe('article');
    expect(page.searchDialog).toBe(true);
    expect(page.search?.type).toBe('program');
    expect(page.search?.meta).toEqual({ kind: '8 weeks, 2 sessions a week', level: 'Beginner' });
    expect(page.card).toEqual({
      title: 'Back after a break',
      eyebrow: 'Beginner program · 8 weeks',
    });
    expect(breadcrumb(page)).toEqual([
      ['Home', `${site}/`],
      ['Programs', `${site}/programs/`],
      ['Back after a break', `${site}/programs/back-after-a-break/`],
    ]);
    const plan = page.jsonLd[1] ?? {};
    expect(plan['@type']).toBe('ExercisePlan');
    expect(plan['exerciseType']).toBe('Strength training for runners');
    expect(plan['activityFrequency']).toBe('2 sessions a week for 8 weeks');
    expect(plan['activityDuration']).toBe('PT30M');
    const sessions = plan['hasPart'] as { name: string; url: string; workload: string }[];
    expect(sessions).toHaveLength(16);
    expect(sessions[0]).toEqual({
      '@type': 'ExercisePlan',
      name: 'Week 1, session A',
      url: `${site}/programs/back-after-a-break/#week-1`,
      activityDuration: 'PT30M',
      // Rows named by their rung, or by the exercise where they have none (the glute bridge).
      workload:
        'Box squat 2 × 8 reps; Glute bridge 2 × 10 reps; Double-leg raise on the floor 2 × 10 reps; Seated toe raise 2 × 12 reps; Knee plank 2 × 20 s',
    });
    expect(sessions[15]?.name).toBe('Week 8, session B');
    expect(sessions[15]?.url).toBe(`${site}/programs/back-after-a-break/#week-8`);
  });

  it('says "1 session a week" for a program with one session a week', () => {
    const page = find('/programs/in-season-maintenance/');
    expect(page.eyebrow).toBe('Advanced program · 8 weeks');
    expect(page.search?.meta).toEqual({ kind: '8 weeks, 1 session a week', level: 'Advanced' });
    expect(page.jsonLd[1]?.['activityFrequency']).toBe('1 session a week for 8 weeks');
    expect(find('/programs/gym-strength-economy/').docTitle).toBe(
      'Gym strength for running economy: a 12-week strength program for runners',
    );
  });

  it('describes a filtered program list under Programs', () => {
    const page = find('/programs/level/beginner/');
    expect(page.kind).toBe('program-filter');
    expect(page.title).toBe('Beginner strength programs');
    expect(page.eyebrow).toBe('Browse programs');
    expect(page.trail).toEqual([{ label: 'Programs', href: '/programs/' }]);
    expect(page.prose).toBe(false);
    expect(page.ogType).toBe('website');
    expect(page.card).toEqual({ title: 'Beginner strength programs', eyebrow: 'Browse programs' });
    expect(page.lastModified).toEqual(day('2026-11-26'));
    expect(breadcrumb(page)).toEqual([
      ['Home', `${site}/`],
      ['Programs', `${site}/programs/`],
      ['Beginner strength programs', `${site}/programs/level/beginner/`],
    ]);
  });

  it('gives the home page no breadcrumb or JSON-LD and the date of the newest content', () => {
    const page = find('/');
    expect(page.kind).toBe('home');
    expect(page.title).toBe('Stride Atlas');
    expect(page.eyebrow).toBe('Strength training for runners');
    expect(page.trail).toBeUndefined();
    expect(page.jsonLd).toEqual([]);
    expect(page.prose).toBe(false);
    expect(page.ogType).toBe('website');
    expect(page.searchDialog).toBe(true);
    expect(page.noun).toBe('page');
    expect(page.sections).toEqual({ before: [], after: [] });
    expect(page.lastModified).toEqual(day('2026-12-01'));
  });

  it('words and dates the list pages, each one step below Home', () => {
    const muscles = find('/muscles/');
    expect(muscles.description).toBe(
      'The nine muscle groups that decide how fast you run: four primary movers and five supporting groups, with what each does and how to train it.',
    );
    expect(muscles.lastModified).toEqual(day('2026-11-26'));
    expect(breadcrumb(muscles)).toEqual([
      ['Home', `${site}/`],
      ['Muscle groups for runners', `${site}/muscles/`],
    ]);
    const exercises = find('/exercises/');
    expect(exercises.description).toBe(
      'All 46 strength, plyometric, core, stretching and mobility exercises, with the muscles they work, equipment, level and dose.',
    );
    expect(exercises.lastModified).toEqual(day('2026-12-01'));
    expect(find('/programs/').description).toMatch(/^5 week-by-week strength programs/);
    expect(find('/programs/').lastModified).toEqual(day('2026-11-26'));
    expect(find('/complaints/').docTitle).toBe(
      'Running complaints: from pain to practice, with the evidence',
    );
    expect(find('/complaints/').lastModified).toEqual(day('2026-12-01'));
    for (const path of ['/muscles/', '/exercises/', '/complaints/', '/programs/', '/stride/']) {
      const page = find(path);
      expect(page.trail, path).toEqual([]);
      expect(page.prose, path).toBe(false);
      expect(page.ogType, path).toBe('website');
    }
  });

  it('lists the phases of the stride as sections of the stride page', () => {
    const page = find('/stride/');
    expect(page.docTitle).toBe('The running stride: which muscles work in each phase');
    expect(page.sections.before).toEqual([
      { depth: 2, slug: 'in-motion', text: 'One stride in motion' },
      { depth: 2, slug: 'stride-chart', text: 'Every group across the stride' },
      { depth: 2, slug: 'phase-landing', text: 'Landing' },
      { depth: 2, slug: 'phase-stance', text: 'Mid-stance' },
      { depth: 2, slug: 'phase-push-off', text: 'Push-off' },
      { depth: 2, slug: 'phase-swing', text: 'Swing' },
    ]);
    expect(page.sections.after).toEqual([]);
    expect(page.lastModified).toEqual(day('2026-11-26'));
  });

  it('sets the sources, search, 404 and offline pages apart where they differ', () => {
    const sources = find('/sources/');
    expect(sources.docTitle).toBe('Sources: the research behind Stride Atlas');
    expect(sources.prose).toBe(true);
    expect(sources.lastModified).toEqual(day('2026-12-01'));
    const search = find('/search/');
    expect(search.searchDialog).toBe(false);
    expect(search.prose).toBe(false);
    expect(search.lastModified).toEqual(day('2026-12-01'));
    const notFound = find('/404/');
    expect(notFound.title).toBe('Page not found');
    expect(notFound.trail).toBeUndefined();
    expect(notFound.jsonLd).toEqual([]);
    expect(notFound.indexable).toBe(false);
    expect(notFound.savedOffline).toBe(false);
    expect(notFound.searchDialog).toBe(true);
    expect(notFound.card).toEqual({
      title: 'Stride Atlas',
      eyebrow: 'Strength training for runners',
    });
    expect(notFound.lastModified).toBeUndefined();
    const offline = find('/offline/');
    expect(offline.title).toBe('You are offline');
    expect(offline.trail).toBeUndefined();
    expect(offline.indexable).toBe(false);
    expect(offline.savedOffline).toBe(true);
    expect(offline.card).toEqual({ title: 'You are offline', eyebrow: 'Offline' });
  });
  it('names the kind of every fixed page and labels its social card as the page', () => {
    const pages = build();
    const fixed = [
      ['/', 'home', 'Stride Atlas', 'Strength training for runners'],
      ['/guide/', 'guide', 'How to strengthen your legs to run faster', 'The guide'],
      ['/muscles/', 'muscles', 'Muscle groups for runners', 'Muscles'],
      ['/stride/', 'stride', 'The stride, phase by phase', 'Stride view'],
      ['/exercises/', 'exercises', 'Exercises for runners', 'Exercises'],
      ['/complaints/', 'complaints', 'Running complaints', 'From pain to practice'],
      ['/programs/', 'programs', 'Strength programs for runners', 'Programs'],
      ['/sources/', 'sources', 'Sources', 'Evidence'],
      ['/search/', 'search', 'Search', 'Find an exercise or muscle'],
      ['/offline/', 'offline', 'You are offline', 'Offline'],
    ];
    for (const [path, kind, title, eyebrow] of fixed) {
      const page = pages.find((p) => p.path === path);
      expect(page?.kind, path).toBe(kind);
      expect(page?.title, path).toBe(title);
      expect(page?.eyebrow, path).toBe(eyebrow);
      expect(page?.card, path).toEqual({ title, eyebrow });
    }
    expect(pages.find((p) => p.path === '/404/')?.kind).toBe('not-found');
    expect(pages.find((p) => p.path === '/complaints/runners-knee/')?.card).toEqual({
      title: "Runner's knee (patellofemoral pain)",
      eyebrow: 'Running complaint',
    });
  });
});
