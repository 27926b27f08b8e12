/**
 * commander's help in the user's language. commander lays out the help; the descriptions and
 * value names main.ts gives it come from help-en.ts or help-sv.ts, and the few words commander
 * writes itself (its headings, "[options]", "[command]", "choices", "default") are put in that
 * language here, by their English. English keeps commander's words as they are.
 */
import { Help, type HelpConfiguration, type Option } from "commander";
import type { HelpWords } from "./help-en.js";

/** commander's own words in what it writes: headings, usage words, the two of "(choices: …, default: …)", and a flag's default, false. */
const COMMANDER_WORD = /Usage:|Arguments:|Options:|Commands:|\[options\]|\[command\]|\b(?:choices|default)(?=: )|(?<=default: )false\b/g;

/** The help configuration for commander (Command.configureHelp) that says commander's words in `words`' language. */
export function helpConfiguration(words: HelpWords): HelpConfiguration {
  const say = (text: string) => text.replace(COMMANDER_WORD, (word) => words.commander[word as keyof HelpWords["commander"]] ?? word);
  return {
    styleTitle: say,
    commandUsage(command) {
      return say(Help.prototype.commandUsage.call(this, command));
    },
    subcommandTerm(command) {
      return say(Help.prototype.subcommandTerm.call(this, command));
    },
    // commander writes "(choices: …, default: …)" after the description; it writes that part for
    // the option without its description, and only that part is put in the language (the
    // description, already in it, is never rewritten).
    optionDescription(option) {
      const bare: Option = Object.assign(Object.create(option) as Option, { description: "" });
      const extra = say(Help.prototype.optionDescription.call(this, bare));
      return extra === "" ? option.description : `${option.description} ${extra}`;
    },
  };
}
