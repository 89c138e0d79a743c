/**
 * Bad input from a caller (a context file, a Graph payload that does not match its documented shape).
 * `field` names the offending path, e.g. "mailboxSettings.workingHours.startTime", so the CLI and the
 * taskpane can say exactly what to fix instead of failing somewhere deep in the date maths.
 */
export class InputError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = "InputError";
    this.field = field;
  }
}
