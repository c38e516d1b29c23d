import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_PALETTE as C } from './card-palette';
import { SITE } from '../lib/site';

import { CARD_HEIGHT, CARD_WIDTH } from '../lib/page-model/card';

/** A page's card with its figure already drawn as SVG. */
export interface CardArt {
  /** The page's name, set large. */
  title: string;
  /** The small label above the title, e.g. "Primary muscle group". */
  eyebrow: string;
  /** Optional SVG shown on the right, e.g. the body figure with a group highlighted. */
  figure?: { svg: string; width: number; height: number } | undefined;
}

const require = createRequire(import.meta.url);
const font = (file: string) => readFile(require.resolve(file));

let fonts:
  Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;
function loadFonts() {
  // Fonts come from npm packages: satori reads WOFF, never anything from the network.
  fonts ??= Promise.all([
    font('@fontsource/inter/files/inter-latin-400-normal.woff'),
    font('@fontsource/inter/files/inter-latin-700-normal.woff'),
    font('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff'),
  ]).then(([regular, bold, serif]) => [
    { name: 'Inter', data: regular, weight: 400, style: 'normal' },
    { name: 'Inter', data: bold, weight: 700, style: 'normal' },
    { name: 'Source Serif', data: serif, weight: 700, style: 'normal' },
  ]);
  return fonts;
}

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children?: unknown, extra = {}): Node => ({
  type,
  props: { style, children, ...extra },
});

/** The figure, scaled to fit a 400 × 630 panel on the right with a margin. */
function figurePanel(figure: NonNullable<CardArt['figure']>): Node {
  const scale = Math.min(340 / figure.width, 560 / figure.height);
  const width = Math.round(figure.width * scale);
  const height = Math.round(figure.height * scale);
  const src = `data:image/svg+xml;base64,${Buffer.from(figure.svg).toString('base64')}`;
  return h(
    'div',
    {
      display: 'flex',
      width: 400,
      alignItems: 'center',
      justifyContent: 'center',
      background: C['--color-surface'],
    },
    [h('img', { width, height }, undefined, { src, width, height })],
  );
}

function template({ title, eyebrow, figure }: CardArt): Node {
  const titleSize = title.length > 40 ? 64 : title.length > 22 ? 80 : 96;
  return h(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      background: C['--color-bg'],
      color: C['--color-text'],
      fontFamily: 'Inter',
      borderTop: `16px solid ${C['--color-accent']}`,
    },
    [
      h(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          flex: 1,
          padding: '64px 72px',
        },
        [
          h('div', { display: 'flex', alignItems: 'center', fontSize: 34, fontWeight: 700 }, [
            h('div', {
              width: 44,
              height: 44,
              borderRadius: 22,
              background: C['--color-accent'],
              marginRight: 18,
            }),
            SITE.name,
          ]),
          h('div', { display: 'flex', flexDirection: 'column' }, [
            h(
              'div',
              {
                fontSize: 30,
                fontWeight: 700,
                color: C['--color-accent'],
                textTransform: 'uppercase',
                letterSpacing: 3,
                marginBottom: 20,
              },
              eyebrow,
            ),
            h(
              'div',
              {
                fontFamily: 'Source Serif',
                fontSize: titleSize,
                fontWeight: 700,
                lineHeight: 1.08,
              },
              title,
            ),
          ]),
          h('div', { fontSize: 28, color: C['--color-muted'] }, SITE.tagline),
        ],
      ),
      ...(figure ? [figurePanel(figure)] : []),
    ],
  );
}

// The renderer's own code is part of the cache key, so a changed template redraws every card.
const templateHash = createHash('sha256')
  .update(await readFile(fileURLToPath(import.meta.url)))
  .digest('hex')
  .slice(0, 12);
const cacheDir = join(process.env['STRIDE_CACHE_DIR'] ?? 'node_modules/.astro', 'social-cards');

/** The PNG for one card, drawn once and then read back from the cache while its input holds. */
export async function renderCard(input: CardArt): Promise<Buffer> {
  const key = createHash('sha256').update(templateHash).update(JSON.stringify(input)).digest('hex');
  const file = join(cacheDir, `${key}.png`);
  try {
    const cached = await readFile(file);
    return cached;
  } catch {
    // Not drawn yet.
  }
  const svg = await satori(template(input) as never, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadFonts(),
  });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
  await mkdir(cacheDir, { recursive: true });
  await writeFile(file, png);
  return png;
}
