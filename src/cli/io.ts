/** The process as the commands see it: passed in, so that tests never patch `process`. */
export interface Io {
  readonly stdout: { write(data: string | Uint8Array): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal (colour is used only there). */
  readonly stdoutIsTTY: boolean;
  /** The terminal's width in characters, where standard output is one (wide tables are fitted to it). */
  readonly stdoutColumns?: number;
  /** The terminal's width in characters, where standard error is one (findings written there are wrapped to it). */
  readonly stderrColumns?: number;
  /** Where the tool is installed (the folder with package.json), for files it ships such as the schema. */
  readonly packageRoot?: string;
  /** Reads standard input for `-`: whole, or more than `maxBytes` bytes and no further (so that an endless input is refused). */
  readonly readStdin?: (maxBytes: number) => Promise<Uint8Array>;
}

/** The terminal's width where standard output is one, for tables to fit; undefined for a file or a pipe. */
export const terminalWidth = (io: Io): number | undefined => (io.stdoutIsTTY && io.stdoutColumns ? io.stdoutColumns : undefined);
