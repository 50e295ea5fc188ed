/** Where a command writes, so tests can run commands in process. */
export type Io = { out: (text: string) => void; err: (text: string) => void };

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A failure with a message for a person and an exit code for a script. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(message);
  }
}
