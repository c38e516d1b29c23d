import { getAtlas, getBodyMap, getGuide } from './atlas';
import { bodyMapSvg } from './body-svg';
import { CARD_PALETTE } from './card-palette';
import { browseCopy } from './browse-copy';
import { facetValues } from './facets';
import { PAGE_COPY } from './page-copy';
import type { CardInput } from './social-card';
import { KIND_LABELS, TIER_SINGULAR } from './taxonomy';
import { urls } from './urls';

export interface PageCard extends CardInput {
  /** The page the card belongs to. */
  path: string;
}

/** One social card per page of the site, computed from the same data as the pages. */
export async function pageCards(): Promise<PageCard[]> {
  const [atlas, guide, map] = await Promise.all([getAtlas(), getGuide(), getBodyMap()]);
  const [, , width = 0, height = 0] = map.viewBox.split(' ').map(Number);
  const palette = {
    body: CARD_PALETTE['--color-figure-body'],
    muscle: CARD_PALETTE['--color-figure-muscle'],
    highlight: CARD_PALETTE['--color-figure-active'],
  };
  return [
    { path: urls.home(), title: PAGE_COPY.home.eyebrow, kind: PAGE_COPY.home.title },
    { path: urls.guide(), title: guide.data.title, kind: PAGE_COPY.guide.eyebrow },
    { path: urls.muscles(), title: PAGE_COPY.muscles.title, kind: PAGE_COPY.muscles.eyebrow },
    ...atlas.muscles.map((m) => ({
      path: urls.muscle(m.id),
      title: m.data.name,
      kind: TIER_SINGULAR[m.data.tier],
      figure: { svg: bodyMapSvg(map, { highlight: m.id, palette }), width, height },
    })),
    { path: urls.stride(), title: PAGE_COPY.stride.title, kind: PAGE_COPY.stride.eyebrow },
    { path: urls.exercises(), title: PAGE_COPY.exercises.title, kind: PAGE_COPY.exercises.eyebrow },
    { path: urls.search(), title: PAGE_COPY.search.eyebrow, kind: PAGE_COPY.search.title },
    ...atlas.exercises.map((e) => ({
      path: urls.exercise(e.id),
      title: e.data.name,
      kind: `${KIND_LABELS[e.data.kind]} exercise`,
    })),
    ...facetValues(atlas).map((v) => ({
      path: urls.exerciseFacet(v.facet, v.value),
      title: browseCopy(v).title,
      kind: PAGE_COPY.browse.eyebrow,
    })),
  ];
}
