import { defineCollection, reference } from 'astro:content';
import { contentLoader } from './lib/content/loader';
import { contentSchemas, type ReferenceFn } from './lib/content/schemas';
import { sourceSchema } from './lib/evidence/source-schema';
import { sourceIds } from './lib/evidence/source-files';
import { sourcesLoader } from './lib/evidence/sources-loader';

const schemas = contentSchemas(reference as unknown as ReferenceFn, sourceIds());

export const collections = {
  muscles: defineCollection({ loader: contentLoader('muscles'), schema: schemas.muscle }),
  exercises: defineCollection({ loader: contentLoader('exercises'), schema: schemas.exercise }),
  guide: defineCollection({ loader: contentLoader('guide'), schema: schemas.guide }),
  programs: defineCollection({ loader: contentLoader('programs'), schema: schemas.program }),
  sources: defineCollection({ loader: sourcesLoader(), schema: sourceSchema }),
};
