import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentLoader, contentRoot } from './lib/content/loader';
import { contentSchemas, type ReferenceFn } from './lib/content/schemas';
import { poseFileSchema } from './lib/figure/pose/schema';
import { sourceSchema } from './lib/evidence/source-schema';
import { sourceIds } from './lib/evidence/source-files';
import { sourcesLoader } from './lib/evidence/sources-loader';

const schemas = contentSchemas(reference as unknown as ReferenceFn, sourceIds());

export const collections = {
  muscles: defineCollection({ loader: contentLoader('muscles'), schema: schemas.muscle }),
  exercises: defineCollection({ loader: contentLoader('exercises'), schema: schemas.exercise }),
  guide: defineCollection({ loader: contentLoader('guide'), schema: schemas.guide }),
  complaints: defineCollection({ loader: contentLoader('complaints'), schema: schemas.complaint }),
  programs: defineCollection({ loader: contentLoader('programs'), schema: schemas.program }),
  sources: defineCollection({ loader: sourcesLoader(), schema: sourceSchema }),
  /** Each exercise's demonstration: content/exercises/<id>.poses.yaml beside its MDX file. */
  poses: defineCollection({
    loader: glob({
      pattern: '*.poses.yaml',
      base: `${contentRoot()}/exercises`,
      generateId: ({ entry }) => entry.replace(/\.poses\.yaml$/, ''),
    }),
    schema: poseFileSchema,
  }),
};
