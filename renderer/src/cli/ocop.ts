/**
 * The auditor's command line: `npm run --silent ocop -- <command> …`.
 *
 *   tally <round-file>   recompute a round's results from its round file, print JSON on stdout
 *   verify <round-file>  verify the round's hash-chained audit trail in the file (exit 3 if broken)
 *
 * Invalid input → the problem report on stderr (Vietnamese, with English) and exit code 2.
 * The commands live in commands.ts (add new ones there); this file only connects them to Node.
 */
import { catalog } from '../i18n/catalog';
import { addAllWords } from '../i18n/translate';
import { runCli } from './commands';
import { EXIT } from './exit-codes';
import { nodeHost } from './host';

addAllWords(catalog); // the command line prints words of every part of the catalog
const { host, setExitCode } = nodeHost();
runCli(host).then(setExitCode, (error: unknown) => {
  host.stderr(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  setExitCode(EXIT.internal);
});
