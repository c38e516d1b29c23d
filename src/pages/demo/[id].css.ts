import type { APIRoute, GetStaticPaths } from 'astro';
import { getDemos } from '../../lib/figure/site-demos';
import type { ExerciseDemo } from '../../lib/figure/pose/demo';

/**
 * Each exercise's animation as a stylesheet of its own: the pose numbers as CSS keyframes. The
 * Content-Security-Policy allows no inline style, so the page links this file.
 */
export const getStaticPaths = (async () =>
  [...(await getDemos()).values()].map((demo) => ({
    params: { id: demo.id },
    props: { css: demo.css },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ css: ExerciseDemo['css'] }> = ({ props }) =>
  new Response(props.css, { headers: { 'Content-Type': 'text/css' } });
