import type { Loader } from 'astro/loaders';
import { readSources } from './source-files';

/** Loads the merged bibliography into the `sources` collection, one entry per source. */
export function sourcesLoader(): Loader {
  return {
    name: 'stride-atlas:sources',
    load: async ({ store, parseData, watcher }) => {
      store.clear();
      for (const raw of readSources()) {
        const data = await parseData({ id: raw.id, data: raw });
        store.set({ id: raw.id, data });
      }
      watcher?.add('./content');
    },
  };
}
