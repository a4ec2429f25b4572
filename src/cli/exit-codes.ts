/** The command's exit codes: 0 no error-severity issue, 1 some, 2 unreadable input or wrong arguments. */
export const EXIT_OK = 0;
export const EXIT_ISSUES = 1;
export const EXIT_UNREADABLE = 2;
