/**
 * The auditor's command line: `npm run --silent ocop -- <command> …`.
 *
 *   tally <round-file>   recompute a round's results from its round file, print JSON on stdout
 *
 * Invalid input → the problem report on stderr (Vietnamese, with English) and exit code 2.
 * To add a command (e.g. `verify` for signed minutes, issue 6): write `renderer/src/cli/<name>.ts`
 * exporting `(host, args) => Promise<ExitCode>`, add it to `COMMANDS`, and a usage line to
 * `cliTexts.usage` in renderer/src/i18n/problems.ts.
 */
import { cliText } from '../i18n/problems';
import { EXIT, type ExitCode } from './exit-codes';
import { nodeHost, type CliHost } from './host';
import { tallyCommand } from './tally';

type Command = (host: CliHost, args: readonly string[]) => Promise<ExitCode>;

export const COMMANDS: Readonly<Record<string, Command>> = {
  tally: tallyCommand,
};

export async function runCli(host: CliHost): Promise<ExitCode> {
  const [name, ...args] = host.args;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (command === undefined) {
    if (name !== undefined && name !== '--help' && name !== '-h') {
      host.stderr(`${cliText('unknownCommand', 'vi', { command: name })}\n(${cliText('unknownCommand', 'en', { command: name })})\n\n`);
    }
    host.stderr(`${cliText('usage', 'vi')}\n\n${cliText('usage', 'en')}\n`);
    return EXIT.invalidInput;
  }
  return command(host, args);
}

function main(): void {
  const { host, setExitCode } = nodeHost();
  runCli(host).then(setExitCode, (error: unknown) => {
    host.stderr(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    setExitCode(EXIT.internal);
  });
}

main();
