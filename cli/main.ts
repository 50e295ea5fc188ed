// s3-share: the console's command line. Shares the console's configuration (the same environment
// variables), credential chain and signing code, without loading Next.js or React.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { presignCommand } from "./presign";
import { usersCommand } from "./users";
import { CliError, EXIT, type Io } from "./io";

const HELP = `s3-share: presigned links to S3 objects, and the console's users.

Usage:
  s3-share presign s3://BUCKET/KEY [options]          one link, like "aws s3 presign"
  s3-share presign --recursive s3://BUCKET/PREFIX/    one link per object under a prefix
  s3-share users add|passwd|list|remove ...           the console's users file

Run "s3-share COMMAND --help" for a command's options.

Configuration comes from the environment, as for the console: AWS_ACCESS_KEY_ID,
AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL_S3,
S3SHARE_PUBLIC_ENDPOINT, S3SHARE_FORCE_PATH_STYLE, S3SHARE_USERS_FILE (see the README).

Exit codes: 0 done; 1 failed (S3 error, missing object, no credentials); 2 bad arguments.
`;

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "presign":
        return await presignCommand(rest, io);
      case "users":
        return await usersCommand(rest, io);
      case undefined:
      case "-h":
      case "--help":
      case "help":
        io.out(HELP);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new CliError(`unknown command "${command}"; run s3-share --help`, EXIT.usage);
    }
  } catch (err) {
    if (err instanceof CliError) {
      io.err(`s3-share: ${err.message}\n`);
      return err.exitCode;
    }
    // parseArgs' own errors (unknown option, missing value) are usage errors too
    if ((err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`s3-share: ${(err as Error).message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
}

/** parseArgs, strict, with --help on every command. */
export function parse<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T, allowPositionals = true) {
  return parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals, strict: true });
}
