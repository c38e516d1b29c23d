import { defineCollection, reference } from 'astro:content';
import { contentLoader } from './lib/content/loader';
import { contentSchemas, type ReferenceFn } from './lib/content/schemas';

const schemas = contentSchemas(reference as unknown as ReferenceFn);

export const collections = {
  muscles: defineCollection({ loader: contentLoader('muscles'), schema: schemas.muscle }),
  exercises: defineCollection({ loader: contentLoader('exercises'), schema: schemas.exercise }),
  guide: defineCollection({ loader: contentLoader('guide'), schema: schemas.guide }),
};
