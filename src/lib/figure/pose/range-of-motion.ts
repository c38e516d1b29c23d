import type { SidePose } from './schema';

/**
 * The limits a pose's joint angles must stay within, in degrees, with the page each was read on:
 *
 * - Shoulder, elbow and wrist (`norkin-white-2016`): the American Academy of Orthopaedic
 *   Surgeons (AAOS) column of "Table A.1 Shoulder, Elbow, Forearm, and Wrist Motion: Mean Values
 *   in Degrees" in the appendix of Norkin and White's goniometry text, fifth edition, read on the
 *   publisher's site (fadavispt.mhmedical.com, section 158980269): shoulder flexion 180,
 *   extension 60, abduction 180, medial rotation 70, lateral rotation 90; elbow flexion 150;
 *   wrist flexion 80, extension 70.
 * - Hip abduction 45, ankle dorsiflexion 20 and plantar flexion 50 (`castori-2012`): Table 8,
 *   "Standards for evaluating range of motion of adults' joints", read on the publisher's page
 *   (hindawi.com/journals/isrn/2012/751768/tab8/).
 * - Still UNSOURCED: hip flexion 125, hip extension 15, hip medial and lateral rotation 45, knee
 *   flexion 130, and hip adduction 45. The same table gives hip adduction as 30, but the side
 *   plank ("Lying on side", -37.1°) and the Copenhagen plank ("Hips lifted", -38°) pose the
 *   bottom leg beyond it, so 45 stays until those poses are redrawn or a source for it is read.
 *   All of these match a "Normal Values for Range of Motion of Joints" table on a public copy
 *   bearing a Merck Sharp & Dohme copyright (pdfcoffee.com), whose publication could not be
 *   confirmed; the CDC normal joint range-of-motion study (Soucie et al. 2011) was confirmed as a
 *   publication, but only its children's rows could be read, so neither is cited.
 *
 * These are clinical values measured off load; a loaded ankle bends further than 20°, so deep
 * squats and lunges are posed within a range some people exceed. No table gives trunk, neck or
 * shoulder adduction limits here, so those carry no range check (the schema still bounds them to
 * ±180°).
 */
export const ROM_SOURCES = ['norkin-white-2016', 'castori-2012'] as const;

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
