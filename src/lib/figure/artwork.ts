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
 * upper ends of the inner-thigh strips. On the back, the fibularis muscles run down the outer
 * edge of the lower leg to behind the outer ankle bone, and tibialis posterior shows on the
 * inner edge above the inner ankle bone, each a few units clear of the calf shapes.
 */
const DRAWN: Record<View, Record<string, string>> = {
  front: {
    'hip-flexors':
      'M256 641C262 633 272 634 281 644C292 655 303 667 312 679C316 685 320 691 323 698' +
      'C310 696 296 690 285 683C278 678 273 671 268 663C262 657 258 650 256 641Z',
  },
  back: {
    fibularis:
      'M967 1086C966.5 1087.5 963.5 1099.5 964 1110C964.5 1120.5 968 1135 970.5 1150' +
      'C973 1165 975 1182 978 1200C981.5 1218 988.5 1254 990 1258C992 1262 990.5 1237.5 988.5 1224' +
      'C987 1210.5 982 1192 979.5 1178C977 1164 976 1153 974 1140C972 1127 968.5 1109 967.5 1100' +
      'C966.5 1091 967.5 1084.5 967 1086Z',
    'tibialis-posterior':
      'M1036 1141C1037 1143 1038.5 1155.5 1038.5 1168C1038.5 1180.5 1038 1199.5 1035.5 1215' +
      'C1033.5 1230.5 1026 1259 1025 1261C1024 1263 1027.5 1238.5 1028.5 1226' +
      'C1029.5 1213.5 1031 1196.5 1031.5 1185C1032 1173.5 1031 1163.5 1031.5 1156' +
      'C1032.5 1148.5 1035 1139 1036 1141Z',
  },
};

/**
 * Package shapes redrawn here, by slug and by their index in the package's left-side list
 * (its right-side list holds the mirror images in the same order). The two long inner-thigh
 * strips of the adductors run up under the hip flexors drawn above, so they are cut short a
 * few units below them, following the hip flexors' lower edge; the rest of each outline is the
 * package's, traced.
 */
const TRIMMED: Record<View, Record<string, Record<number, string>>> = {
  front: {
    adductors: {
      0:
        'M323.7 702.4L336.7 731L345.4 759.7L344.4 766.1L340.9 773.3L336.5 778L332.4 779.4' +
        'L301 696.2Z',
      1:
        'M288.8 690L303.6 725L316.1 758.3L326 789.7L332.6 816.4L336.2 839.6L337.2 861.1L335.6 881' +
        'L331.4 898.4L328.1 873.7L321.4 841.9L302.1 762.2L281.9 685.8Z',
    },
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
  trimmed: Readonly<Record<string, Readonly<Record<number, string>>>> = TRIMMED[view],
): ArtworkPart[] {
  const parsed = viewSchema.safeParse(exported);
  if (!parsed.success) {
    throw new Error(`body artwork (${source}) has an unexpected shape: ${parsed.error.message}`);
  }
  const parts = parsed.data.map(({ slug, path }) => {
    const left = (path.left ?? []).map((d) => parsePath(d));
    const right = (path.right ?? []).map((d) => parsePath(d));
    for (const [key, d] of Object.entries(
      Object.hasOwn(trimmed, slug) ? (trimmed[slug] ?? {}) : {},
    )) {
      const index = Number(key);
      if (index >= left.length || index >= right.length) {
        throw new Error(`body artwork (${source}) has no shape ${index} of "${slug}" to redraw`);
      }
      left[index] = parsePath(d);
      right[index] = mirrorPath(left[index] ?? [], MIDLINE[view]);
    }
    return {
      view,
      slug,
      shapes: [...left, ...right, ...(path.common ?? []).map((d) => parsePath(d))],
    };
  });
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
