import type { PlanHost } from "../host";

/**
 * The Excel host for the pane. Filled in from src/excel/host.ts once that lands; until then the
 * pane inside Excel reports that checking is unavailable rather than failing silently.
 */
export function createExcelHost(): PlanHost {
  const unavailable = (): Promise<never> =>
    Promise.reject(new Error("Chức năng kiểm tra trong Excel chưa sẵn sàng trong bản dựng này."));
  return {
    kind: "excel",
    check: unavailable,
    clearHighlights: unavailable,
    generateSummary: unavailable,
    selectCell: unavailable,
  };
}
