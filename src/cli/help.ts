/**
 * commander's help in the user's language. commander lays out the help; the descriptions and
 * value names main.ts gives it come from help-en.ts or help-sv.ts, and the few words commander
 * writes itself (its headings, "[options]", "[command]", "choices", "default") are put in that
 * language here, by their English. English keeps commander's words as they are.
 */
import { Help, type HelpConfiguration, type Option } from "commander";
import type { HelpWords } from "./help-en.js";

const HEADING_OR_USAGE_WORD = /Usage:|Arguments:|Options:|Commands:|\[options\]|\[command\]/g;
const EXTRA_WORD = /\b(choices|default): /g;

/** The help configuration for commander (Command.configureHelp) that says commander's words in `words`' language. */
export function helpConfiguration(words: HelpWords): HelpConfiguration {
  const say = (text: string, pattern: RegExp) => text.replace(pattern, (word) => words.commander[word as keyof HelpWords["commander"]] ?? word);
  return {
    styleTitle: (title) => say(title, HEADING_OR_USAGE_WORD),
    commandUsage(command) {
      return say(Help.prototype.commandUsage.call(this, command), HEADING_OR_USAGE_WORD);
    },
    subcommandTerm(command) {
      return say(Help.prototype.subcommandTerm.call(this, command), HEADING_OR_USAGE_WORD);
    },
    // commander writes "(choices: …, default: …)" after the description; only those two words are
    // its own, so it writes that part for an option without a description and they are put in
    // the language (the description, already in it, is never rewritten).
    optionDescription(option) {
      const bare: Option = Object.assign(Object.create(option) as Option, { description: "" });
      const extra = Help.prototype.optionDescription.call(this, bare).replace(EXTRA_WORD, (_, word: string) => `${say(word, /\w+/)}: `);
      return extra === "" ? option.description : `${option.description} ${extra}`;
    },
  };
}
