/**
 * Counting a trip's days and nights by Skatteverket's rules (docs/rules.md#days).
 */
import { type LocalDateTime, minuteOf } from "../input/leaves.js";

/** Skatteverket: a trip that starts before 12:00 makes the departure day a full day. */
const FULL_DEPARTURE_BEFORE = 12 * 60;
/** Skatteverket: a trip that ends after 19:00 makes the return day a full day; at 19:00 or earlier a half day. */
const FULL_RETURN_AFTER = 19 * 60;
/**
 * The night is 00:00–06:00 (docs/rules.md#night): a trip home before 06:00 has not been away its
 * last night, so its return day is no per diem day, and a trip with no whole night away has no
 * per diem at all.
 */
const NIGHT_ENDS = 6 * 60;
/** The night before the return day earns a night allowance if the trip ends after 04:29 (docs/rules.md#night). */
const LAST_NIGHT_ALLOWANCE_FROM = 4 * 60 + 30;

export interface TripDays {
  /** Calendar nights: days between departure and return (the nights of lodging). */
  readonly nights: number;
  /** Whole nights (00:00–06:00) away: per diem needs one. */
  readonly wholeNights: number;
  /** Calendar days from departure to return, both included. */
  readonly calendarDays: number;
  /** Per diem full days (0 without a whole night away). */
  readonly fullDays: number;
  /** Per diem half days (0 without a whole night away). */
  readonly halfDays: number;
  /** What the departure day and the return day each count for: a full day, a half day or none. */
  readonly departShare: 0 | 0.5 | 1;
  readonly returnShare: 0 | 0.5 | 1;
}

/** Whole nights (00:00–06:00) away: the calendar nights, less the last if the trip ends before 06:00. */
function wholeNightsAway(depart: LocalDateTime, back: LocalDateTime): number {
  const nights = back.day - depart.day;
  if (nights <= 0) return 0;
  return back.minutes < NIGHT_ENDS ? nights - 1 : nights;
}

/** The per diem share of one calendar day of a trip: 1 (full day), 0.5 (half day) or 0. */
export function perDiemShareOn(depart: LocalDateTime, back: LocalDateTime, day: number): 0 | 0.5 | 1 {
  if (wholeNightsAway(depart, back) === 0 || day < depart.day || day > back.day) return 0;
  if (day === depart.day) return depart.minutes < FULL_DEPARTURE_BEFORE ? 1 : 0.5;
  if (day === back.day) return back.minutes < NIGHT_ENDS ? 0 : back.minutes > FULL_RETURN_AFTER ? 1 : 0.5;
  return 1;
}

/**
 * Whether the night that starts on `day` earns a night allowance (where no lodging is paid):
 * each night of a trip with a whole night away, the last only if the trip ends after 04:29.
 */
export function nightAllowanceOn(depart: LocalDateTime, back: LocalDateTime, day: number): boolean {
  if (wholeNightsAway(depart, back) === 0 || day < depart.day || day >= back.day) return false;
  return day < back.day - 1 || back.minutes >= LAST_NIGHT_ALLOWANCE_FROM;
}

/** A long stay's reduction of the per diem: the percentage of the day amount, from a day on. */
export interface LongStayReduction {
  readonly percent: 70 | 50;
  /** The first day (days since 1970-01-01) paid at `percent`. */
  readonly day: number;
  /** That day as a date, 2024-04-10. */
  readonly date: string;
}

/**
 * Skatteverket: a stay at one place of more than three months is paid 70 % of the day amount
 * after the first three months, and 50 % after two years. The reductions a trip reaches, each
 * from the day after its first three months (or two years) end: a trip that leaves on 10 January
 * is paid 70 % from 10 April. Where that day of the month does not exist (30 November + three
 * months), the period ends with the month and the reduction starts on the 1st of the next.
 */
export function longStayReductions(depart: LocalDateTime, back: LocalDateTime): LongStayReduction[] {
  const start = new Date(depart.day * 86_400_000);
  const [year, month, date] = [start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()];
  /** The first day of a reduction, or undefined where the trip ends before it. */
  const from = (percent: 70 | 50, months: number): LongStayReduction | undefined => {
    const daysInMonth = new Date(Date.UTC(year, month + months + 1, 0)).getUTCDate();
    const day = (date > daysInMonth ? Date.UTC(year, month + months + 1, 1) : Date.UTC(year, month + months, date)) / 86_400_000;
    // Its date only for a reduction the trip reaches: the first date a run writes costs about half
    // a millisecond (V8 sets up its date cache), which a plan without a long stay need not pay.
    return day <= back.day ? { percent, day, date: dateOfDay(day) } : undefined;
  };
  if (back.day - depart.day <= 0) return [];
  return [from(70, 3), from(50, 24)].filter((reduction) => reduction !== undefined);
}

/** A day (days since 1970-01-01) as a date: 2024-04-10. */
export const dateOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** The percentage of the day amount a day of a trip is paid: 100, or a long stay's 70 or 50. */
export function perDiemPercentOn(reductions: readonly LongStayReduction[], day: number): 100 | 70 | 50 {
  let percent: 100 | 70 | 50 = 100;
  for (const reduction of reductions) if (day >= reduction.day) percent = reduction.percent;
  return percent;
}

/** Days and nights of a trip; per diem days only when there is a whole night away. */
export function countTripDays(depart: LocalDateTime, back: LocalDateTime): TripDays {
  const nights = Math.max(0, back.day - depart.day);
  const wholeNights = wholeNightsAway(depart, back);
  const calendarDays = nights + 1;
  // Skatteverket: a trip without an overnight stay gets no per diem.
  if (wholeNights === 0) return { nights, wholeNights, calendarDays, fullDays: 0, halfDays: 0, departShare: 0, returnShare: 0 };
  const departShare = perDiemShareOn(depart, back, depart.day);
  const returnShare = perDiemShareOn(depart, back, back.day);
  const between = nights - 1;
  return {
    nights,
    wholeNights,
    calendarDays,
    fullDays: between + (departShare === 1 ? 1 : 0) + (returnShare === 1 ? 1 : 0),
    halfDays: (departShare === 0.5 ? 1 : 0) + (returnShare === 0.5 ? 1 : 0),
    departShare,
    returnShare,
  };
}

/** A stretch of a trip's route: a country until a time; the last lasts until the return. */
export interface RouteStop {
  readonly country: string;
  readonly until?: LocalDateTime;
}

/** Skatteverket counts a day's time between 06:00 and 24:00, after the night, to find its country. */
const DAYTIME_FROM = NIGHT_ENDS;

/** A stretch of a route as minutes [from, to) since 1970. */
export interface RouteStretch {
  readonly country: string;
  readonly from: number;
  readonly to: number;
}

/** The stretches of a route, the first from the departure, the last to the return: made once for a trip. */
export function routeStretches(depart: LocalDateTime, back: LocalDateTime, route: readonly RouteStop[]): RouteStretch[] {
  let from = minuteOf(depart);
  return route.map((stop, i) => {
    const to = i === route.length - 1 || stop.until === undefined ? minuteOf(back) : minuteOf(stop.until);
    const stretch = { country: stop.country, from, to };
    from = to;
    return stretch;
  });
}

/**
 * Skatteverket: on a day spent in several countries, the per diem is that of the country where
 * the longest part of the day between 06:00 and 24:00 was spent (time in the air is the
 * traveller's to leave out, by the times of the route). A tie goes to the country reached first.
 * A day with no time between 06:00 and 24:00 on the trip takes the country at its start.
 */
export function routeCountryOn(stretches: readonly RouteStretch[], day: number): string {
  const dayFrom = day * 1440 + DAYTIME_FROM;
  const dayTo = (day + 1) * 1440;
  let best = stretches[0]!.country;
  let longest = 0;
  for (const stretch of stretches) {
    const minutes = Math.min(stretch.to, dayTo) - Math.max(stretch.from, dayFrom);
    if (minutes > longest) {
      longest = minutes;
      best = stretch.country;
    }
  }
  if (longest > 0) return best;
  return routeCountryAt(stretches, day * 1440);
}

/** The country of the route at a minute (days since 1970 × 1440 + minutes): where a night is spent, at its midnight. */
export function routeCountryAt(stretches: readonly RouteStretch[], minute: number): string {
  return (stretches.find((stretch) => minute < stretch.to) ?? stretches[stretches.length - 1]!).country;
}
