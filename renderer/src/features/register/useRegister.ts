import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbProvider';
import { entryFacts, registerData, type RegisterData } from '../../db';
import { buildRegister, type RegisterLine } from '../../domain/register/register';

export interface RegisterView {
  readonly data: RegisterData;
  readonly lines: readonly RegisterLine[];
  /** the local calendar day the statuses are read for (the database's clock) */
  readonly today: string;
}

/** The local calendar day of an instant, YYYY-MM-DD (certificates expire by local day). */
export function localIsoDate(instant: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** The whole register, live: re-read whenever a round, product or register entry changes. */
export function useRegister(): RegisterView | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const data = await registerData(db);
    const today = localIsoDate(new Date(db.now()));
    return { data, today, lines: buildRegister(data.entries.map(entryFacts), data.evaluations, today) };
  }, [db]);
}
