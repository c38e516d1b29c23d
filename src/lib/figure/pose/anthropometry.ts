/**
 * Body proportions as fractions of standing height H, from the segment-length figure in the
 * anthropometry chapter (chapter 4) of Winter, Biomechanics and Motor Control of Human
 * Movement, 4th ed., 2009 (source `winter-2009`; lengths after Drillis and Contini). The
 * figure is numbered 4.1 in the scan others have cited; its number in the fourth edition was
 * not confirmed (see the source's note), so the citation names the chapter and the figure.
 * Heights above the floor in the figure: shoulder 0.818, greater trochanter (hip) 0.530,
 * knee 0.285, ankle 0.039, chin 0.870, top of head 1.000.
 */
export const WINTER_2009 = {
  /** Hip (greater trochanter) to shoulder: 0.818 - 0.530. */
  trunk: 0.818 - 0.53,
  /** Chin to the top of the head. */
  head: 1 - 0.87,
  /** Shoulder to chin, the neck as the figure draws it. */
  neck: 0.87 - 0.818,
  upperArm: 0.186,
  forearm: 0.146,
  hand: 0.108,
  /** Hip to knee: 0.530 - 0.285. */
  thigh: 0.53 - 0.285,
  /** Knee to ankle: 0.285 - 0.039. */
  shank: 0.285 - 0.039,
  /** Height of the ankle joint above the sole. */
  ankleHeight: 0.039,
  footLength: 0.152,
  shoulderWidth: 0.259,
  hipWidth: 0.191,
} as const;

/**
 * Drawing choices, not measurements (Winter's figure gives lengths, not girths): limb radii
 * at each end of a segment and how far the heel sits behind the ankle, as fractions of H.
 * They shape the outline and place the contact points on the skin.
 */
export const GIRTH = {
  trunkShoulder: 0.055,
  trunkHip: 0.06,
  /** Half the head's depth (front to back) and half its height. */
  head: 0.056,
  headHeight: 0.064,
  neck: 0.03,
  upperArm: [0.03, 0.023],
  forearm: [0.023, 0.017],
  hand: [0.017, 0.013],
  thigh: [0.056, 0.034],
  shank: [0.035, 0.02],
  heelBehindAnkle: 0.038,
} as const;
