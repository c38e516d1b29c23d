/**
 * The stills beside a program's rows are standalone SVG images, which cannot read the page's
 * CSS custom properties, and they must print well on white paper. These are the light-scheme
 * values of the tokens they use, named after them; a unit test checks them against
 * src/styles/tokens.css so the two never drift.
 */
export const STILL_PALETTE = {
  '--color-surface': '#ffffff',
  '--color-figure-body': '#e4dfd7',
  '--color-figure-active': '#b2390a',
  '--color-figure-secondary': '#eda27c',
  '--color-figure-line': '#4f5862',
  '--color-figure-far': '#c9c1b5',
  '--color-figure-prop': '#9aa3ab',
} as const;
