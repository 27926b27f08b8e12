/** The language of reports, starter plans and the command line's own words when the command line does not say. */

/** The user's language from LC_ALL / LC_MESSAGES / LANG: sv_* gives Swedish, anything else English. */
export function detectLang(env: Readonly<Record<string, string | undefined>>): "sv" | "en" {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^sv([_.-]|$)/i.test(locale) ? "sv" : "en";
}

/**
 * The language of the command line's help and usage errors: a `--lang sv|en` anywhere on it
 * (it is read before the command line is, which may be what is wrong), else the user's.
 */
export function commandLineLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): "sv" | "en" {
  for (let i = 0; i < argv.length && argv[i] !== "--"; i++) {
    const value = argv[i] === "--lang" ? argv[i + 1] : argv[i]!.startsWith("--lang=") ? argv[i]!.slice("--lang=".length) : undefined;
    if (value === "sv" || value === "en") return value;
  }
  return detectLang(env);
}
