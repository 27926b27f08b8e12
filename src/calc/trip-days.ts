/**
 * Counting a trip's days and nights by Skatteverket's rules (docs/rules.md#days).
 */
import type { LocalDateTime } from "../input/leaves.js";

/** Skatteverket: a trip that starts before 12:00 makes the departure day a full day. */
const FULL_DEPARTURE_BEFORE = 12 * 60;
/** Skatteverket: a trip that ends after 19:00 makes the return day a full day; at 19:00 or earlier a half day. */
const FULL_RETURN_AFTER = 19 * 60;

export interface TripDays {
  /** Nights away: calendar days between departure and return. */
  readonly nights: number;
  /** Calendar days from departure to return, both included. */
  readonly calendarDays: number;
  /** Per diem full days (0 without a night away). */
  readonly fullDays: number;
  /** Per diem half days (0 without a night away). */
  readonly halfDays: number;
}

/** The per diem share of one calendar day of a trip: 1 (full day), 0.5 (half day) or 0. */
export function perDiemShareOn(depart: LocalDateTime, back: LocalDateTime, day: number): 0 | 0.5 | 1 {
  if (back.day - depart.day <= 0 || day < depart.day || day > back.day) return 0;
  if (day === depart.day) return depart.minutes < FULL_DEPARTURE_BEFORE ? 1 : 0.5;
  if (day === back.day) return back.minutes > FULL_RETURN_AFTER ? 1 : 0.5;
  return 1;
}

/** Days and nights of a trip; per diem days only when there is a night away. */
export function countTripDays(depart: LocalDateTime, back: LocalDateTime): TripDays {
  const nights = Math.max(0, back.day - depart.day);
  const calendarDays = nights + 1;
  // Skatteverket: a trip without an overnight stay gets no per diem.
  if (nights === 0) return { nights, calendarDays, fullDays: 0, halfDays: 0 };
  const departFull = depart.minutes < FULL_DEPARTURE_BEFORE;
  const returnFull = back.minutes > FULL_RETURN_AFTER;
  const between = nights - 1;
  return {
    nights,
    calendarDays,
    fullDays: between + (departFull ? 1 : 0) + (returnFull ? 1 : 0),
    halfDays: (departFull ? 0 : 1) + (returnFull ? 0 : 1),
  };
}
