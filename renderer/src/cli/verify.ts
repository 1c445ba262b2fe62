import { verifyChain } from '../db/audit/chain';
import type { AuditRow } from '../db/rows';
import { loadSheetCatalog, ruleSets } from '../domain/criteria/registry';
import { parseRoundFileText } from '../domain/round-file/parse';
import { ruleSetNamedIn } from '../domain/round-file/read';
import { parseJsonText } from '../domain/validate/json-text';
import type { RoundAuditEvent } from '../domain/round-file/types';
import { cliText, formatProblemReport } from '../i18n/problems';
import { translate } from '../i18n/translate';
import { EXIT, type ExitCode } from './exit-codes';
import type { CliHost } from './host';

/**
 * `ocop verify <round-file>`: recomputes the round's audit chain from the file (issue 6 item 5)
 * with the same code as the app. Prints `{ ok, round, events, headHash }` on stdout when every
 * event holds (compare `headHash` with the one printed in the signed minutes: that also proves
 * that no event was cut off the end). A broken chain: the first broken event is named on stderr
 * (Vietnamese, then English) and the exit code is 3. An unreadable file: exit code 2.
 */
export async function verifyCommand(host: CliHost, args: readonly string[]): Promise<ExitCode> {
  const [file, ...extra] = args;
  if (file === undefined || extra.length > 0) {
    host.stderr(`${cliText('usage', 'vi')}\n\n${cliText('usage', 'en')}\n`);
    return EXIT.invalidInput;
  }
  let text: string;
  try {
    text = host.readFile(file);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    host.stderr(
      `${cliText('cannotRead', 'vi', { file, detail })}\n(${cliText('cannotRead', 'en', { file, detail })})\n`,
    );
    return EXIT.invalidInput;
  }
  const json = parseJsonText(text);
  const named = json.ok ? ruleSetNamedIn(json.value) : undefined;
  const known = ruleSets().map((r) => r.id);
  const parsed = parseRoundFileText(
    text,
    await loadSheetCatalog(named !== undefined && known.includes(named) ? [named] : known),
  );
  if (!parsed.ok) {
    host.stderr(
      `${cliText('invalidFile', 'vi', { file, count: parsed.problems.length })}\n(${cliText('invalidFile', 'en', { file, count: parsed.problems.length })})\n${formatProblemReport(parsed.problems)}\n`,
    );
    return EXIT.invalidInput;
  }
  const round = parsed.value.round;
  const audit = parsed.value.audit;
  const both = (key: Parameters<typeof translate>[1], params: Record<string, string | number>): string =>
    `${translate('vi', key, params)}\n(${translate('en', key, params)})\n`;
  if (audit === undefined || audit.length === 0) {
    host.stderr(both('audit.cli.noTrail', { file }));
    return EXIT.invalidInput;
  }
  const verdict = verifyChain(round.id, audit.map(toAuditRow));
  if (verdict.ok) {
    host.stdout(
      `${JSON.stringify({ ok: true, round: round.id, events: verdict.count, headHash: verdict.headHash }, null, 2)}\n`,
    );
    return EXIT.ok;
  }
  const event = audit.find((e) => e.id === verdict.eventId);
  host.stderr(
    both('audit.cli.broken', {
      file,
      seq: verdict.seq,
      id: verdict.eventId,
      action: event?.action ?? '?',
      at: event?.at ?? '?',
      verified: verdict.verified,
    }),
  );
  host.stderr(both(`audit.problem.${verdict.problem}`, {}));
  host.stdout(
    `${JSON.stringify({ ok: false, round: round.id, brokenAt: { seq: verdict.seq, eventId: verdict.eventId, problem: verdict.problem }, verified: verdict.verified }, null, 2)}\n`,
  );
  return EXIT.chainBroken;
}

function toAuditRow(e: RoundAuditEvent): AuditRow {
  return { ...e };
}
