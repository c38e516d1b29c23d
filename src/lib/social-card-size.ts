/** Social cards are 1200 × 630, the size Open Graph and X/Twitter large cards expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
