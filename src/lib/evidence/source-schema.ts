import { z } from 'astro/zod';

/** How a source was made; shown beside each reference. */
export const SOURCE_KINDS = [
  'study',
  'review',
  'meta-analysis',
  'consensus',
  'book',
  'dataset',
] as const;

/** One entry of the bibliography, as written in content/sources*.yaml plus our own notes. */
export const sourceSchema = z.strictObject({
  /** Stable id that pages cite, e.g. "hamner-2010". */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Author list as printed in the record, e.g. "Hamner SR, Seth A, Delp SL". */
  authors: z.string().min(3),
  /** Year of the issue the paper appeared in. */
  year: z.int().min(1900).max(2100),
  /** Title exactly as published. */
  title: z.string().min(5),
  /** Journal, or publisher for a book. */
  venue: z.string().min(3),
  /** Volume, issue and pages, only where a checked page showed them. */
  volume_pages: z.string().optional(),
  /** DOI, only where a checked page showed it. */
  doi: z
    .string()
    .regex(/^10\.\d{4,}\/\S+$/)
    .optional(),
  /** What sort of source it is. */
  kind: z.enum(SOURCE_KINDS),
  /** Subject tags, for authors looking for a source. */
  topics: z.array(z.string()).default([]),
  /** What the source found, in the checker's words: read before citing, never quote. */
  finding: z.string().min(20),
  /** The public page that confirmed authors, year, title and venue. */
  verified_by: z.string().url(),
  /** Other pages used where one did not show everything. */
  also_checked: z.array(z.string()).default([]),
  /** Corrections, conflicts and limits of the check. */
  note: z.string().optional(),
  /** What it found in one sentence of the site's own words, shown on /sources/. */
  says: z.string().min(20).max(300),
  /** Why it is listed though no page cites it; absent for sources that pages cite. */
  background: z.string().min(10).optional(),
  /** Which file the entry came from: the shared copy or the site's own additions. */
  origin: z.enum(['shared', 'added']),
});

export type SourceData = z.infer<typeof sourceSchema>;

/** Evidence grades a claim can carry; strong evidence carries no label. */
export const GRADE_LEVELS = ['mixed', 'limited'] as const;
export type GradeLevel = (typeof GRADE_LEVELS)[number];

/**
 * The frontmatter fields that cite: lists of source ids per claim and optional grades. The
 * set of known ids is passed in, so an unknown id fails validation at the field that has it.
 */
export function citationSchemas(known: ReadonlySet<string>) {
  const sourceId = z.string().superRefine((id, ctx) => {
    if (!known.has(id)) {
      ctx.addIssue({
        code: 'custom',
        message: `no source has the id "${id}": add it to content/sources-added.yaml first`,
      });
    }
  });
  /** At least one source id for a claim. */
  const ids = z.array(sourceId).min(1);
  /** A visible evidence label and the one line that explains it. */
  const grade = z.strictObject({
    /** "mixed" when studies disagree, "limited" when there are few or indirect ones. */
    level: z.enum(GRADE_LEVELS),
    /** One short line on why, shown next to the label. */
    why: z.string().min(10).max(200),
  });
  return { ids, grade };
}
