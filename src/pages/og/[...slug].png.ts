import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../lib/social-card';
import { pageCards, type PageCard } from '../../lib/social-cards';
import { urls } from '../../lib/urls';

export const getStaticPaths = (async () => {
  // The build benchmark times pages and cards apart; STRIDE_SOCIAL_CARDS=0 skips the cards.
  if (process.env['STRIDE_SOCIAL_CARDS'] === '0') return [];
  const cards = await pageCards();
  return cards.map((card) => ({
    params: { slug: urls.socialCard(card.path).replace(/^\/og\/|\.png$/g, '') },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PageCard }> = async ({ props }) => {
  const { title, kind, figure } = props.card;
  const png = await renderCard({ title, kind, figure });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
