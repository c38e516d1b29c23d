import type { FacetValue } from './facets';

const plural = (n: number) => `${n} exercise${n === 1 ? '' : 's'}`;

/** Title and description of a browse page, worded for its facet so each one is unique. */
export function browseCopy(value: FacetValue<unknown>): { title: string; description: string } {
  const n = plural(value.exercises.length);
  switch (value.facet) {
    case 'muscle':
      return {
        title: `Exercises for the ${value.label.toLowerCase()}`,
        description: `${n} that train the ${value.label.toLowerCase()}: those that target the group first, then those that also work it.`,
      };
    case 'kind':
      return {
        title: `${value.label} exercises`,
        description: `${n} of the ${value.label.toLowerCase()} kind for runners, with the muscles each one works, its level and its dose.`,
      };
    case 'equipment':
      return value.value === 'none'
        ? {
            title: 'Exercises with no equipment',
            description: `${n} you can do with your body weight alone, at home, in a park or before a run.`,
          }
        : {
            title: `Exercises with a ${value.label.toLowerCase()}`,
            description: `${n} for runners that use a ${value.label.toLowerCase()}, with the muscles each one works and how much to do.`,
          };
    case 'level':
      return {
        title: `${value.label} exercises`,
        description: `${n} rated ${value.label.toLowerCase()}, with the muscles each one works, the equipment it needs and its dose.`,
      };
  }
}
