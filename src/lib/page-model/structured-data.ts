/**
 * schema.org JSON-LD for search engines and link previews. Builders return plain objects;
 * serializeJsonLd makes them safe to place inside a <script> element.
 */

export type Thing = Record<string, unknown>;
const CONTEXT = 'https://schema.org';

export interface Crumb {
  label: string;
  /** Absolute URL. */
  url: string;
}

export function websiteLd(site: {
  name: string;
  url: string;
  description: string;
  lang: string;
  searchUrl: string;
}): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: site.name,
    url: site.url,
    description: site.description,
    inLanguage: site.lang,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${site.searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export function breadcrumbLd(crumbs: readonly Crumb[]): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      item: c.url,
    })),
  };
}

export interface PageFacts {
  name: string;
  description: string;
  /** Absolute URLs. */
  url: string;
  image: string;
  dateModified?: Date | undefined;
  /** The muscle groups the page is about, as names and absolute URLs. */
  about?: readonly { name: string; url: string }[];
}

const about = (list: PageFacts['about']) =>
  list?.map((m) => ({ '@type': 'Thing', name: m.name, url: m.url }));

export function articleLd(page: PageFacts, publisher: { name: string; url: string }): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: page.name,
    description: page.description,
    url: page.url,
    mainEntityOfPage: page.url,
    image: page.image,
    ...(page.dateModified ? { dateModified: page.dateModified.toISOString() } : {}),
    ...(page.about ? { about: about(page.about) } : {}),
    author: { '@type': 'Organization', name: publisher.name, url: publisher.url },
    publisher: { '@type': 'Organization', name: publisher.name, url: publisher.url },
  };
}

export interface ComplaintFacts extends PageFacts {
  /** Everyday names of the complaint, e.g. "shin splints". */
  alternateNames: readonly string[];
}

/**
 * A complaint page is a MedicalWebPage about a MedicalCondition. It describes; it names no
 * treatment as a cure, so the exercises stay links in the page, not `possibleTreatment`.
 */
export function complaintLd(page: ComplaintFacts, publisher: { name: string; url: string }): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'MedicalWebPage',
    name: page.name,
    description: page.description,
    url: page.url,
    mainEntityOfPage: page.url,
    image: page.image,
    ...(page.dateModified ? { dateModified: page.dateModified.toISOString() } : {}),
    about: {
      '@type': 'MedicalCondition',
      name: page.name,
      alternateName: page.alternateNames,
      associatedAnatomy: page.about?.map((m) => ({
        '@type': 'AnatomicalStructure',
        name: m.name,
        url: m.url,
      })),
    },
    audience: { '@type': 'Audience', audienceType: 'Runners' },
    author: { '@type': 'Organization', name: publisher.name, url: publisher.url },
    publisher: { '@type': 'Organization', name: publisher.name, url: publisher.url },
  };
}

export interface PlanFacts extends PageFacts {
  exerciseType: string;
  /** "8-12" reps, or undefined for timed work. */
  repetitions?: string | undefined;
  /** A readable prescription, e.g. "3 × 30–60 s each side". */
  workload: string;
  activityFrequency: string;
  steps: readonly string[];
}

/** An exercise is both a plan (how much, how often) and a how-to (the steps). */
export function exercisePlanLd(plan: PlanFacts): Thing {
  const reps = plan.repetitions?.split('-').map(Number);
  return {
    '@context': CONTEXT,
    '@type': ['ExercisePlan', 'HowTo'],
    name: plan.name,
    description: plan.description,
    url: plan.url,
    image: plan.image,
    ...(plan.dateModified ? { dateModified: plan.dateModified.toISOString() } : {}),
    exerciseType: plan.exerciseType,
    ...(reps
      ? {
          repetitions:
            reps.length === 2
              ? { '@type': 'QuantitativeValue', minValue: reps[0], maxValue: reps[1] }
              : reps[0],
        }
      : {}),
    workload: plan.workload,
    activityFrequency: plan.activityFrequency,
    about: about(plan.about),
    step: plan.steps.map((text, i) => ({ '@type': 'HowToStep', position: i + 1, text })),
  };
}

export interface ProgramPlanFacts extends PageFacts {
  exerciseType: string;
  /** "2 sessions a week for 8 weeks". */
  activityFrequency: string;
  /** Minutes one session takes. */
  minutes: number;
  /** Every session of every week, in order. */
  sessions: readonly { name: string; url: string; workload: string }[];
}

/**
 * A program is an ExercisePlan made of smaller ones: schema.org has no type for a training
 * block, and ExercisePlan is the type meant for "a plan of exercises", so each session is
 * itself an ExercisePlan with its exercises and doses as the workload.
 */
export function programPlanLd(plan: ProgramPlanFacts): Thing {
  const duration = `PT${plan.minutes}M`;
  return {
    '@context': CONTEXT,
    '@type': 'ExercisePlan',
    name: plan.name,
    description: plan.description,
    url: plan.url,
    image: plan.image,
    ...(plan.dateModified ? { dateModified: plan.dateModified.toISOString() } : {}),
    exerciseType: plan.exerciseType,
    activityFrequency: plan.activityFrequency,
    activityDuration: duration,
    ...(plan.about ? { about: about(plan.about) } : {}),
    hasPart: plan.sessions.map((s) => ({
      '@type': 'ExercisePlan',
      name: s.name,
      url: s.url,
      activityDuration: duration,
      workload: s.workload,
    })),
  };
}

/**
 * JSON that cannot end its <script> element early or be read as HTML: <, > and & become
 * \u escapes (still valid JSON), as do the two line separators JavaScript rejects.
 */
export function serializeJsonLd(data: Thing): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
