import type { APIRoute } from 'astro';
import { siteManifest } from '../lib/page-model/manifest';

/** The page model for the build steps after rendering; src/build/integrations/page-manifest removes it from dist. */
export const GET: APIRoute = async () => Response.json(await siteManifest());
