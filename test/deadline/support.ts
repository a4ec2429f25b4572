export { parseDeadline } from "../../src/core/deadline";
export { DEADLINE_KINDS as DEADLINE_KINDS_PARSED } from "../../src/core/report";
