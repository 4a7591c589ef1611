import type { Config } from "../config.ts";
import { connect } from "./connect.ts";
import type { UserSummary } from "./switchboard-client.ts";

const usage = "usage: switchboard users add --email e --role admin|agent [--name n] [--password-stdin] [--json] | switchboard users list [--json]";

export interface UsersOptions {
  email?: string;
  role?: string;
  name?: string;
  passwordStdin: boolean;
  json: boolean;
}

const formatUser = (user: UserSummary) => `${user.id}  ${user.role.padEnd(5)}  ${user.email}${user.name ? ` (${user.name})` : ""}${user.disabled ? "  disabled" : ""}`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing newline is what `echo` and here-strings add; it is not part of the password.
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

/** `switchboard users add|list`: people who sign in to the desk and the admin pages. */
export async function usersCommand(config: Config, args: string[], options: UsersOptions): Promise<number> {
  const [action] = args;
  if (action !== "add" && action !== "list") throw new Error(usage);
  if (action === "add" && (!options.email || (options.role !== "admin" && options.role !== "agent"))) throw new Error(usage);
  const password = action === "add" && options.passwordStdin ? await readStdin() : undefined;
  const connection = await connect(config);
  try {
    if (action === "list") {
      const { users } = await connection.client.listUsers();
      process.stdout.write(options.json ? `${JSON.stringify({ users }, null, 2)}\n` : users.length ? `${users.map(formatUser).join("\n")}\n` : "No users.\n");
      return 0;
    }
    const created = await connection.client.addUser({ email: options.email!, role: options.role!, name: options.name, password });
    if (options.json) process.stdout.write(`${JSON.stringify(created, null, 2)}\n`);
    else {
      process.stdout.write(`Added ${formatUser(created.user)}\n`);
      if (created.oneTimePassword) process.stdout.write(`One-time password (shown once): ${created.oneTimePassword}\n`);
    }
    return 0;
  } finally {
    await connection.close();
  }
}
