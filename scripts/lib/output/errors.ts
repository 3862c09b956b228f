/**
 * An error the user can act on: its message says what is wrong and how to fix it, so the CLI
 * prints it as is, without a stack trace.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
