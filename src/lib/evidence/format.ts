import type { SourceData } from './source-schema';

/** "Hamner SR, Seth A, Delp SL" shortened for labels: "Hamner et al." */
export function shortAuthors(authors: string): string {
  const names = authors.split(',').map((a) => a.trim().split(' ')[0] ?? a);
  if (names.length === 1) return names[0] ?? authors;
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]} et al.`;
}

/** "Hamner et al. 2010", the label a citation link is read out as. */
export const citeLabel = (s: Pick<SourceData, 'authors' | 'year'>) =>
  `${shortAuthors(s.authors)} ${s.year}`;

/** The DOI as a link target. */
export const doiUrl = (doi: string) => `https://doi.org/${doi}`;
