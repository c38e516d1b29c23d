import type { APIRoute, GetStaticPaths } from 'astro';
import { CARD_PALETTE } from '../../build/card-palette';
import { renderCard } from '../../build/social-card';
import { bodyMapSvg } from '../../lib/figure/svg';
import { getBodyMap } from '../../lib/figure/site-body-map';
import { endPoseSvg } from '../../lib/figure/site-demos';
import { getPages } from '../../lib/page-model/site-pages';
import type { Page } from '../../lib/page-model/pages';
import { urls } from '../../lib/urls';

// Cards are drawn outside the browser, so the figure takes the dark scheme's colours as values.
const palette = {
  body: CARD_PALETTE['--color-figure-body'],
  muscle: CARD_PALETTE['--color-figure-muscle'],
  highlight: CARD_PALETTE['--color-figure-active'],
};
const demoColours = {
  body: CARD_PALETTE['--color-figure-body'],
  far: CARD_PALETTE['--color-figure-far'],
  line: CARD_PALETTE['--color-figure-line'],
  primary: CARD_PALETTE['--color-figure-active'],
  secondary: CARD_PALETTE['--color-figure-secondary'],
  prop: CARD_PALETTE['--color-figure-prop'],
  floor: CARD_PALETTE['--color-figure-line'],
};

export const getStaticPaths = (async () => {
  // The build benchmark times pages and cards apart; STRIDE_SOCIAL_CARDS=0 skips the cards.
  if (process.env['STRIDE_SOCIAL_CARDS'] === '0') return [];
  return (await getPages())
    .filter((page) => page.indexable)
    .map((page) => ({
      params: { slug: urls.socialCard(page.path).replace(/^\/og\/|\.png$/g, '') },
      props: { card: page.card },
    }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Page['card'] }> = async ({ props }) => {
  const { title, eyebrow, highlight, demo } = props.card;
  let figure;
  if (demo) {
    figure = await endPoseSvg(demo, demoColours);
  } else if (highlight) {
    const map = await getBodyMap();
    const [, , width = 0, height = 0] = map.viewBox.split(' ').map(Number);
    figure = { svg: bodyMapSvg(map, { highlight, palette }), width, height };
  }
  const png = await renderCard({ title, eyebrow, figure });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
