/** The refiners, run in THIS order over a scan's mentions once the rules are done. */
import type { DeadlineRefiner } from "./types";
import { refiner as joinedPartsShareYear } from "./joined-parts-share-year";
import { refiner as partOfWrittenYear } from "./part-of-written-year";
import { refiner as daysOfEveryMonth } from "./days-of-every-month";

export type { DeadlineRefiner } from "./types";

export const REFINERS: readonly DeadlineRefiner[] = [joinedPartsShareYear, partOfWrittenYear, daysOfEveryMonth];
