import path from "node:path";
import readline from "node:readline";
import { readUsers, removeUser, setUser, UsersFileError } from "@/lib/auth/users";
import { CliError, EXIT, type Io } from "./io";
import { parse } from "./main";

const HELP = `Usage:
  s3-share users add NAME [--groups a,b]       a new user; the password from stdin, or asked twice
  s3-share users passwd NAME [--groups a,b]    a new password (and groups, if given)
  s3-share users list [--json]                 the users and their groups
  s3-share users remove NAME                   removes the user; their sessions end at once

The file is S3SHARE_USERS_FILE (default data/users.json). Passwords are never taken from the
command line, where other users of the machine could read them in the process list.
`;

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = "";
    for await (const chunk of process.stdin) data += chunk;
    return data.replace(/\r?\n$/, "");
  }
  // At a terminal: ask twice, without echo.
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
      process.stderr.write(prompt);
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
      rl.question("", (answer) => {
        rl.close();
        process.stderr.write("\n");
        resolve(answer);
      });
    });
  const first = await ask("Password: ");
  if ((await ask("Repeat password: ")) !== first) throw new CliError("the passwords do not match");
  return first;
}

export async function usersCommand(args: string[], io: Io): Promise<number> {
  const { values: o, positionals } = parse(args, { groups: { type: "string" }, json: { type: "boolean" } });
  const [sub, name, ...extra] = positionals;
  if (o.help || sub === undefined) {
    io.out(HELP);
    return o.help ? EXIT.ok : EXIT.usage;
  }
  if (extra.length) throw new CliError(`unexpected "${extra[0]}"; run s3-share users --help`, EXIT.usage);
  const file = path.resolve(process.env.S3SHARE_USERS_FILE || "data/users.json");
  const groups = o.groups?.split(",").map((g) => g.trim()).filter(Boolean);
  const needName = () => {
    if (!name) throw new CliError(`users ${sub} needs a NAME`, EXIT.usage);
    return name;
  };

  try {
    switch (sub) {
      case "add":
      case "passwd": {
        const user = needName();
        const exists = readUsers(file).some((u) => u.username === user);
        if (sub === "passwd" && !exists) throw new CliError(`no user "${user}" in ${file}`);
        if (sub === "add" && exists) throw new CliError(`user "${user}" exists already; use passwd to change the password`);
        await setUser(file, user, await readPassword(), groups);
        io.err(`${sub === "add" ? "Added" : "Updated"} ${user} in ${file}\n`);
        return EXIT.ok;
      }
      case "list": {
        const users = readUsers(file).map((u) => ({ username: u.username, groups: u.groups }));
        if (o.json) io.out(JSON.stringify(users) + "\n");
        else for (const u of users) io.out(u.groups.length ? `${u.username}\t${u.groups.join(",")}\n` : `${u.username}\n`);
        return EXIT.ok;
      }
      case "remove": {
        const user = needName();
        if (!removeUser(file, user)) throw new CliError(`no user "${user}" in ${file}`);
        io.err(`Removed ${user} from ${file}\n`);
        return EXIT.ok;
      }
      default:
        throw new CliError(`unknown users command "${sub}"; run s3-share users --help`, EXIT.usage);
    }
  } catch (err) {
    if (err instanceof UsersFileError) throw new CliError(err.message);
    throw err;
  }
}
