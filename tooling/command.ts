import { loadEnvConfig } from '@next/env'

type Io = { log: (line: string) => void; error: (line: string) => void }
type Command = (argv: string[], io: Io, env: NodeJS.ProcessEnv) => Promise<number>

const consoleIo: Io = { log: (line) => console.log(line), error: (line) => console.error(line) }

// Writes to a pipe are asynchronous: exiting at once would cut off the end of a long report
// (`npm run import … | tee log`). An empty write calls back once everything before it is out.
const exit = (code: number) => process.stdout.write('', () => process.stderr.write('', () => process.exit(code)))

/**
 * Runs one of the project's commands (`npm run import`, `seed`, `check:claims`) with the same
 * .env files the site reads, so one configuration serves the site and its commands, and exits
 * with its code once its output is flushed. An unexpected error exits with `failureCode`.
 */
export function runCommand(name: string, command: Command, failureCode = 1): void {
  loadEnvConfig(process.cwd(), false, { info: () => undefined, error: console.error })
  command(process.argv.slice(2), consoleIo, process.env).then(exit, (error: unknown) => {
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`)
    exit(failureCode)
  })
}
