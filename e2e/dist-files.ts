import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const dist = join(import.meta.dirname, '..', 'dist');

/** Every built HTML page as a URL path ("/muscles/glutes/"), with its markup. */
export function builtPages(): { path: string; html: string }[] {
  const pages: { path: string; html: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(dist, full).replace(/\\/g, '/');
        const path = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
        pages.push({ path, html: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(dist);
  return pages;
}

/** Alias redirects as the build wrote them to _redirects (the slash-terminated forms). */
export function aliasRedirects(): { from: string; to: string }[] {
  return readFileSync(join(dist, '_redirects'), 'utf8')
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([from]) => from?.endsWith('/'))
    .map(([from, to]) => ({ from: from ?? '', to: to ?? '' }));
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = bytes.subarray(0, 8).toString('hex');
  if (signature !== '89504e470d0a1a0a') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
