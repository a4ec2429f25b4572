import type { Scan } from "../mentions";

/**
 * A refiner (as chrono's refiners): runs once over all the mentions of a scan, after the rules,
 * and links or completes them. Returns true when it changed something (for --explain).
 */
export interface DeadlineRefiner {
  readonly name: string;
  readonly refine: (s: Scan) => boolean;
}
