/**
 * Country codes and ICLD regions.
 *
 * Codes are ISO 3166-1 alpha-2, plus XK (Kosovo, the user-assigned code Skatteverket and the
 * EU use) and AN (Netherlands Antilles, still on Skatteverket's lists).
 */
import type { Region } from "../model/types.js";

const ISO_CODES =
  "AD AE AF AG AI AL AM AN AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
  "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
  "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
  "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG " +
  "UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW";

/** Every country code a plan may use. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(ISO_CODES.split(" "));

/** Sweden: trips there use the domestic per diem amounts. */
export const SWEDEN = "SE";

/**
 * ICLD's Europe cluster (ICLD's list of partner countries, issue 2): Ukraine, Bosnia and
 * Herzegovina, Kosovo, Serbia, Moldova, Georgia, North Macedonia, Albania, Turkey.
 */
const EUROPE_CLUSTER = new Set(["UA", "BA", "XK", "RS", "MD", "GE", "MK", "AL", "TR"]);

/** Latin America and the Caribbean: ICLD's guidelines know only Europe and Africa/Asia. */
const LATIN_AMERICA = new Set("AR BO BR BZ CL CO CR CU DO EC GT GY HN HT JM MX NI PA PE PY SR SV TT UY VE".split(" "));

/** The region a partner country falls in, and whether that placement is confirmed. */
export function regionOfCountry(code: string): { region: Region; confirmed: boolean } {
  if (EUROPE_CLUSTER.has(code)) return { region: "europe", confirmed: true };
  // Where Latin America falls is unconfirmed (docs/rules.md#regions): treated as Africa/Asia.
  if (LATIN_AMERICA.has(code)) return { region: "africa-asia", confirmed: false };
  return { region: "africa-asia", confirmed: true };
}
