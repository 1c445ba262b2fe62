import { useEffect, useId, useState, useSyncExternalStore, type FormEvent, type ReactNode } from 'react';
import type { HubProductView, MemberView } from '../../../electron/shared/hub-wire';
import { loadSheet } from '../domain/criteria/registry';
import type { MessageKey } from '../i18n/catalog';
import { useI18n } from '../i18n/I18nProvider';
import { pathSegments, useHashLocation } from '../ui/useHashLocation';
import { MemberSheet } from './MemberSheet';
import type { MemberSession, SessionState } from './session';
import styles from './Member.module.css';

const KNOWN_JOIN_ERRORS = new Set([
  'unknown-card',
  'card-used',
  'card-locked',
  'no-device',
  'network',
  'storage',
]);

function problemText(
  t: (key: MessageKey, p?: Record<string, string | number>) => string,
  language: 'vi' | 'en',
  problem: SessionState['problem'],
): string | null {
  if (problem === null) return null;
  const message = language === 'vi' ? problem.vi : problem.en;
  if (message !== undefined) return t('member.refused', { message });
  if (problem.code === 'network') return t('member.error.network');
  if (KNOWN_JOIN_ERRORS.has(problem.code)) return t(`member.error.${problem.code}` as MessageKey);
  return t('member.error.other', { code: problem.code });
}

/** The member's page: join, then today's products, then one product's official sheet. */
export function MemberApp(props: { readonly session: MemberSession }): ReactNode {
  const state = useSyncExternalStore(props.session.subscribe, props.session.snapshot);
  const { t, language, setLanguage } = useI18n();
  const [path, navigate] = useHashLocation();
  const [first, productId] = pathSegments(path);
  const problem = problemText(t, language, state.problem);
  // Every sheet of the day is fetched while the hub answers: a device that loses the network
  // later (or the hub restarting) can still open any product on its list and keep scoring.
  const ruleSetId = state.view?.ruleSetId ?? '';
  const sheetNos = [...new Set(state.view?.products.map((p) => p.sheetNo) ?? [])].join(',');
  useEffect(() => {
    if (!state.online || ruleSetId === '' || sheetNos === '') return;
    for (const no of sheetNos.split(',')) {
      // Not fetched now (the network dropped meanwhile): tried again when the device is back
      // online; opening the sheet loads it then, and shows a failure there if it still fails.
      loadSheet(ruleSetId, Number(no)).then(
        () => undefined,
        () => undefined,
      );
    }
  }, [state.online, ruleSetId, sheetNos]);

  return (
    <div className={styles.page}>
      <header className={styles.top}>
        <span className={styles.brand}>{t('member.appTitle')}</span>
        <button
          type="button"
          className={styles.lang}
          aria-label={t('member.languageLabel')}
          onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')}
        >
          {t('member.language')}
        </button>
      </header>
      {!state.online && state.phase === 'ready' ? (
        <p className={styles.offline} role="status">
          {t('member.offline')}
        </p>
      ) : null}
      {problem !== null ? (
        <p className={styles.problem} role="alert">
          {problem}
        </p>
      ) : null}
      {state.phase === 'starting' ? null : state.phase === 'join' ? (
        <JoinForm session={props.session} />
      ) : state.view === null ? (
        <main>
          <p>{t('member.waiting')}</p>
        </main>
      ) : first === 'p' && productId !== undefined ? (
        <ProductPage
          state={state}
          view={state.view}
          productId={productId}
          session={props.session}
          onBack={() => navigate('/')}
        />
      ) : (
        <ProductList state={state} view={state.view} />
      )}
    </div>
  );
}

function JoinForm(props: { readonly session: MemberSession }): ReactNode {
  const { t } = useI18n();
  const id = useId();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await props.session.join({ code });
    } finally {
      setBusy(false);
    }
  };
  return (
    <main>
      <form className={styles.join} onSubmit={(e) => void submit(e)}>
        <h1>{t('member.joinTitle')}</h1>
        <p>{t('member.joinIntro')}</p>
        <label htmlFor={id}>{t('member.code')}</label>
        <input
          id={id}
          className={styles.codeInput}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={12}
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <button type="submit" className="primary" disabled={busy || code.trim() === ''}>
          {busy ? t('member.joining') : t('member.join')}
        </button>
      </form>
    </main>
  );
}

function pendingFor(state: SessionState, productId: string): number {
  return state.pending.filter((op) => op.productId === productId).length;
}

function ProductList(props: { readonly state: SessionState; readonly view: MemberView }): ReactNode {
  const { t, date, language } = useI18n();
  const { view } = props;
  return (
    <main>
      <h1 className={styles.hello}>
        {t('member.hello', { name: view.memberName, role: view.roleLabel[language] })}
      </h1>
      <p className={styles.day}>
        {t('member.dayOf', { round: view.roundName, date: date(view.meetingDate) })}
      </p>
      {view.waitingForAttendance === true ? (
        <p className={styles.waiting} role="status">
          {t('member.waitingForAttendance')}
        </p>
      ) : null}
      <h2>{t('member.products')}</h2>
      {view.products.length === 0 ? <p>{t('member.noProducts')}</p> : null}
      <ul className={styles.products}>
        {view.products.map((p) => (
          <ProductItem key={p.productId} product={p} pending={pendingFor(props.state, p.productId)} />
        ))}
      </ul>
    </main>
  );
}

function ProductItem(props: { readonly product: HubProductView; readonly pending: number }): ReactNode {
  const { t } = useI18n();
  const p = props.product;
  return (
    <li>
      <a className={styles.productLink} href={`#/p/${p.productId}`}>
        <span className={styles.productName}>{p.name}</span>
        <span className={styles.productMeta}>
          {t('scoring.sheetNo', { no: p.sheetNo })} · {t(`member.phase.${p.phase}`)}
          {p.pass > 1 && p.phase === 'open' ? ` · ${t('member.rescore', { pass: p.pass })}` : ''}
        </span>
        <span className={props.pending > 0 ? styles.savedHere : styles.savedThere}>
          {props.pending > 0
            ? t('member.pending', { count: props.pending })
            : p.sheet === null
              ? ''
              : t('member.savedThere')}
        </span>
      </a>
    </li>
  );
}

function ProductPage(props: {
  readonly state: SessionState;
  readonly view: MemberView;
  readonly productId: string;
  readonly session: MemberSession;
  readonly onBack: () => void;
}): ReactNode {
  const { t } = useI18n();
  const product = props.view.products.find((p) => p.productId === props.productId);
  return (
    <main>
      <a className={styles.back} href="#/">
        {t('member.back')}
      </a>
      {product === undefined ? (
        <p>{t('member.noProducts')}</p>
      ) : (
        // A new pass is a new sheet: the key remounts the form with the re-score's answers.
        <MemberSheet
          key={`${product.productId}/${product.pass}`}
          view={props.view}
          product={product}
          state={props.state}
          session={props.session}
        />
      )}
    </main>
  );
}
