import type { APIRoute } from 'astro';
import { getRunner } from '../../lib/figure/site-runner';

/** The runner's motion and each group's lighting, for the stride view and the muscle pages. */
export const GET: APIRoute = async () =>
  new Response((await getRunner()).css, { headers: { 'Content-Type': 'text/css' } });
