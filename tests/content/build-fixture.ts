import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export interface BuildResult {
  ok: boolean;
  output: string;
}

/**
 * Builds the real site from a copy of content/ that `mutate` has changed, in its own cache
 * and output folders, and returns whether the build succeeded with everything it printed.
 */
export function buildWith(mutate: (dir: string) => void): BuildResult {
  // Inside the project, so Vite treats the copied content like the real content folder.
  const parent = join(root, '.cache', 'fixtures');
  mkdirSync(parent, { recursive: true });
  const work = mkdtempSync(join(parent, 'build-'));
  try {
    const content = join(work, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    mutate(content);
    const run = spawnSync(
      join(root, 'node_modules', '.bin', 'astro'),
      ['build', '--outDir', join(work, 'dist')],
      {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...process.env,
          PATH: `${join(root, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
          STRIDE_CONTENT_DIR: content,
          STRIDE_CACHE_DIR: join(work, 'cache'),
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
      },
    );
    return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Rewrites one content file in place. */
export function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}
