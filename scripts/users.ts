// Manage the console's local users file.
//
//   npm run users -- add NAME [--groups a,b]     password from stdin (or a prompt)
//   npm run users -- passwd NAME                 password from stdin (or a prompt)
//   npm run users -- list
//   npm run users -- remove NAME
//
// The file is S3SHARE_USERS_FILE (default data/users.json). Passwords are never taken from the
// command line, where other users of the machine could read them in the process list.
import path from "node:path";
import readline from "node:readline";
import { readUsers, removeUser, setUser, UsersFileError } from "../lib/auth/users";

const file = path.resolve(process.env.S3SHARE_USERS_FILE ?? "data/users.json");

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = "";
    for await (const chunk of process.stdin) data += chunk;
    return data.replace(/\r?\n$/, "");
  }
  // Interactive: ask twice, without echo.
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
      process.stderr.write(prompt);
      const out = rl as unknown as { _writeToOutput: (s: string) => void };
      out._writeToOutput = () => {};
      rl.question("", (answer) => {
        rl.close();
        process.stderr.write("\n");
        resolve(answer);
      });
    });
  const first = await ask("Password: ");
  const second = await ask("Repeat password: ");
  if (first !== second) throw new UsersFileError("The passwords do not match.");
  return first;
}

function usage(): never {
  console.error("usage: users add NAME [--groups a,b] | passwd NAME | list | remove NAME");
  process.exit(2);
}

async function main() {
  const [command, name, ...rest] = process.argv.slice(2);
  const groupsAt = rest.indexOf("--groups");
  const groups = groupsAt >= 0 ? (rest[groupsAt + 1] ?? "").split(",").map((g) => g.trim()).filter(Boolean) : undefined;

  switch (command) {
    case "add":
    case "passwd": {
      if (!name) usage();
      const exists = readUsers(file).some((u) => u.username === name);
      if (command === "passwd" && !exists) throw new UsersFileError(`No user "${name}" in ${file}.`);
      if (command === "add" && exists) throw new UsersFileError(`User "${name}" exists already; use passwd to change the password.`);
      await setUser(file, name, await readPassword(), groups);
      console.error(`${command === "add" ? "Added" : "Updated"} ${name} in ${file}`);
      break;
    }
    case "list":
      for (const u of readUsers(file)) console.log(u.groups.length ? `${u.username}\t${u.groups.join(",")}` : u.username);
      break;
    case "remove":
      if (!name) usage();
      if (!removeUser(file, name)) throw new UsersFileError(`No user "${name}" in ${file}.`);
      console.error(`Removed ${name} from ${file}`);
      break;
    default:
      usage();
  }
}

main().catch((e) => {
  console.error(e instanceof UsersFileError ? `users: ${e.message}` : e);
  process.exit(1);
});
