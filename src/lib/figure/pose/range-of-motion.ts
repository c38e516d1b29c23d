import type { SidePose } from './schema';

/**
 * The limits a pose's joint angles must stay within, in degrees: the normal ranges of joint
 * motion in the Merck Manual's table "Normal Values for Range of Motion of Joints" (Merck
 * Manual Professional Version, Merck Sharp & Dohme, table dated 2010-2013; read in the copy at
 * https://pdfcoffee.com/download/nilai-normal-untuk-jarak-dari-gerakan-sendi-pdf-free.html).
 * The table gives hip flexion 0-125, hyperextension 0-15, abduction 0-45, adduction 45-0,
 * lateral and medial rotation 0-45; knee flexion 0-130; ankle plantar flexion 0-50,
 * dorsiflexion 0-20; shoulder flexion 0-90 ("to 90°"), extension 0-50, abduction 0-90
 * ("to 90°"), lateral and medial rotation 0-90; elbow flexion 0-160; wrist flexion 0-90,
 * extension 0-70.
 *
 * These are clinical values, mostly measured off load; a loaded ankle often bends further
 * than 20°, so the figure's deep squats and lunges stay within a range that some people
 * exceed rather than beyond it. The table lists no trunk, neck or shoulder adduction values,
 * so those angles carry no range check (the schema still bounds them to ±180°).
 */
export const ROM_SOURCE =
  'Merck Manual Professional, table "Normal Values for Range of Motion of Joints"';

export interface Range {
  min: number;
  max: number;
}

type Limits = {
  [J in keyof SidePose]: SidePose[J] extends number ? Range : { [K in keyof SidePose[J]]: Range };
};

export const RANGE_OF_MOTION: Limits = {
  hip: { flex: { min: -15, max: 125 }, abd: { min: -45, max: 45 }, rot: { min: -45, max: 45 } },
  knee: { min: 0, max: 130 },
  ankle: { min: -50, max: 20 },
  shoulder: { flex: { min: -50, max: 90 }, abd: { min: 0, max: 90 }, rot: { min: -90, max: 90 } },
  elbow: { min: 0, max: 160 },
  wrist: { min: -90, max: 70 },
};
