import { loadSheetCatalog, ruleSets } from '../domain/criteria/registry';
import { parseRoundFileText } from '../domain/round-file/parse';
import { ruleSetNamedIn } from '../domain/round-file/read';
import { parseJsonText } from '../domain/validate/json-text';
import { tallyReport, tallyRound } from '../domain/round-file/tally';
import { cliText, formatProblemReport } from '../i18n/problems';
import { EXIT, type ExitCode } from './exit-codes';
import type { CliHost } from './host';

/**
 * `ocop tally <round-file>`: recompute a round's results from its file and print them as JSON
 * (issue 3 item 7). The same domain code as the app: parse + validate, then `tallyRound`.
 */
export async function tallyCommand(host: CliHost, args: readonly string[]): Promise<ExitCode> {
  const [file, ...extra] = args;
  if (file === undefined || extra.length > 0) {
    host.stderr(`${cliText('usage', 'vi')}\n\n${cliText('usage', 'en')}\n`);
    return EXIT.invalidInput;
  }
  const text = readText(host, file);
  if (text === undefined) return EXIT.invalidInput;
  // Load only the rule-set the file names (all shipped ones when it names none or an unknown one,
  // so the report can still say which sheets exist).
  const json = parseJsonText(text);
  const named = json.ok ? ruleSetNamedIn(json.value) : undefined;
  const known = ruleSets().map((r) => r.id);
  const catalog = await loadSheetCatalog(named !== undefined && known.includes(named) ? [named] : known);
  const parsed = parseRoundFileText(text, catalog);
  if (!parsed.ok) {
    host.stderr(
      `${cliText('invalidFile', 'vi', { file, count: parsed.problems.length })}\n(${cliText('invalidFile', 'en', { file, count: parsed.problems.length })})\n${formatProblemReport(parsed.problems)}\n`,
    );
    return EXIT.invalidInput;
  }
  host.stdout(`${JSON.stringify(tallyReport(tallyRound(parsed.value, catalog)), null, 2)}\n`);
  return EXIT.ok;
}

function readText(host: CliHost, file: string): string | undefined {
  try {
    return host.readFile(file);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    host.stderr(
      `${cliText('cannotRead', 'vi', { file, detail })}\n(${cliText('cannotRead', 'en', { file, detail })})\n`,
    );
    return undefined;
  }
}
