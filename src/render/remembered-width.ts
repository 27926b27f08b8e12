/**
 * cli-table3's string-width, as the bundles give it to cli-table3 (scripts/bundle-options.mjs):
 * each text's width measured once. cli-table3 measures a cell's text again for each thing it
 * does with it (a check's two tables: 316 measurements of 39 texts), and enough measuring has V8
 * compile string-width with its optimizing compiler on a background thread, which Node.js waits
 * for at exit: 6.8 ms of a check on Node.js 20 (`node --trace-opt`).
 */

/**
 * A function that gives `measure`'s width of a text, measuring each text once; `limit` texts are
 * remembered at a time (then all are forgotten, so that the table of a 100 000-line plan does not
 * keep its texts' widths all at once). Anything but a string is measured every time.
 */
export function rememberWidths(measure: (text: unknown) => number, limit = 4096): (text: unknown) => number {
  const widths = new Map<string, number>();
  return (text) => {
    if (typeof text !== "string") return measure(text);
    let width = widths.get(text);
    if (width === undefined) {
      if (widths.size >= limit) widths.clear();
      width = measure(text);
      widths.set(text, width);
    }
    return width;
  };
}
