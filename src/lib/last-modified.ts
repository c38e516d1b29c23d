import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { ContentFile } from './content-files';
import { contentRoot } from './content-loader';

/**
 * When each content file last changed in git, from one `git log` over the content folder
 * rather than one process per file (the build benchmark has thousands of files). Files git
 * does not know, or a checkout without git, simply have no date.
 */
function gitDates(root: string): Map<string, Date> {
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

/** Each file's last meaningful change, keyed by its filePath: `updated`, else its last commit. */
export function lastModifiedByFile(files: readonly ContentFile[], root: string): Map<string, Date> {
  const fromGit = gitDates(root);
  const dates = new Map<string, Date>();
  for (const file of files) {
    const updated = file.frontmatter['updated'];
    const date = updated ? new Date(String(updated)) : fromGit.get(resolve(file.filePath));
    if (date && !Number.isNaN(date.getTime())) dates.set(file.filePath, date);
  }
  return dates;
}

/** The newest of several dates, for pages that gather many files (indexes, browse pages). */
export function newest(dates: Iterable<Date>): Date | undefined {
  let best: Date | undefined;
  for (const d of dates) if (!best || d > best) best = d;
  return best;
}

let history: Map<string, Date> | undefined;

/**
 * A content entry's last meaningful change, for pages rendering one entry: its `updated`
 * field, else its last commit. Git is asked once per build, and only if some entry needs it.
 */
export function entryLastModified(entry: {
  filePath?: string | undefined;
  data: { updated?: Date | undefined };
}): Date | undefined {
  if (entry.data.updated) return entry.data.updated;
  if (!entry.filePath) return undefined;
  history ??= gitDates(contentRoot());
  return history.get(resolve(entry.filePath));
}
