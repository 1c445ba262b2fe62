/**
 * Runs IN THE PAGE (bundled by scoring-seed.ts): builds a round through the app's own
 * repositories, in the app's own database, so the scoring screen can be tested before the
 * set-up screens exist. Every write is a real repository write with its audit event.
 */
import { addMember, createPerson, createProduct, createRound, openCouncilDb, setAttendance, startScoring } from '../../../renderer/src/db';
import type { MemberRole } from '../../../renderer/src/domain/model';

export interface SeedSpec {
  readonly roundName: string;
  readonly members: readonly { readonly fullName: string; readonly role: MemberRole; readonly absent?: boolean }[];
  readonly products: readonly { readonly name: string; readonly code: string; readonly sheetNo: number }[];
}

export interface SeedResult {
  readonly roundId: string;
  readonly members: readonly { readonly id: string; readonly fullName: string }[];
  readonly products: readonly { readonly id: string; readonly name: string }[];
}

async function seed(spec: SeedSpec): Promise<SeedResult> {
  const db = await openCouncilDb();
  try {
    const day = '2026-12-01';
    const round = await createRound(db, { name: spec.roundName, level: 'province', province: 'Tây Ninh', meetingDates: [day] }, 'secretary');
    const members = [];
    for (const m of spec.members) {
      const person = await createPerson(db, { fullName: m.fullName }, 'secretary');
      const seat = await addMember(db, round.id, person.id, m.role, 'secretary');
      if (m.absent === true) await setAttendance(db, round.id, seat.id, day, false, 'secretary');
      members.push({ id: seat.id, fullName: m.fullName });
    }
    const products = [];
    for (const p of spec.products) {
      const row = await createProduct(db, round.id, { name: p.name, code: p.code, sheetNo: p.sheetNo, producer: { name: 'HTX Thử nghiệm', address: 'Ấp 1, xã A', phone: '0900000000', commune: 'Xã A' }, kind: 'first' }, 'secretary');
      products.push({ id: row.id, name: p.name });
    }
    await startScoring(db, round.id, 'secretary');
    window.localStorage.setItem('ocop.currentRoundId', round.id);
    return { roundId: round.id, members, products };
  } finally {
    db.close();
  }
}

declare global {
  interface Window {
    __ocopSeedScoring?: (spec: SeedSpec) => Promise<SeedResult>;
  }
}

window.__ocopSeedScoring = seed;
