import { readFile, rm } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import type { SiteManifest } from '../../lib/page-model/manifest';

const FILE = 'page-manifest.json';

/**
 * Reads the page model's manifest out of the build and deletes the file, so that later
 * build steps (sitemap dates, alias pages) use the validated content instead of reading the
 * content folder a second time. Register it before the integrations that read `manifest`.
 */
export function pageManifest() {
  const state: { manifest?: SiteManifest } = {};
  const integration: AstroIntegration = {
    name: 'stride-atlas:page-manifest',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const file = new URL(FILE, dir);
        state.manifest = JSON.parse(await readFile(file, 'utf8')) as SiteManifest;
        await rm(file);
      },
    },
  };
  const manifest = (): SiteManifest => {
    if (!state.manifest) throw new Error('the page manifest is read only after the build');
    return state.manifest;
  };
  let byPath: Map<string, SiteManifest['pages'][number]> | undefined;
  /** One page's facts by its path, for the sitemap's per-URL callback. */
  const page = (path: string) => {
    byPath ??= new Map(manifest().pages.map((p) => [p.path, p]));
    return byPath.get(path);
  };
  return { integration, manifest, page, file: FILE };
}
