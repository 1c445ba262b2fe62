import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import type { HubCard, HubDevice } from '../../shared/hub-wire';
import { writeFileAtomic } from '../atomic-write';
import { oneAtATime } from '../one-at-a-time';
import { readJsonFile } from '../json-file';

/**
 * The join cards and device bindings of one meeting (round + day), kept by the hub in the
 * data folder (`hub/meeting.json`, atomic writes) so a restarted hub — or a restarted app —
 * still knows every member's device: nobody has to join again.
 *
 * - A card carries a one-time secret (32 random bytes) in its QR code and a short code to type
 *   ("3-482913": card number + 6 digits). Either joins ONCE: the card is then used up, and the
 *   member's device holds a device token (32 random bytes; only its SHA-256 is stored).
 * - One member, one device: re-issuing a card (or disconnecting) drops the device at once.
 * - Typed codes: 5 wrong codes for a card lock that card for a minute (the QR secret is too
 *   long to guess and is not rate-limited).
 * - Every secret is compared in constant time (`timingSafeEqual` over SHA-256 digests).
 */

export const WRONG_CODES_BEFORE_LOCK = 5;
export const LOCK_MS = 60_000;

const cardRecord = z.object({
  memberId: z.string(),
  number: z.number().int().positive(),
  secret: z.string(),
  code: z.string(),
  used: z.boolean(),
  device: z
    .object({
      deviceId: z.string(),
      tokenSha256: z.string(),
      label: z.string(),
      kind: z.enum(['phone', 'tablet', 'laptop']),
      joinedAt: z.string(),
    })
    .nullable(),
});
type CardRecord = z.infer<typeof cardRecord>;

const meetingFile = z.object({
  format: z.literal('ocop-council/hub-meeting'),
  version: z.literal(1),
  roundId: z.string(),
  meetingDate: z.string(),
  cards: z.array(cardRecord),
});

export interface JoinedDevice {
  readonly memberId: string;
  readonly deviceId: string;
  /** Given to the device once; never stored. */
  readonly deviceToken: string;
}

export type JoinRefusal = 'unknown-card' | 'card-used' | 'card-locked';

export class JoinRefusedError extends Error {
  override readonly name = 'JoinRefusedError';
  constructor(readonly reason: JoinRefusal) {
    super(reason);
  }
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Constant-time equality of two secrets of any length (their digests have equal length). */
export function secretsEqual(expected: string, given: string): boolean {
  return timingSafeEqual(sha256(expected), sha256(given));
}

function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export interface DeviceInfo {
  readonly label: string;
  readonly kind: HubDevice['kind'];
}

export class CardRegistry {
  private cards: CardRecord[] = [];
  private readonly wrongCodes = new Map<number, { count: number; lockedUntil: number }>();
  /** Last request per device (memory only: "last seen" after a restart starts again). */
  private readonly lastSeen = new Map<string, number>();
  /** The writes of the cards file, one after another (see `save`). */
  private readonly inTurn = oneAtATime();

  private constructor(
    private readonly file: string,
    readonly roundId: string,
    readonly meetingDate: string,
    private readonly now: () => number,
  ) {}

  /**
   * Opens the meeting's cards: the stored ones when the same round and day were open before
   * (a hub restart), fresh cards otherwise. Members added since get a card; cards of members
   * no longer present are kept (their device may still be bound — the secretary decides).
   */
  static async open(options: {
    readonly dataDir: string;
    readonly roundId: string;
    readonly meetingDate: string;
    readonly memberIds: readonly string[];
    readonly now: () => number;
    readonly onProblem: (message: string, error: unknown) => void;
  }): Promise<CardRegistry> {
    const file = path.join(options.dataDir, 'hub', 'meeting.json');
    const registry = new CardRegistry(file, options.roundId, options.meetingDate, options.now);
    const raw = await readJsonFile(file, (problem) =>
      options.onProblem(`hub/meeting.json ignored (${problem.kind})`, problem.cause),
    );
    const parsed = meetingFile.safeParse(raw);
    if (raw !== undefined && !parsed.success)
      options.onProblem('hub/meeting.json has another shape', parsed.error);
    if (
      parsed.success &&
      parsed.data.roundId === options.roundId &&
      parsed.data.meetingDate === options.meetingDate
    ) {
      registry.cards = parsed.data.cards;
    }
    let next = Math.max(0, ...registry.cards.map((c) => c.number)) + 1;
    for (const memberId of options.memberIds) {
      if (registry.cards.some((c) => c.memberId === memberId)) continue;
      registry.cards.push({
        memberId,
        number: next++,
        secret: newSecret(),
        code: newCode(),
        used: false,
        device: null,
      });
    }
    await registry.save();
    return registry;
  }

  /**
   * Writes the cards file. Writes run one after another and each takes the cards as they are
   * when its turn comes: members joining at the same moment used to write concurrently, and an
   * older write renamed into place last dropped the newer bindings — after a hub restart those
   * devices were told to join again. Resolves once the file holds this change (or a later one).
   */
  private save(): Promise<void> {
    return this.inTurn(() => {
      const content = {
        format: 'ocop-council/hub-meeting',
        version: 1,
        roundId: this.roundId,
        meetingDate: this.meetingDate,
        cards: this.cards,
      } satisfies z.infer<typeof meetingFile>;
      return writeFileAtomic(this.file, `${JSON.stringify(content, null, 2)}\n`);
    });
  }

  /** Joins with the QR code's secret. */
  async joinWithSecret(secret: string, device: DeviceInfo): Promise<JoinedDevice> {
    // Every card is compared (no early exit), so timing does not tell how far a guess matched.
    let found: CardRecord | undefined;
    for (const card of this.cards) if (secretsEqual(card.secret, secret)) found = card;
    if (found === undefined) throw new JoinRefusedError('unknown-card');
    return this.bind(found, device);
  }

  /** Joins with the typed short code "N-DDDDDD". */
  async joinWithCode(shortCode: string, device: DeviceInfo): Promise<JoinedDevice> {
    const match = /^\s*(\d{1,3})\s*-?\s*(\d{6})\s*$/u.exec(shortCode);
    const number = Number(match?.[1] ?? NaN);
    const card = this.cards.find((c) => c.number === number);
    if (match === null || card === undefined) throw new JoinRefusedError('unknown-card');
    const now = this.now();
    const wrong = this.wrongCodes.get(number) ?? { count: 0, lockedUntil: 0 };
    if (wrong.lockedUntil > now) throw new JoinRefusedError('card-locked');
    if (!secretsEqual(card.code, match[2] ?? '')) {
      const count = wrong.count + 1;
      const locked = count >= WRONG_CODES_BEFORE_LOCK;
      this.wrongCodes.set(number, { count: locked ? 0 : count, lockedUntil: locked ? now + LOCK_MS : 0 });
      throw new JoinRefusedError(locked ? 'card-locked' : 'unknown-card');
    }
    this.wrongCodes.delete(number);
    return this.bind(card, device);
  }

  private async bind(card: CardRecord, device: DeviceInfo): Promise<JoinedDevice> {
    if (card.used) throw new JoinRefusedError('card-used');
    const deviceId = randomBytes(12).toString('base64url');
    const deviceToken = randomBytes(32).toString('base64url');
    card.used = true;
    card.device = {
      deviceId,
      tokenSha256: sha256(deviceToken).toString('hex'),
      label: device.label,
      kind: device.kind,
      joinedAt: new Date(this.now()).toISOString(),
    };
    try {
      await this.save();
    } catch (error) {
      // Not on disk: the member was not given a device, so the card stays usable.
      card.used = false;
      card.device = null;
      throw error;
    }
    this.lastSeen.set(deviceId, this.now());
    return { memberId: card.memberId, deviceId, deviceToken };
  }

  /** The member a device token belongs to, or null (unknown device, dropped device, wrong token). */
  authenticate(deviceId: string, deviceToken: string): { memberId: string; label: string } | null {
    const card = this.cards.find((c) => c.device?.deviceId === deviceId);
    if (card?.device == null) return null;
    const expected = Buffer.from(card.device.tokenSha256, 'hex');
    const given = sha256(deviceToken);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    this.lastSeen.set(deviceId, this.now());
    return { memberId: card.memberId, label: card.device.label };
  }

  /** A new card for the member; the old card and their device stop working at once. */
  async reissue(memberId: string): Promise<void> {
    const card = this.cards.find((c) => c.memberId === memberId);
    if (card === undefined) return;
    card.secret = newSecret();
    card.code = newCode();
    card.used = false;
    card.device = null;
    this.wrongCodes.delete(card.number);
    await this.save();
  }

  async disconnect(memberId: string): Promise<void> {
    const card = this.cards.find((c) => c.memberId === memberId);
    if (card?.device == null) return;
    card.device = null;
    await this.save();
  }

  cardViews(joinUrl: (secret: string) => string): HubCard[] {
    const now = this.now();
    return this.cards.map((c) => {
      const lockedUntil = this.wrongCodes.get(c.number)?.lockedUntil ?? 0;
      return {
        memberId: c.memberId,
        number: c.number,
        shortCode: `${c.number}-${c.code}`,
        joinUrl: joinUrl(c.secret),
        used: c.used,
        lockedUntil: lockedUntil > now ? new Date(lockedUntil).toISOString() : null,
      };
    });
  }

  devices(inFlight: (deviceId: string) => number): HubDevice[] {
    return this.cards.flatMap((c) =>
      c.device === null
        ? []
        : [
            {
              memberId: c.memberId,
              deviceId: c.device.deviceId,
              label: c.device.label,
              kind: c.device.kind,
              joinedAt: c.device.joinedAt,
              lastSeenAt: new Date(
                this.lastSeen.get(c.device.deviceId) ?? Date.parse(c.device.joinedAt),
              ).toISOString(),
              inFlight: inFlight(c.device.deviceId),
            },
          ],
    );
  }
}
