import ExerciseLink from './ExerciseLink.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import MuscleLink from './MuscleLink.astro';

/** Components MDX bodies use without importing them; h2/h3 gain a section link. */
export const mdxComponents = { MuscleLink, ExerciseLink, h2: H2, h3: H3 };
