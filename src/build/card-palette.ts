/**
 * Social cards are drawn outside the browser, so they cannot read CSS custom properties.
 * These are the dark-scheme values of the tokens they use, named after them; a unit test
 * checks them against src/styles/tokens.css so the two never drift.
 */
export const CARD_PALETTE = {
  '--color-bg': '#131619',
  '--color-surface': '#1b1f23',
  '--color-text': '#ece9e3',
  '--color-muted': '#b1b8bf',
  '--color-accent': '#ff9b66',
  '--color-figure-body': '#30363c',
  '--color-figure-muscle': '#5c656e',
  '--color-figure-active': '#ff9b66',
  '--color-figure-secondary': '#a45a3a',
  '--color-figure-line': '#a9b2bb',
  '--color-figure-far': '#262b30',
  '--color-figure-prop': '#56606a',
} as const;
