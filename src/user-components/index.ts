import Cite from './Cite.astro';
import ComplaintLink from './ComplaintLink.astro';
import ExerciseLink from './ExerciseLink.astro';
import Grade from './Grade.astro';
import MuscleLink from './MuscleLink.astro';
import RedFlags from './RedFlags.astro';
import StarterSet from './StarterSet.astro';
import StrengthSchedule from './StrengthSchedule.astro';

/** Components every MDX body can use without importing them. */
export const mdxComponents = {
  MuscleLink,
  ExerciseLink,
  ComplaintLink,
  Cite,
  Grade,
  StrengthSchedule,
  StarterSet,
  RedFlags,
};
