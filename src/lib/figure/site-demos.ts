import { getCollection } from 'astro:content';
import { ContentError } from '../content/content-error';
import { contentRoot } from '../content/loader';
import { getGraph } from '../graph/site-graph';
import { urls } from '../urls';
import { buildDemo, type ExerciseDemo } from './pose/demo';
import type { Paint, Worked } from './pose/render';

let demos: Promise<Map<string, ExerciseDemo>> | undefined;

/** Where an exercise's pose file lives (or should), for messages an author can act on. */
export const poseFileOf = (id: string) => `${contentRoot()}/exercises/${id}.poses.yaml`;

/**
 * Every exercise's demonstration, validated and drawn once per build. An exercise without a
 * pose file, a pose file without an exercise, and any pose that breaks a rule stop the build
 * with a message naming the file (and the keyframe and joint).
 */
export function getDemos(): Promise<Map<string, ExerciseDemo>> {
  demos ??= Promise.all([getGraph(), getCollection('poses')]).then(([graph, poses]) => {
    const byId = new Map(poses.map((p) => [p.id, p]));
    for (const pose of poses) {
      if (!graph.exercises.some((e) => e.id === pose.id))
        throw new ContentError(
          pose.filePath ?? poseFileOf(pose.id),
          'file name',
          `no exercise has the id "${pose.id}": a pose file sits beside the exercise it shows`,
        );
    }
    const sprite = (worked: Worked): Paint => ({ mode: 'sprite', href: urls.demoSprite(), worked });
    return new Map(
      graph.exercises.map((exercise) => {
        const pose = byId.get(exercise.id);
        if (!pose)
          throw new ContentError(
            poseFileOf(exercise.id),
            'file',
            `missing: every exercise needs a pose file for its demonstration (see README, "Demonstrations")`,
          );
        const { name, steps, primary, secondary } = exercise.data;
        const subject = {
          id: exercise.id,
          name,
          filePath: exercise.filePath ?? `${contentRoot()}/exercises/${exercise.id}.mdx`,
          poseFile: pose.filePath ?? poseFileOf(exercise.id),
          steps,
          primary: primary.map((m) => m.id),
          secondary: secondary.map((m) => m.id),
        };
        return [exercise.id, buildDemo(subject, pose.data, sprite)] as const;
      }),
    );
  });
  return demos;
}

/** One exercise's demonstration. */
export async function demoOf(id: string): Promise<ExerciseDemo> {
  const demo = (await getDemos()).get(id);
  if (!demo) throw new Error(`No demonstration for "${id}"`);
  return demo;
}
