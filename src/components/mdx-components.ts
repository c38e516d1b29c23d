import ExerciseLink from './ExerciseLink.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import MuscleLink from './MuscleLink.astro';
import Cite from '../user-components/Cite.astro';
import Grade from '../user-components/Grade.astro';
import RedFlags from '../user-components/RedFlags.astro';
import StarterSet from '../user-components/StarterSet.astro';
import StrengthSchedule from '../user-components/StrengthSchedule.astro';

/** Components MDX bodies use without importing them; h2/h3 gain a section link. */
export const mdxComponents = {
  MuscleLink,
  ExerciseLink,
  Cite,
  Grade,
  StrengthSchedule,
  StarterSet,
  RedFlags,
  h2: H2,
  h3: H3,
};
