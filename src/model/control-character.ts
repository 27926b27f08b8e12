/**
 * Control characters in text read from a user's files. A terminal takes them for commands
 * (colour, the cursor, its title, the clipboard), so a text read from a plan or a ledger and
 * printed could command the reader's terminal. Texts that are printed as data (a plan's title, a
 * ledger row's text) may hold none; anything else the tool quotes from a file (an excerpt under a
 * finding, a value it cannot read) is shown with each control character made visible.
 */

/** C0 and C1 control characters but the tab and line ends, and DEL: what a text may not hold. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Every control character but the tab, line ends included: what a quoted text shows visibly. */
const INVISIBLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

/** The first control character in a text, as its code point ("U+001B"), or undefined when there is none. */
export function controlCharacterIn(text: string): string | undefined {
  const found = CONTROL_CHARACTER.exec(text);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` : undefined;
}

/**
 * A text with each control character but the tab shown as one visible character of the same width:
 * C0 and DEL as Unicode's picture of it (ESC as ␛, a line end as ␊), C1 as �. A text without any
 * is returned as it is.
 */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
  });
}
