import { cliText } from '../i18n/problems';
import { EXIT, type ExitCode } from './exit-codes';
import type { CliHost } from './host';
import { tallyCommand } from './tally';
import { verifyCommand } from './verify';

/**
 * The commands of `ocop`. To add one (e.g. `verify` for signed minutes, issue 6): write
 * `renderer/src/cli/<name>.ts` exporting `(host, args) => Promise<ExitCode>`, add it here, and
 * add its usage line to `cliTexts.usage` in renderer/src/i18n/problems.ts.
 */
export type Command = (host: CliHost, args: readonly string[]) => Promise<ExitCode>;

export const COMMANDS: Readonly<Record<string, Command>> = {
  tally: tallyCommand,
  verify: verifyCommand,
};

export async function runCli(host: CliHost): Promise<ExitCode> {
  const [name, ...args] = host.args;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (command === undefined) {
    if (name !== undefined && name !== '--help' && name !== '-h') {
      host.stderr(
        `${cliText('unknownCommand', 'vi', { command: name })}\n(${cliText('unknownCommand', 'en', { command: name })})\n\n`,
      );
    }
    host.stderr(`${cliText('usage', 'vi')}\n\n${cliText('usage', 'en')}\n`);
    return EXIT.invalidInput;
  }
  return command(host, args);
}
