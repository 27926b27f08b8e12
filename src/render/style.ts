/**
 * Colour for terminal renderers, passed in so that renderers stay pure. The command line
 * builds a coloured Style only for a terminal without NO_COLOR or --no-color.
 */
export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly cyan: (text: string) => string;
}

const same = (text: string) => text;

/** No colour. */
export const PLAIN: Style = { bold: same, dim: same, red: same, green: same, yellow: same, cyan: same };
