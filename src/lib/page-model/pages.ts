import { resolve } from 'node:path';
import { newest } from '../../build/git-dates';
import { formatFrequency, formatSetsAndReps } from '../content/dose';
import { KIND_LABELS, LEVEL_LABELS, PHASE_LABELS, TIER_SINGULAR } from '../content/taxonomy';
import { facetValues, type FacetValue } from '../graph/facets';
import { neighbours } from '../graph/neighbours';
import type {
  ComplaintEntry,
  ExerciseEntry,
  GuideEntry,
  MuscleEntry,
  SiteComplaints,
  SiteGraph,
} from '../graph/site-graph';
import { phaseAnchor, strideByPhase } from '../graph/stride';
import { programFacetValues, type ProgramFacetValue } from '../programs/facets';
import type { SiteProgram, SiteProgramIndex } from '../programs/site-programs';
import { exerciseFilterValues, exerciseMeta, type ResultType } from '../search/attributes';
import { SITE } from '../site';
import { urls } from '../urls';
import type { CardInput } from './card';
import { browseCopy, PAGE_COPY, programFilterCopy, tierCounts } from './copy';
import { asHeading, muscleExerciseSections, SECTIONS, weekSection } from './sections';
import {
  articleLd,
  breadcrumbLd,
  complaintLd,
  exercisePlanLd,
  programPlanLd,
  type Thing,
} from './structured-data';
import type { Heading } from './toc';

/** A link in the breadcrumb trail or to the previous/next page. */
export interface PageLink {
  label: string;
  href: string;
}

/** What the search index learns about a page beyond its text. */
export interface PageSearch {
  type: ResultType;
  /** Filter values, e.g. { works: ['glutes'], level: ['beginner'] }. */
  filters?: Record<string, readonly string[]>;
  /** Other names the page goes by, weighted like its title. */
  aliases?: readonly string[];
  /** Words people search with that are not names for the page; matched, never shown. */
  terms?: readonly string[];
  /** Extra result metadata, e.g. an exercise's kind, level and equipment. */
  meta?: Record<string, string>;
}

/** Everything the site knows about one page before it renders: one object per URL. */
interface PageBase {
  /** The URL path, ending in a slash. */
  path: string;
  /** The h1, the breadcrumb label and the card title. */
  title: string;
  /** The document title, without the site name. */
  docTitle: string;
  /** Meta description and lead paragraph. */
  description: string;
  /** Small label above the h1 and on the social card. */
  eyebrow: string;
  /** Ancestors for the breadcrumb trail, outermost first, Home implied; none on the home and 404 pages. */
  trail?: PageLink[] | undefined;
  /** Sections the layout adds before and after the body, in the order they render. */
  sections: { before: Heading[]; after: Heading[] };
  prev?: PageLink | undefined;
  next?: PageLink | undefined;
  /** What previous/next step through, e.g. "exercise". */
  noun: string;
  /** Limit the body to a reading measure; list pages use the full width. */
  prose: boolean;
  /** Open Graph type. */
  ogType: 'website' | 'article';
  /** JSON-LD about the page, the BreadcrumbList first, every URL absolute. */
  jsonLd: Thing[];
  /** Present when the page is a search result. */
  search?: PageSearch | undefined;
  card: CardInput;
  /** When the content behind the page last changed. */
  lastModified?: Date | undefined;
  /** In the sitemap and open to search engines. */
  indexable: boolean;
  /** Precached by the service worker, so it opens offline after one visit to the site. */
  savedOffline: boolean;
  /** Whether the header's search dialog loads; the search page has its own search. */
  searchDialog: boolean;
}

/** Pages made of lists and copy rather than one content entry. */
type ListingKind =
  | 'home'
  | 'muscles'
  | 'exercises'
  | 'complaints'
  | 'programs'
  | 'stride'
  | 'sources'
  | 'search'
  | 'not-found'
  | 'offline';

export type Page = PageBase &
  (
    | { kind: 'muscle'; entry: MuscleEntry }
    | {
        kind: 'exercise';
        entry: ExerciseEntry;
        /** The programs that use the exercise, for its "In these programs" section. */
        programs: PageLink[];
      }
    | { kind: 'program'; program: SiteProgram }
    | { kind: 'program-filter'; facet: ProgramFacetValue<SiteProgram> }
    | { kind: 'guide'; entry: GuideEntry }
    | { kind: 'complaint'; entry: ComplaintEntry }
    | { kind: 'browse'; facet: FacetValue<ExerciseEntry> }
    | { [K in ListingKind]: { kind: K } }[ListingKind]
  );
export type PageKind = Page['kind'];
export type PageOf<K extends PageKind> = Extract<Page, { kind: K }>;

const site = new URL(import.meta.env.SITE ?? 'https://stride-atlas.example');
const absolute = (path: string) => new URL(path, site).href;
const publisher = { name: SITE.name, url: absolute(urls.home()) };

/** Fills the defaults every page shares and derives the breadcrumb JSON-LD from the trail. */
function page<P extends Page>(
  draft: Omit<
    P,
    'docTitle' | 'sections' | 'noun' | 'prose' | 'jsonLd' | 'indexable' | 'savedOffline'
  > &
    Partial<Pick<P, 'docTitle' | 'sections' | 'noun' | 'prose' | 'indexable' | 'savedOffline'>> & {
      ld?: Thing[];
    },
): P {
  const { ld = [], ...rest } = draft;
  const trailLd = draft.trail && [
    breadcrumbLd([
      ...[{ label: 'Home', href: urls.home() }, ...draft.trail].map((c) => ({
        label: c.label,
        url: absolute(c.href),
      })),
      { label: draft.title, url: absolute(draft.path) },
    ]),
  ];
  return {
    docTitle: draft.title,
    sections: { before: [], after: [] },
    noun: 'page',
    prose: true,
    indexable: true,
    savedOffline: true,
    ...rest,
    jsonLd: [...(trailLd ?? []), ...ld],
  } as unknown as P;
}

/** Previous/next links through an ordered list of entries. */
function sequence<T extends { id: string; data: { name: string } }>(
  list: readonly T[],
  href: (id: string) => string,
) {
  const link = (item: T | undefined) => item && { label: item.data.name, href: href(item.id) };
  return (id: string) => {
    const { prev, next } = neighbours(list, id);
    return { prev: link(prev), next: link(next) };
  };
}

/**
 * Every page of the site from the validated content. Pure: `history` holds each content
 * file's last commit (by absolute path), so tests can build the model from any content.
 */
export function buildPages(
  graph: SiteGraph,
  guide: GuideEntry,
  index: SiteComplaints,
  programIndex: SiteProgramIndex,
  history: ReadonlyMap<string, Date>,
): Page[] {
  const modified = (entry: {
    filePath?: string | undefined;
    data: { updated?: Date | undefined };
  }) => entry.data.updated ?? (entry.filePath ? history.get(resolve(entry.filePath)) : undefined);
  const programEntries = programIndex.programs.map((p) => p.entry);
  const latest = newest(
    [...graph.muscles, ...graph.exercises, ...index.complaints, guide, ...programEntries].map(
      modified,
    ),
  );
  const facts = (path: string, name: string, description: string, date: Date | undefined) => ({
    name,
    description,
    url: absolute(path),
    image: absolute(urls.socialCard(path)),
    dateModified: date,
  });
  const muscleRef = (m: MuscleEntry) => ({ name: m.data.name, url: absolute(urls.muscle(m.id)) });
  const muscleSequence = sequence(graph.muscles, urls.muscle);
  const exerciseSequence = sequence(graph.exercises, urls.exercise);
  const complaintSequence = sequence(index.complaints, urls.complaint);
  const helpsWith = (shown: boolean) => (shown ? [asHeading(SECTIONS.helpsWith)] : []);
  const crumb = (label: string, href: string): PageLink => ({ label, href });
  const musclesCrumb = crumb('Muscles', urls.muscles());
  const exercisesCrumb = crumb('Exercises', urls.exercises());
  const complaintsCrumb = crumb('Complaints', urls.complaints());
  const programsCrumb = crumb('Programs', urls.programs());
  const programSequence = sequence(programEntries, urls.program);
  const listing = {
    trail: [] as PageLink[],
    prose: false,
    ogType: 'website' as const,
    searchDialog: true,
  };

  const muscles = graph.muscles.map((entry) => {
    const path = urls.muscle(entry.id);
    const { name, summary, tier, aliases, searchTerms } = entry.data;
    const date = modified(entry);
    return page<PageOf<'muscle'>>({
      kind: 'muscle',
      entry,
      path,
      title: name,
      docTitle: `${name}: anatomy, role in the stride and exercises`,
      description: summary,
      eyebrow: TIER_SINGULAR[tier],
      trail: [musclesCrumb],
      sections: {
        before: [asHeading(SECTIONS.atAGlance), asHeading(SECTIONS.inTheStride)],
        after: [
          ...muscleExerciseSections(graph, entry).map(asHeading),
          ...helpsWith(index.helpsWithMuscle(entry).length > 0),
          asHeading(SECTIONS.references),
        ],
      },
      ...muscleSequence(entry.id),
      noun: 'muscle group',
      ogType: 'article',
      searchDialog: true,
      search: { type: 'muscle', aliases, terms: searchTerms },
      card: { title: name, eyebrow: TIER_SINGULAR[tier], highlight: entry.id },
      lastModified: date,
      ld: [
        articleLd({ ...facts(path, name, summary, date), about: [muscleRef(entry)] }, publisher),
      ],
    });
  });

  const exercises = graph.exercises.map((entry) => {
    const path = urls.exercise(entry.id);
    const { name, summary, kind, aliases, searchTerms, dose, steps } = entry.data;
    const eyebrow = `${KIND_LABELS[kind]} exercise`;
    const date = modified(entry);
    const { primary, secondary } = graph.musclesOf(entry);
    const programs = programIndex
      .usedBy(entry.id)
      .map((p) => crumb(p.entry.data.name, urls.program(p.entry.id)));
    return page<PageOf<'exercise'>>({
      kind: 'exercise',
      entry,
      programs,
      path,
      title: name,
      docTitle: `${name}: how to do it, dose and progressions`,
      description: summary,
      eyebrow,
      trail: [exercisesCrumb],
      sections: {
        before: [
          asHeading(SECTIONS.atAGlance),
          asHeading(SECTIONS.demonstration),
          asHeading(SECTIONS.howToDoIt),
        ],
        after: [
          asHeading(SECTIONS.ladder),
          ...helpsWith(index.helpsWithExercise(entry).length > 0),
          ...(programs.length > 0 ? [asHeading(SECTIONS.inPrograms)] : []),
          asHeading(SECTIONS.references),
        ],
      },
      ...exerciseSequence(entry.id),
      noun: 'exercise',
      ogType: 'article',
      searchDialog: true,
      search: {
        type: 'exercise',
        filters: exerciseFilterValues(entry, graph),
        aliases,
        terms: searchTerms,
        meta: exerciseMeta(entry),
      },
      card: { title: name, eyebrow, demo: entry.id },
      lastModified: date,
      ld: [
        exercisePlanLd({
          ...facts(path, name, summary, date),
          about: [...primary, ...secondary].map(muscleRef),
          exerciseType: KIND_LABELS[kind],
          repetitions: dose.reps,
          workload: formatSetsAndReps(dose),
          activityFrequency: formatFrequency(dose),
          steps,
        }),
      ],
    });
  });

  const complaints = index.complaints.map((entry) => {
    const path = urls.complaint(entry.id);
    const { name, summary, aliases, searchTerms } = entry.data;
    const { eyebrow } = PAGE_COPY.complaint;
    const date = modified(entry);
    return page<PageOf<'complaint'>>({
      kind: 'complaint',
      entry,
      path,
      title: name,
      docTitle: `${name}: what helps, what to avoid and when to get help`,
      description: summary,
      eyebrow,
      trail: [complaintsCrumb],
      sections: {
        before: [asHeading(SECTIONS.seeAProfessional)],
        after: [
          asHeading(SECTIONS.musclesInvolved),
          asHeading(SECTIONS.evidencedExercises),
          asHeading(SECTIONS.whatToAvoid),
          asHeading(SECTIONS.references),
        ],
      },
      ...complaintSequence(entry.id),
      noun: 'complaint',
      ogType: 'article',
      searchDialog: true,
      search: { type: 'complaint', aliases, terms: searchTerms },
      card: { title: name, eyebrow },
      lastModified: date,
      ld: [
        complaintLd(
          {
            ...facts(path, name, summary, date),
            about: index.musclesOf(entry).map(({ muscle }) => muscleRef(muscle)),
            alternateNames: aliases,
          },
          publisher,
        ),
      ],
    });
  });

  const guideDate = modified(guide);
  const guidePage = page<PageOf<'guide'>>({
    kind: 'guide',
    entry: guide,
    path: urls.guide(),
    title: guide.data.title,
    description: guide.data.summary,
    eyebrow: PAGE_COPY.guide.eyebrow,
    trail: [],
    sections: { before: [], after: [asHeading(SECTIONS.references)] },
    ogType: 'article',
    searchDialog: true,
    search: { type: 'guide', terms: guide.data.searchTerms },
    card: { title: guide.data.title, eyebrow: PAGE_COPY.guide.eyebrow },
    lastModified: guideDate,
    ld: [
      articleLd(
        {
          ...facts(urls.guide(), guide.data.title, guide.data.summary, guideDate),
          about: graph.muscles.map(muscleRef),
        },
        publisher,
      ),
    ],
  });

  const browse = facetValues(graph).map((facet) => {
    const copy = browseCopy(facet);
    return page<PageOf<'browse'>>({
      kind: 'browse',
      facet,
      path: urls.exerciseFacet(facet.facet, facet.value),
      ...copy,
      eyebrow: PAGE_COPY.browse.eyebrow,
      ...listing,
      trail: [exercisesCrumb],
      card: { title: copy.title, eyebrow: PAGE_COPY.browse.eyebrow },
      lastModified: newest(facet.exercises.map(modified)),
    });
  });

  const programPages = programIndex.programs.map((program) => {
    const { entry, weeks } = program;
    const { name, summary, level, aliases, sessionsPerWeek, minutes } = entry.data;
    const path = urls.program(entry.id);
    const eyebrow = `${LEVEL_LABELS[level]} program · ${weeks.length} weeks`;
    const date = modified(entry);
    const frequency = `${sessionsPerWeek} session${sessionsPerWeek === 1 ? '' : 's'} a week`;
    return page<PageOf<'program'>>({
      kind: 'program',
      program,
      path,
      title: name,
      docTitle: `${name}: a ${weeks.length}-week strength program for runners`,
      description: summary,
      eyebrow,
      trail: [programsCrumb],
      sections: {
        before: [
          asHeading(SECTIONS.atAGlance),
          asHeading(SECTIONS.whereSessionsGo),
          asHeading(SECTIONS.progression),
        ],
        after: [
          ...weeks.map((w) => asHeading(weekSection(w.week))),
          asHeading(SECTIONS.references),
        ],
      },
      ...programSequence(entry.id),
      noun: 'program',
      ogType: 'article',
      searchDialog: true,
      search: {
        type: 'program',
        aliases,
        meta: { kind: `${weeks.length} weeks, ${frequency}`, level: LEVEL_LABELS[level] },
      },
      card: { title: name, eyebrow },
      lastModified: date,
      ld: [
        programPlanLd({
          ...facts(path, name, summary, date),
          exerciseType: 'Strength training for runners',
          activityFrequency: `${frequency} for ${weeks.length} weeks`,
          minutes,
          sessions: weeks.flatMap((w) =>
            w.sessions.map((s) => ({
              name: `Week ${w.week}, session ${s.name}`,
              url: absolute(`${path}#${weekSection(w.week).slug}`),
              workload: s.rows.map((r) => `${r.rung ?? r.exercise.data.name} ${r.dose}`).join('; '),
            })),
          ),
        }),
      ],
    });
  });

  const programFilters = programFacetValues(programIndex.programs).map((facet) => {
    const copy = programFilterCopy(facet);
    return page<PageOf<'program-filter'>>({
      kind: 'program-filter',
      facet,
      path: urls.programFacet(facet.facet, facet.value),
      ...copy,
      eyebrow: PAGE_COPY.programFilter.eyebrow,
      ...listing,
      trail: [programsCrumb],
      card: { title: copy.title, eyebrow: PAGE_COPY.programFilter.eyebrow },
      lastModified: newest(facet.programs.map((p) => modified(p.entry))),
    });
  });

  const stride = strideByPhase(graph.muscles);
  const { home, muscles: musclesCopy, exercises: exercisesCopy } = PAGE_COPY;
  return [
    page<PageOf<'home'>>({
      kind: 'home',
      path: urls.home(),
      title: home.title,
      description: home.description,
      eyebrow: home.eyebrow,
      ...listing,
      trail: undefined,
      card: { title: home.title, eyebrow: home.eyebrow },
      lastModified: latest,
    }),
    guidePage,
    page<PageOf<'muscles'>>({
      kind: 'muscles',
      path: urls.muscles(),
      title: musclesCopy.title,
      description: musclesCopy.description(tierCounts(graph.muscles)),
      eyebrow: musclesCopy.eyebrow,
      ...listing,
      card: { title: musclesCopy.title, eyebrow: musclesCopy.eyebrow },
      lastModified: newest(graph.muscles.map(modified)),
    }),
    ...muscles,
    page<PageOf<'stride'>>({
      kind: 'stride',
      path: urls.stride(),
      title: PAGE_COPY.stride.title,
      docTitle: PAGE_COPY.stride.docTitle,
      description: PAGE_COPY.stride.description,
      eyebrow: PAGE_COPY.stride.eyebrow,
      ...listing,
      sections: {
        before: [
          asHeading(SECTIONS.strideRunner),
          asHeading(SECTIONS.strideChart),
          ...stride.map(({ phase }) =>
            asHeading({ slug: phaseAnchor(phase), text: PHASE_LABELS[phase] }),
          ),
        ],
        after: [],
      },
      card: { title: PAGE_COPY.stride.title, eyebrow: PAGE_COPY.stride.eyebrow },
      lastModified: newest(graph.muscles.map(modified)),
    }),
    page<PageOf<'exercises'>>({
      kind: 'exercises',
      path: urls.exercises(),
      title: exercisesCopy.title,
      description: exercisesCopy.description(graph.exercises.length),
      eyebrow: exercisesCopy.eyebrow,
      ...listing,
      card: { title: exercisesCopy.title, eyebrow: exercisesCopy.eyebrow },
      lastModified: newest(graph.exercises.map(modified)),
    }),
    ...exercises,
    ...browse,
    page<PageOf<'complaints'>>({
      kind: 'complaints',
      path: urls.complaints(),
      title: PAGE_COPY.complaints.title,
      docTitle: PAGE_COPY.complaints.docTitle,
      description: PAGE_COPY.complaints.description,
      eyebrow: PAGE_COPY.complaints.eyebrow,
      ...listing,
      card: { title: PAGE_COPY.complaints.title, eyebrow: PAGE_COPY.complaints.eyebrow },
      lastModified: newest(index.complaints.map(modified)),
    }),
    ...complaints,
    page<PageOf<'programs'>>({
      kind: 'programs',
      path: urls.programs(),
      title: PAGE_COPY.programs.title,
      description: PAGE_COPY.programs.description(programIndex.programs.length),
      eyebrow: PAGE_COPY.programs.eyebrow,
      ...listing,
      card: { title: PAGE_COPY.programs.title, eyebrow: PAGE_COPY.programs.eyebrow },
      lastModified: newest(programEntries.map(modified)),
    }),
    ...programPages,
    ...programFilters,
    page<PageOf<'sources'>>({
      kind: 'sources',
      path: urls.sources(),
      title: PAGE_COPY.sources.title,
      docTitle: PAGE_COPY.sources.docTitle,
      description: PAGE_COPY.sources.description,
      eyebrow: PAGE_COPY.sources.eyebrow,
      ...listing,
      prose: true,
      card: { title: PAGE_COPY.sources.title, eyebrow: PAGE_COPY.sources.eyebrow },
      lastModified: latest,
    }),
    page<PageOf<'search'>>({
      kind: 'search',
      path: urls.search(),
      title: PAGE_COPY.search.title,
      description: PAGE_COPY.search.description,
      eyebrow: PAGE_COPY.search.eyebrow,
      ...listing,
      searchDialog: false,
      card: { title: PAGE_COPY.search.title, eyebrow: PAGE_COPY.search.eyebrow },
      lastModified: latest,
    }),
    page<PageOf<'not-found'>>({
      kind: 'not-found',
      path: urls.notFound(),
      title: PAGE_COPY.notFound.title,
      description: PAGE_COPY.notFound.description,
      eyebrow: PAGE_COPY.notFound.eyebrow,
      ...listing,
      trail: undefined,
      indexable: false,
      // Hosts answer unknown addresses with it; offline, the offline page takes its place.
      savedOffline: false,
      card: { title: home.title, eyebrow: home.eyebrow },
    }),
    page<PageOf<'offline'>>({
      kind: 'offline',
      path: urls.offline(),
      title: PAGE_COPY.offline.title,
      description: PAGE_COPY.offline.description,
      eyebrow: PAGE_COPY.offline.eyebrow,
      ...listing,
      trail: undefined,
      indexable: false,
      card: { title: PAGE_COPY.offline.title, eyebrow: PAGE_COPY.offline.eyebrow },
    }),
  ];
}
