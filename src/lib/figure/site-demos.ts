import { getCollection } from 'astro:content';
import { ContentError } from '../content/content-error';
import { contentRoot } from '../content/loader';
import { getGraph } from '../graph/site-graph';
import { urls } from '../urls';
import { buildDemo, type DemoSubject, type ExerciseDemo } from './pose/demo';
import { frameSvg, type Paint } from './pose/render';
import type { PoseFile } from './pose/schema';

interface Source {
  subject: DemoSubject;
  data: PoseFile;
}

/** Where an exercise's pose file lives (or should), for messages an author can act on. */
export const poseFileOf = (id: string) => `${contentRoot()}/exercises/${id}.poses.yaml`;

let sources: Promise<Map<string, Source>> | undefined;

/** Each exercise with its pose file; a missing or orphaned pose file stops the build. */
function getSources(): Promise<Map<string, Source>> {
  sources ??= Promise.all([getGraph(), getCollection('poses')]).then(([graph, poses]) => {
    const byId = new Map(poses.map((p) => [p.id, p]));
    for (const pose of poses) {
      if (!graph.exercises.some((e) => e.id === pose.id))
        throw new ContentError(
          pose.filePath ?? poseFileOf(pose.id),
          'file name',
          `no exercise has the id "${pose.id}": a pose file sits beside the exercise it shows`,
        );
    }
    return new Map(
      graph.exercises.map((exercise) => {
        const pose = byId.get(exercise.id);
        if (!pose)
          throw new ContentError(
            poseFileOf(exercise.id),
            'file',
            'missing: every exercise needs a pose file for its demonstration (see README, "Demonstrations")',
          );
        const { name, steps, primary, secondary } = exercise.data;
        const subject: DemoSubject = {
          id: exercise.id,
          name,
          filePath: exercise.filePath ?? `${contentRoot()}/exercises/${exercise.id}.mdx`,
          poseFile: pose.filePath ?? poseFileOf(exercise.id),
          steps,
          primary: primary.map((m) => m.id),
          secondary: secondary.map((m) => m.id),
        };
        return [exercise.id, { subject, data: pose.data }] as const;
      }),
    );
  });
  return sources;
}

let demos: Promise<Map<string, ExerciseDemo>> | undefined;

/**
 * Every exercise's demonstration, validated and drawn once per build. Any pose that breaks a
 * rule stops the build with a message naming the file, the keyframe and the joint.
 */
export function getDemos(): Promise<Map<string, ExerciseDemo>> {
  demos ??= getSources().then(
    (all) =>
      new Map(
        [...all].map(([id, { subject, data }]) => [
          id,
          buildDemo(subject, data, (worked) => ({
            mode: 'sprite',
            href: urls.demoSprite(),
            worked,
          })),
        ]),
      ),
  );
  return demos;
}

/** One exercise's demonstration. */
export async function demoOf(id: string): Promise<ExerciseDemo> {
  const demo = (await getDemos()).get(id);
  if (!demo) throw new Error(`No demonstration for "${id}"`);
  return demo;
}

/**
 * An exercise's end pose as a standalone SVG in literal colours, for its social card and the
 * still beside it in a printed program; `background` fills the frame behind the figure.
 */
export async function endPoseSvg(
  id: string,
  colours: Extract<Paint, { mode: 'inline' }>['colours'],
  background?: string,
): Promise<{ svg: string; width: number; height: number }> {
  const source = (await getSources()).get(id);
  if (!source) throw new Error(`No pose file for "${id}"`);
  const demo = buildDemo(source.subject, source.data, (worked) => ({
    mode: 'inline',
    worked,
    colours,
  }));
  return {
    svg: frameSvg(demo, demo.frames.length - 1, 1, background),
    width: demo.width,
    height: demo.height,
  };
}
