/** The check history kept in a workbook, and what changed between two checks (pure). */
export {
  HISTORY_VERSION,
  MAX_CHECKS,
  historySchema,
  emptyHistory,
  parseHistory,
  serializeHistory,
  type History,
  type HistoryCheck,
  type HistoryTask,
} from "./schema";
export { checkRecord, recordCheck, historyTasks } from "./record";
export {
  diffChecks,
  lastChange,
  changesSince,
  CHANGE_KINDS,
  type ChangeKind,
  type TaskChange,
  type HistoryDiff,
} from "./diff";
