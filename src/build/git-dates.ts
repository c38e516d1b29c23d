import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * When each file under `root` last changed in git, keyed by absolute path, from one `git log`
 * over the folder rather than one process per file (the build benchmark has thousands of
 * files). Files git does not know, or a checkout without git, simply have no date.
 */
export function gitDates(root: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', '.'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    let current: Date | undefined;
    for (const line of log.split('\n')) {
      if (line.startsWith('\0')) current = new Date(line.slice(1));
      else if (line && current) {
        const file = resolve(top, line);
        if (!dates.has(file)) dates.set(file, current);
      }
    }
  } catch {
    // Not a git checkout: no dates from history.
  }
  return dates;
}

/** The newest of several dates, for pages that gather many files (indexes, browse pages). */
export function newest(dates: Iterable<Date | undefined>): Date | undefined {
  let best: Date | undefined;
  for (const d of dates) if (d && (!best || d > best)) best = d;
  return best;
}
