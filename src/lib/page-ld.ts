import type { Atlas, ExerciseEntry, GuideEntry, MuscleEntry } from './atlas';
import { formatFrequency, formatSetsAndReps } from './dose';
import { SITE } from './site';
import { entryLastModified } from './last-modified';
import { articleLd, exercisePlanLd } from './structured-data';
import { KIND_LABELS } from './taxonomy';
import { urls } from './urls';

/** JSON-LD for each kind of content page, with every URL made absolute against the site. */
export function pageLd(site: URL) {
  const abs = (path: string) => new URL(path, site).href;
  const publisher = { name: SITE.name, url: abs(urls.home()) };
  type Entry = Parameters<typeof entryLastModified>[0];
  const facts = (entry: Entry, path: string, name: string, description: string) => ({
    name,
    description,
    url: abs(path),
    image: abs(urls.socialCard(path)),
    dateModified: entryLastModified(entry),
  });
  const muscleRef = (m: MuscleEntry) => ({ name: m.data.name, url: abs(urls.muscle(m.id)) });

  return {
    muscle: (m: MuscleEntry) =>
      articleLd(
        { ...facts(m, urls.muscle(m.id), m.data.name, m.data.summary), about: [muscleRef(m)] },
        publisher,
      ),
    guide: (g: GuideEntry, atlas: Atlas) =>
      articleLd(
        {
          ...facts(g, urls.guide(), g.data.title, g.data.summary),
          about: atlas.muscles.map(muscleRef),
        },
        publisher,
      ),
    exercise: (e: ExerciseEntry, atlas: Atlas) => {
      const { primary, secondary } = atlas.musclesOf(e);
      return exercisePlanLd({
        ...facts(e, urls.exercise(e.id), e.data.name, e.data.summary),
        about: [...primary, ...secondary].map(muscleRef),
        exerciseType: KIND_LABELS[e.data.kind],
        repetitions: e.data.dose.reps,
        workload: formatSetsAndReps(e.data.dose),
        activityFrequency: formatFrequency(e.data.dose),
        steps: e.data.steps,
      });
    },
  };
}
