import { fromEnv } from './config'
import { isValidName, UserStore } from './store/users'

/**
 * `npm run user -- add NAME --password PASS` | `passwd NAME --password PASS` | `remove NAME` | `list`.
 * `--password-stdin` reads the password from standard input instead (no trace in the shell history).
 * Accounts live in STATE_DIR/users.json; a running server sees changes at its next request.
 */
const USAGE = `usage:
  npm run user -- add NAME --password PASS      create an analyst account
  npm run user -- passwd NAME --password PASS   change its password
  npm run user -- remove NAME                   delete it (its sessions end)
  npm run user -- list                          list accounts
  (--password-stdin instead of --password PASS reads the password from standard input)
  STATE_DIR (default var/) chooses where accounts are kept.`

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '')
}

async function passwordFrom(args: string[]): Promise<string> {
  const i = args.indexOf('--password')
  if (i >= 0) {
    const value = args[i + 1]
    if (value === undefined) throw new Error('--password needs a value')
    return value
  }
  if (args.includes('--password-stdin')) return readStdin()
  throw new Error('give --password PASS or --password-stdin')
}

async function main(argv: string[]): Promise<number> {
  const [command, name, ...rest] = argv
  const users = new UserStore(fromEnv(process.env).server.stateDir)
  switch (command) {
    case 'add':
    case 'passwd': {
      if (!name || name.startsWith('--')) throw new Error(`${command} needs a NAME`)
      if (!isValidName(name))
        throw new Error(`invalid name ${JSON.stringify(name)}: 1–32 letters or digits, with . _ - inside`)
      if (command === 'passwd' && !(await users.get(name))) throw new Error(`no user ${name}`)
      await users.add(name, await passwordFrom(rest), { replace: command === 'passwd' })
      console.log(command === 'add' ? `added ${name}` : `changed the password of ${name}`)
      return 0
    }
    case 'remove': {
      if (!name) throw new Error('remove needs a NAME')
      if (!(await users.remove(name))) throw new Error(`no user ${name}`)
      console.log(`removed ${name}`)
      return 0
    }
    case 'list': {
      for (const u of await users.list()) console.log(`${u.name}\t${u.created}`)
      return 0
    }
    default:
      console.error(USAGE)
      return 2
  }
}

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (e) {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`)
  process.exitCode = 1
}
