import { ContentError } from '../../content/content-error';
import { renderDemo, type Demo, type Paint, type Worked } from './render';
import type { PoseFile } from './schema';
import { groupsShown, MUSCLE_GROUPS, type MuscleGroupId } from './shapes';
import { PoseError, validatePoses } from './validate';

/**
 * An exercise's demonstration, ready for its page: the validated pose file drawn as still
 * frames and an animated figure, the words that describe it to people who cannot see it, and
 * which frame each numbered step shows.
 */
export interface ExerciseDemo extends Demo {
  id: string;
  view: PoseFile['view'];
  /** One entry per keyframe, in order. */
  keyframes: { label: string; describe: string; steps: number[]; anchor: string }[];
  /** Step number (1-based) to the anchor of the first frame that shows it. */
  stepFrames: ReadonlyMap<number, string>;
  /** The figure's accessible description, written from the pose data. */
  description: string;
}

/** The id of a demonstration frame on its page, the target of the steps' links. */
export const frameAnchor = (index: number) => `demo-frame-${index + 1}`;

/** What the build knows about the exercise a pose file belongs to. */
export interface DemoSubject {
  id: string;
  name: string;
  /** The exercise's own file, for errors about its muscle groups. */
  filePath: string;
  /** The pose file's path, for errors about the poses. */
  poseFile: string;
  steps: readonly string[];
  primary: readonly string[];
  secondary: readonly string[];
}

function worked(subject: DemoSubject, view: PoseFile['view']): Worked {
  const shown = groupsShown(view);
  const check = (field: 'primary' | 'secondary') =>
    subject[field].map((id, i) => {
      const group = MUSCLE_GROUPS.find((g) => g === id);
      if (!group || !shown.has(group))
        throw new ContentError(
          subject.filePath,
          `${field}[${i}]`,
          `"${id}" has no area on the ${view} view of the demonstration figure (add one in src/lib/figure/pose/shapes.ts)`,
        );
      return group;
    });
  return { primary: new Set(check('primary')), secondary: new Set(check('secondary')) };
}

function stepsOf(subject: DemoSubject, data: PoseFile) {
  const stepFrames = new Map<number, string>();
  data.keyframes.forEach((frame, i) => {
    for (const step of frame.steps) {
      if (step > subject.steps.length)
        throw new PoseError(
          subject.poseFile,
          frame.label,
          'steps',
          `step ${step} does not exist: the exercise has ${subject.steps.length} steps`,
        );
      if (!stepFrames.has(step)) stepFrames.set(step, frameAnchor(i));
    }
  });
  return stepFrames;
}

const VIEW_WORDS = { side: 'from the side', front: 'from the front' } as const;

/** Validates an exercise's poses against every rule and draws them; throws on the first fault. */
export function buildDemo(
  subject: DemoSubject,
  data: PoseFile,
  paint: (worked: Worked) => Paint,
): ExerciseDemo {
  const skeletons = validatePoses(subject.poseFile, data);
  const stepFrames = stepsOf(subject, data);
  const demo = renderDemo(subject.id, data, skeletons, paint(worked(subject, data.view)));
  const keyframes = data.keyframes.map((k, i) => ({
    label: k.label,
    describe: k.describe,
    steps: k.steps,
    anchor: frameAnchor(i),
  }));
  const description = `${subject.name}, ${VIEW_WORDS[data.view]}, in ${keyframes.length} positions. ${keyframes
    .map((k) => `${k.label}: ${k.describe.replace(/\.?$/, '.')}`)
    .join(' ')}`;
  return { ...demo, id: subject.id, view: data.view, keyframes, stepFrames, description };
}

export type { MuscleGroupId };
