import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  symlinkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, sep } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** What a build reads from the project besides node_modules. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content'];

export interface BuildResult {
  ok: boolean;
  output: string;
  /** Reads a file from the fixture's built site, while it still exists. */
  files: Map<string, Buffer>;
}

/**
 * Builds the real site from a copy of content/ that `mutate` has changed, in its own cache
 * and output folders, and returns whether the build succeeded with everything it printed.
 * Social cards are skipped unless asked for.
 */
export async function buildWith(
  mutate: (dir: string) => void,
  keep: (file: string) => boolean = () => false,
  { cards = false }: { cards?: boolean } = {},
): Promise<BuildResult> {
  // Each fixture is a project of its own: Astro writes its content modules to `<root>/.astro/`,
  // which no setting moves, so builds sharing one root read each other's content. A copy of the
  // small source folders (a few milliseconds) lets two fixtures build at once.
  const parent = join(root, '.cache', 'fixtures');
  mkdirSync(parent, { recursive: true });
  const work = mkdtempSync(join(parent, 'build-'));
  try {
    for (const item of PROJECT_FILES) cpSync(join(root, item), join(work, item), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
    const content = join(work, 'content');
    mutate(content);
    const run = await runBuild(
      join(root, 'node_modules', '.bin', 'astro'),
      ['build', '--outDir', join(work, 'dist')],
      {
        cwd: work,
        env: {
          ...process.env,
          PATH: `${join(root, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
          STRIDE_CONTENT_DIR: content,
          STRIDE_CACHE_DIR: join(work, 'cache'),
          // Cards take a second or two per build and say nothing about content errors.
          STRIDE_SOCIAL_CARDS: cards ? '1' : '0',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
      },
    );
    const files = new Map<string, Buffer>();
    const out = join(work, 'dist');
    if (run.status === 0) {
      for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
        const path = join(out, file);
        if (keep(file) && statSync(path).isFile()) files.set(file.split(sep).join('/'), readFileSync(path));
      }
    }
    return { ok: run.status === 0, output: run.output, files };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Runs a build as a child process and collects everything it prints. */
function runBuild(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Rewrites one content file in place. */
export function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}
