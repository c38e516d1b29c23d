import ExerciseLink from './ExerciseLink.astro';
import MuscleLink from './MuscleLink.astro';

/** Components every MDX body can use without importing them. */
export const mdxComponents = { MuscleLink, ExerciseLink };
