/** Social cards are 1200 × 630, the size Open Graph and X/Twitter large cards expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a page's social card shows; the renderer in src/build draws it. */
export interface CardInput {
  /** The page's name, set large. */
  title: string;
  /** The small label above it, the same words as the page's eyebrow. */
  eyebrow: string;
  /** A muscle group to show highlighted on the body figure beside the text. */
  highlight?: string | undefined;
  /** An exercise whose end pose, with its worked muscles coloured, stands beside the text. */
  demo?: string | undefined;
}
