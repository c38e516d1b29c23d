import { PHASES } from '../content/taxonomy';
import { STRENGTH_SCHEDULE } from '../training/schedule';
import type { GradeLevel } from './source-schema';

/** Components authors place in MDX that cite sources themselves, with the ids they cite. */
export const CITING_COMPONENTS: Record<string, readonly string[]> = {
  StrengthSchedule: STRENGTH_SCHEDULE.sources,
};

export interface Claim {
  /** The frontmatter key under `sources`: a stride phase, "speed" or "dose". */
  key: string;
  ids: readonly string[];
  grade?: { level: GradeLevel; why: string } | undefined;
}

interface Cited {
  sources?: Partial<Record<string, readonly string[]>>;
  grades?: Partial<Record<string, { level: GradeLevel; why: string }>>;
}

/** A muscle page's frontmatter claims, in the order the page shows them. */
export function muscleClaims(data: Cited & { stride: { phases: { phase: string }[] } }): Claim[] {
  const listed = new Set(data.stride.phases.map((p) => p.phase));
  const keys = [...PHASES.filter((p) => listed.has(p)), 'speed'];
  return keys.map((key) => ({ key, ids: data.sources?.[key] ?? [], grade: data.grades?.[key] }));
}

/** An exercise page's frontmatter claims: its dose. */
export function exerciseClaims(data: Cited): Claim[] {
  return [{ key: 'dose', ids: data.sources?.['dose'] ?? [], grade: data.grades?.['dose'] }];
}

interface CitedComplaint {
  redFlags: readonly { sources?: readonly string[] | undefined }[];
  exercises: readonly { sources: readonly string[] }[];
  avoid: readonly { sources?: readonly string[] | undefined }[];
  sources: readonly string[];
}

/**
 * A complaint page's frontmatter claims, split by where they render: the red flags and the
 * page's main sources before the body, the exercises and what to avoid after it. Lines that
 * make no claim carry no sources and are left out.
 */
export function complaintClaims(data: CitedComplaint): { before: Claim[]; after: Claim[] } {
  const listed = (field: string, items: readonly { sources?: readonly string[] | undefined }[]) =>
    items.flatMap((item, i) =>
      item.sources ? [{ key: `${field}[${i}]`, ids: item.sources }] : [],
    );
  return {
    before: [...listed('redFlags', data.redFlags), { key: 'sources', ids: data.sources }],
    after: [...listed('exercises', data.exercises), ...listed('avoid', data.avoid)],
  };
}

/**
 * A program page's frontmatter claims in the order the page shows them: its structure (at a
 * glance), the scheduling model (where the sessions go), then its progression.
 */
export function programClaims(data: Cited): Claim[] {
  return [
    { key: 'structure', ids: data.sources?.['structure'] ?? [], grade: data.grades?.['structure'] },
    { key: 'schedule', ids: STRENGTH_SCHEDULE.sources, grade: STRENGTH_SCHEDULE.grade },
    {
      key: 'progression',
      ids: data.sources?.['progression'] ?? [],
      grade: data.grades?.['progression'],
    },
  ];
}

const TAG = /<Cite\s+id="([^"]*)"\s*\/>|<([A-Z][A-Za-z]*)\b[^>]*\/?>/g;

/** Every citation in an MDX body, in reading order, components' own citations included. */
export function bodyCitations(body: string): string[] {
  return [...body.matchAll(TAG)].flatMap(([, cite, component]) =>
    cite !== undefined ? [cite] : [...(CITING_COMPONENTS[component ?? ''] ?? [])],
  );
}

/**
 * A page's reference list: each cited id once, numbered by first use, with how many times it
 * is cited (one back-link per use), in the order the page renders them: the frontmatter
 * claims shown before the body, the body, then those shown after it.
 */
export function pageCitations(
  claims: readonly Claim[],
  body: string,
  after: readonly Claim[] = [],
) {
  const order = [
    ...claims.flatMap((c) => c.ids),
    ...bodyCitations(body),
    ...after.flatMap((c) => c.ids),
  ];
  const uses = new Map<string, number>();
  for (const id of order) uses.set(id, (uses.get(id) ?? 0) + 1);
  return [...uses].map(([id, count], index) => ({ id, number: index + 1, uses: count }));
}

/** Anchor of a reference list item. */
export const refAnchor = (id: string) => `ref-${id}`;
/** Anchor of the n-th citation of a source on a page, for back-links. */
export const citeAnchor = (id: string, use: number) => `cite-${id}-${use}`;
