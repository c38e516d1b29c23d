import type { SidePose } from './schema';

/**
 * The limits a pose's joint angles must stay within, in degrees. One table, two sources:
 *
 * - Shoulder, elbow and wrist: the American Academy of Orthopaedic Surgeons (AAOS) column of
 *   "Table A.1 Shoulder, Elbow, Forearm, and Wrist Motion: Mean Values in Degrees" in the
 *   appendix of normative values of Norkin and White's goniometry text, read on the publisher's
 *   site (F.A. Davis PT Collection, fadavispt.mhmedical.com, section 158980269): shoulder
 *   flexion 180, extension 60, abduction 180, medial rotation 70, lateral rotation 90; elbow
 *   flexion 150; wrist flexion 80, extension 70. (Source `norkin-white-goniometry`, proposed
 *   for the bibliography; its edition still has to be confirmed.)
 * - Hip, knee and ankle: hip flexion 125, extension 15, abduction and adduction 45, medial and
 *   lateral rotation 45; knee flexion 130; ankle plantar flexion 50, dorsiflexion 20. These are
 *   the values the first version of this table carried; the page they were read from is not a
 *   citable source, and a replacement (Soucie et al. 2011, Haemophilia 17:500-507, the CDC
 *   normal joint range-of-motion study, proposed as `soucie-2011`) was confirmed as a
 *   publication but its adult values could not be read, so these limits are UNSOURCED until
 *   someone reads that table. They are clinical values measured off load; a loaded ankle bends
 *   further than 20°, so deep squats and lunges are posed within a range some people exceed.
 *
 * No table gives trunk, neck or shoulder adduction limits here, so those carry no range check
 * (the schema still bounds them to ±180°).
 */
export const ROM_SOURCES = ['norkin-white-goniometry'] as const;

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
  shoulder: {
    flex: { min: -60, max: 180 },
    abd: { min: 0, max: 180 },
    rot: { min: -70, max: 90 },
  },
  elbow: { min: 0, max: 150 },
  wrist: { min: -80, max: 70 },
};
