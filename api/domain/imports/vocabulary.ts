/** States of a recorded file import (issue 6): running → succeeded | rejected (row report) | failed (crash, outage). */
export const importJobStatuses = ['running', 'succeeded', 'rejected', 'failed'] as const;
export type ImportJobStatus = (typeof importJobStatuses)[number];
