import { z } from 'astro/zod';

/**
 * The pose data of one exercise (content/exercises/<id>.poses.yaml): the scene's props and
 * two or more keyframes. Lengths are fractions of body height, angles are degrees, x points
 * the way the figure faces, y is up from the floor and z points to the figure's right.
 */

/** A point on the body that can rest on a surface. */
export const LANDMARKS = ['heel', 'ball', 'toe', 'knee', 'hand', 'elbow'] as const;
/** Contact points on the trunk and head, which have no side. */
export const TRUNK_LANDMARKS = ['seat', 'sacrum', 'back', 'upper-back', 'head'] as const;
export const SIDES = ['left', 'right'] as const;
export const PROP_KINDS = [
  'mat',
  'bench',
  'box',
  'wall',
  'barbell',
  'dumbbell',
  'kettlebell',
  'band',
  'jump-rope',
  'pad',
] as const;
/** Parts a prop can be carried by, so it moves with them. */
export const CARRIERS = [
  'pelvis',
  'trunk',
  'left-hand',
  'right-hand',
  'left-thigh',
  'right-thigh',
  'left-shank',
  'right-shank',
] as const;

export type Side = (typeof SIDES)[number];
export type Landmark = (typeof LANDMARKS)[number];
export type TrunkLandmark = (typeof TRUNK_LANDMARKS)[number];

const deg = z.number().min(-180).max(180);
const len = z.number().min(-3).max(3);

const side = z.strictObject({
  /** Hip flexion (+) or extension (-), abduction (+) or adduction (-), external rotation (+). */
  hip: z.strictObject({ flex: deg, abd: deg.default(0), rot: deg.default(0) }),
  /** Knee flexion; 0 is straight. */
  knee: deg,
  /** Ankle dorsiflexion (+) or plantar flexion (-). */
  ankle: deg,
  /** Shoulder flexion (+) or extension (-), abduction (+), external rotation (+). */
  shoulder: z.strictObject({ flex: deg, abd: deg.default(0), rot: deg.default(0) }),
  /** Elbow flexion; 0 is straight. */
  elbow: deg,
  /** Wrist extension (+) or flexion (-). */
  wrist: deg.default(0),
});

const contact = z.strictObject({
  /** The body point: "right.heel", "left.hand" or a trunk point such as "upper-back". */
  part: z.union([
    z.templateLiteral([z.enum(SIDES), '.', z.enum(LANDMARKS)]),
    z.enum(TRUNK_LANDMARKS),
  ]),
  /** "floor" or the id of a prop in the scene. */
  on: z.string().min(3),
});

const keyframe = z.strictObject({
  /** Short label shown under the frame, e.g. "Start" or "Bottom". */
  label: z.string().min(3).max(24),
  /** What the body is doing, in words, for the figure's accessible description. */
  describe: z.string().min(10),
  /** Which numbered steps of "How to do it" this frame shows (1 is the first step). */
  steps: z.array(z.int().min(1)).min(1),
  /** Hip-joint centre (midway between the hips). */
  root: z.strictObject({ x: len, y: len, z: len.default(0) }),
  /** Trunk lean forward (+), side bend to the right (+), twist to the right (+). */
  trunk: z.strictObject({ lean: deg, side: deg.default(0), twist: deg.default(0) }),
  /** Head nod down (+) or up (-) relative to the trunk. */
  neck: deg.default(0),
  left: side,
  right: side,
  /** Body points that rest on a surface in this frame. */
  contacts: z.array(contact).default([]),
  /** Where a jump rope is in its turn: over the head, in front, under the feet or behind. */
  rope: z.enum(['over', 'front', 'under', 'back']).optional(),
});

const prop = z.strictObject({
  /** Name used by contacts, e.g. "bench". */
  id: z.string().min(3),
  /** What the prop is. */
  kind: z.enum(PROP_KINDS),
  /** Position: a fixed scene point, or relative to the part that carries it. */
  x: len.default(0),
  y: len.default(0),
  /** Size where the kind has one (bench, box, mat, wall): width and height. */
  w: len.optional(),
  h: len.optional(),
  /** The body part that carries the prop, so it moves with that part. */
  carriedBy: z.enum(CARRIERS).optional(),
  /** Band or rope: the second body part it spans to, e.g. "left-shank". */
  to: z.enum(CARRIERS).optional(),
});

export const poseFileSchema = z
  .strictObject({
    /** Side (sagittal) view for most exercises; front (frontal) for sideways or twisting ones. */
    view: z.enum(['side', 'front']),
    /** Seconds for one loop of the animation. */
    seconds: z.number().min(1).max(8).default(3),
    /** Props in the scene. */
    props: z.array(prop).default([]),
    /** The poses, in the order the movement passes through them. */
    keyframes: z.array(keyframe).min(2),
  })
  .refine((file) => new Set(file.props.map((p) => p.id)).size === file.props.length, {
    message: 'each prop needs its own id',
  });

export type PoseFile = z.infer<typeof poseFileSchema>;
export type Keyframe = PoseFile['keyframes'][number];
export type SidePose = Keyframe['left'];
export type Prop = PoseFile['props'][number];
export type Contact = Keyframe['contacts'][number];
