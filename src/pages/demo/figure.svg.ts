import type { APIRoute } from 'astro';
import { spriteSvg } from '../../lib/figure/pose/render';

/** The body shapes every demonstration uses, fetched once and cached by the browser. */
export const GET: APIRoute = () =>
  new Response(spriteSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
