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
 * - Hip abduction 45 and adduction 30, ankle dorsiflexion 20 and plantar flexion 50
 *   (`castori-2012`): Table 8, "Standards for evaluating range of motion of adults' joints", read on
 *   the publisher's page (hindawi.com/journals/isrn/2012/751768/tab8/).
 * - Hip flexion 133, extension 21, internal rotation 34, external rotation 33 and knee flexion 135
 *   (`jung-yamasaki-2016`): Table 3 of a study of 95 healthy women aged 65 to 83, read on the
 *   publisher's page (jphysiolanthropol.biomedcentral.com, s40101-016-0120-8/tables/3). Each
 *   limit is that table's mean plus one standard deviation, rounded down (hip flexion 122.6 ±
 *   10.8, extension 16.8 ± 4.5, internal rotation 27.9 ± 6.1, external rotation 28.5 ± 4.9, knee
 *   flexion 127.6 ± 8.3). That sits well inside the largest values the table records (144, 27,
 *   47, 42, 144), so a pose past a limit is a drawing error, not an unusually supple reader.
 *
 * These are clinical values measured off load; a loaded ankle bends further than 20°, so deep
 * squats and lunges are posed within a range some people exceed. No table gives trunk, neck or
 * shoulder adduction limits here, so those carry no range check (the schema still bounds them to
 * ±180°).
 */
export const ROM_SOURCES = ['norkin-white-2016', 'castori-2012', 'jung-yamasaki-2016'] as const;

export interface Range {
  min: number;
  max: number;
}

type Limits = {
  [J in keyof SidePose]: SidePose[J] extends number ? Range : { [K in keyof SidePose[J]]: Range };
};

export const RANGE_OF_MOTION: Limits = {
  hip: { flex: { min: -21, max: 133 }, abd: { min: -30, max: 45 }, rot: { min: -34, max: 33 } },
  knee: { min: 0, max: 135 },
  ankle: { min: -50, max: 20 },
  shoulder: {
    flex: { min: -60, max: 180 },
    abd: { min: 0, max: 180 },
    rot: { min: -70, max: 90 },
  },
  elbow: { min: 0, max: 150 },
  wrist: { min: -80, max: 70 },
};
