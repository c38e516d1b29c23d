import ExerciseLink from './ExerciseLink.astro';
import MuscleLink from './MuscleLink.astro';

/** The components MDX bodies may use without importing them. */
export const mdxComponents = { MuscleLink, ExerciseLink };
