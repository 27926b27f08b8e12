/** The language of reports and starter plans when the command line does not say. */

/** The user's language from LC_ALL / LC_MESSAGES / LANG: sv_* gives Swedish, anything else English. */
export function detectLang(env: Readonly<Record<string, string | undefined>>): "sv" | "en" {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^sv([_.-]|$)/i.test(locale) ? "sv" : "en";
}
