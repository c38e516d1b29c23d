import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { mirrorPath, parsePath, type Segment } from './svg-path';

/**
 * The anatomy drawing behind the body map. The muscle shapes come from the MIT-licensed
 * react-muscle-highlighter package (see THIRD-PARTY-NOTICES.md), read at build time straight
 * from its asset files: the package's entry point imports React, and none of React may reach
 * the site. The package draws the front in x 0-724 and the back in x 724-1448 of one
 * 1448-unit-tall coordinate space, so both views can share one SVG without any transform.
 */

export const VIEWS = ['front', 'back'] as const;
export type View = (typeof VIEWS)[number];

/** Where each view's module lives in the package and what it exports. */
const SOURCES: Record<View, { file: string; name: string }> = {
  front: { file: 'bodyFront.js', name: 'bodyFront' },
  back: { file: 'bodyBack.js', name: 'bodyBack' },
};

/** The vertical line each view is drawn symmetrically about. */
const MIDLINE: Record<View, number> = { front: 364, back: 1084 };

/**
 * Shapes the package lacks, drawn in its style: one side's outline, mirrored for the other.
 * The hip flexors sit in the crease between the obliques and the top of the thigh, over the
 * upper ends of the inner-thigh strips, which belong to no group on this site.
 */
const DRAWN: Record<View, Record<string, string>> = {
  front: {
    'hip-flexors':
      'M256 641C262 633 272 634 281 644C292 655 303 667 312 679C316 685 320 691 323 698' +
      'C310 696 296 690 285 683C278 678 273 671 268 663C262 657 258 650 256 641Z',
  },
  back: {},
};

const partSchema = z.object({
  slug: z.string().min(1),
  path: z.object({
    left: z.array(z.string()).optional(),
    right: z.array(z.string()).optional(),
    common: z.array(z.string()).optional(),
  }),
});
const viewSchema = z.array(partSchema).min(1);

/** One named part of a view (a muscle, the head, a hand) as absolute path segments. */
export interface ArtworkPart {
  view: View;
  slug: string;
  /** One entry per closed shape: left side, right side, or a shape on the midline. */
  shapes: Segment[][];
}

export type Artwork = Record<View, ArtworkPart[]>;

/** The folder of the package's view modules, found without loading its React entry point. */
function assetsDir(): string {
  const entry = createRequire(import.meta.url).resolve('react-muscle-highlighter');
  // The CommonJS entry is dist/cjs/index.js; the ES modules sit beside it in dist/esm.
  return join(dirname(entry), '..', 'esm', 'assets');
}

/** Checks one view module's export and turns it into parts, adding the shapes drawn here. */
export function artworkView(
  view: View,
  exported: unknown,
  source: string = view,
  drawn: Readonly<Record<string, string>> = DRAWN[view],
): ArtworkPart[] {
  const parsed = viewSchema.safeParse(exported);
  if (!parsed.success) {
    throw new Error(`body artwork (${source}) has an unexpected shape: ${parsed.error.message}`);
  }
  const parts = parsed.data.map(({ slug, path }) => ({
    view,
    slug,
    shapes: [...(path.left ?? []), ...(path.right ?? []), ...(path.common ?? [])].map((d) =>
      parsePath(d),
    ),
  }));
  const added = Object.entries(drawn).map(([slug, d]) => {
    const side = parsePath(d);
    return { view, slug, shapes: [side, mirrorPath(side, MIDLINE[view])] };
  });
  return [...parts, ...added];
}

let artwork: Promise<Artwork> | undefined;

/** Reads both views once per build. */
export function loadArtwork(): Promise<Artwork> {
  artwork ??= (async () => {
    const dir = assetsDir();
    const read = async (view: View) => {
      const { file, name } = SOURCES[view];
      const module = (await import(
        /* @vite-ignore */ pathToFileURL(join(dir, file)).href
      )) as Record<string, unknown>;
      return artworkView(view, module[name], file);
    };
    const [front, back] = await Promise.all(VIEWS.map(read));
    return { front: front ?? [], back: back ?? [] };
  })();
  return artwork;
}
