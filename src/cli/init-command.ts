/**
 * `icld-budget init --phase P | --actuals | --edition ID [-o FILE] [--lang sv|en]`: a commented
 * starter plan or actuals file, or a built-in rule edition as written (the start of a programme's
 * own edition file; the package has no src/ to copy it from).
 */
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { EXIT } from "../check/exit-code.js";
import type { Phase } from "../model/types.js";
import { EDITION_TEXTS } from "../rates/edition-texts.js";
import { BUILT_IN_RATES } from "../rates/index.js";
import { renderStarterActuals } from "../render/starter-actuals.js";
import { renderStarterPlan } from "../render/starter-plan.js";
import type { Io } from "./io.js";
import { noteLine, problemLine } from "./words.js";
import { writeFileAtomically } from "./write-file.js";

export interface InitOptions {
  /** The phase of a starter plan; absent for a starter actuals file. */
  readonly phase?: Phase;
  readonly actuals?: boolean;
  /** A built-in edition's id: write that edition's file. */
  readonly edition?: string;
  readonly output?: string;
  readonly lang: "sv" | "en";
  readonly year: number;
}

export async function runInit(options: InitOptions, io: Io): Promise<number> {
  // Editors find the schema shipped with the tool, relative to the new plan (absolute on standard output).
  const schema = join(
    io.packageRoot ?? fileURLToPath(new URL("../..", import.meta.url)),
    "schema",
    options.actuals ? "actuals.schema.json" : "plan.schema.json",
  );
  const toFile = options.output !== undefined && options.output !== "-";
  const schemaPath = toFile
    ? relative(dirname(resolve(options.output!)), schema)
        .split(sep)
        .join("/")
    : schema;
  const text =
    options.edition !== undefined
      ? EDITION_TEXTS[options.edition]!
      : options.actuals
        ? renderStarterActuals(options.lang, options.year, schemaPath)
        : renderStarterPlan(options.phase!, options.lang, options.year, BUILT_IN_RATES, schemaPath);
  if (options.output === undefined || options.output === "-") {
    io.stdout.write(text);
    return EXIT.ok;
  }
  const written = await writeFileAtomically(options.output, text);
  if (!written.ok) {
    io.stderr.write(
      problemLine(
        written.code === "EXISTS" ? "STARTER_EXISTS" : "OUTPUT_NOT_WRITTEN",
        { file: options.output, detail: written.detail ?? written.code },
        options.lang,
      ),
    );
    return EXIT.invalid;
  }
  const note = options.edition !== undefined ? "EDITION_WRITTEN" : options.actuals ? "ACTUALS_WRITTEN" : "STARTER_WRITTEN";
  io.stderr.write(noteLine(note, { file: options.output }, options.lang));
  return EXIT.ok;
}
