import { aliasRedirects, type AliasRedirect } from './aliases';
import { readContentFiles, type ContentFile } from './content-files';
import { contentRoot } from './content-loader';
import { lastModifiedByFile, newest } from './last-modified';
import { urls } from './urls';

export interface SiteIndex {
  /** Friendly alias paths and where they land. */
  redirects: AliasRedirect[];
  /** When the content behind a page last changed; undefined for pages to leave out. */
  lastModified(path: string): Date | undefined;
  /** Whether a path is an alias redirect rather than a page of its own. */
  isRedirect(path: string): boolean;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function pagePath(file: ContentFile): string {
  if (file.collection === 'muscles') return urls.muscle(file.id);
  if (file.collection === 'exercises') return urls.exercise(file.id);
  return urls.guide();
}

/**
 * What the Astro config needs to know about the content before the content layer runs:
 * the alias redirects and the sitemap's dates. It reads the files directly; the build still
 * validates them, so a malformed file fails there with the full message.
 */
export function siteIndex(root: string = contentRoot()): SiteIndex {
  const files = readContentFiles(root);
  const dates = lastModifiedByFile(files, root);
  const byPath = new Map<string, Date>();
  for (const file of files) {
    const date = dates.get(file.filePath);
    if (date) byPath.set(pagePath(file), date);
  }
  const latest = newest(byPath.values());
  const redirects = aliasRedirects(
    files.flatMap((f) =>
      f.collection === 'guide'
        ? []
        : [
            {
              collection: f.collection,
              id: f.id,
              filePath: f.filePath,
              name: text(f.frontmatter['name']),
              aliases: list(f.frontmatter['aliases']),
            },
          ],
    ),
  );
  const redirectPaths = new Set(redirects.map((r) => r.from));
  return {
    redirects,
    isRedirect: (path) => redirectPaths.has(path),
    // Pages that gather many entries (home, lists, browse pages) changed when any entry did.
    lastModified: (path) => (redirectPaths.has(path) ? undefined : (byPath.get(path) ?? latest)),
  };
}
