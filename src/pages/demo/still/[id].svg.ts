import type { APIRoute, GetStaticPaths } from 'astro';
import { STILL_PALETTE } from '../../../build/still-palette';
import { endPoseSvg } from '../../../lib/figure/site-demos';
import { getPrograms } from '../../../lib/programs/site-programs';

const colours = {
  body: STILL_PALETTE['--color-figure-body'],
  far: STILL_PALETTE['--color-figure-far'],
  line: STILL_PALETTE['--color-figure-line'],
  primary: STILL_PALETTE['--color-figure-active'],
  secondary: STILL_PALETTE['--color-figure-secondary'],
  prop: STILL_PALETTE['--color-figure-prop'],
  floor: STILL_PALETTE['--color-figure-line'],
};

/** A still of every exercise a program uses: its end pose, one small file each, cached. */
export const getStaticPaths = (async () => {
  const { programs } = await getPrograms();
  const ids = new Set(programs.flatMap((p) => p.exercises.map((e) => e.id)));
  return [...ids].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { svg } = await endPoseSvg(params['id'] ?? '', colours, STILL_PALETTE['--color-surface']);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
