/** Exit codes of the `ocop` command: scripts and auditors rely on them. */
export const EXIT = {
  ok: 0,
  /** Something unexpected inside the tool (a bug): the message says what. */
  internal: 1,
  /** The input is wrong: usage, unreadable or invalid file. The report is on stderr. */
  invalidInput: 2,
  /** `verify`: the file reads, but its audit chain does not hold (the broken event is named). */
  chainBroken: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
