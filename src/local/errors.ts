/**
 * Errors the CLI shows to a person: a code a program can read and one French sentence a person
 * can act on. Anything else that escapes is a bug and is shown with its stack.
 */
export type UserErrorCode =
  | 'usage'
  | 'file-missing'
  | 'not-a-workbook'
  | 'no-invoice-table'
  | 'bad-date'
  | 'bad-json'
  | 'bad-file-type'
  | 'bad-settings'
  | 'workspace-exists'
  | 'not-a-workspace'
  | 'unknown-function'
  | 'run-failed'
  | 'unreadable-state'
  | 'clock-behind'
  | 'port-busy'
  | 'disk';

export class UserError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
