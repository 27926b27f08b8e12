/** Builds the colour style for terminal output: only on a terminal, never with NO_COLOR or --no-color. */
import { PLAIN, type Style } from "../render/style.js";
import type { Io } from "./io.js";

export function wantsColour(io: Io, colourFlag: boolean): boolean {
  if (!colourFlag) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0") return true;
  return io.stdoutIsTTY && io.env.TERM !== "dumb";
}

/** A chalk-backed style, loaded only when colour is wanted. */
export async function makeStyle(io: Io, colourFlag: boolean): Promise<Style> {
  if (!wantsColour(io, colourFlag)) return PLAIN;
  const { Chalk } = await import("chalk");
  const chalk = new Chalk({ level: 1 });
  return { bold: chalk.bold, dim: chalk.dim, red: chalk.red, green: chalk.green, yellow: chalk.yellow, cyan: chalk.cyan };
}
