/**
 * The paperwork of a large round: the minutes of 141 products (a province's yearly plan)
 * scored by 9 members each, every sheet of 26/2026 in turn, rendered as PDFs in Node with the
 * same code the app uses. Issue 5's target is the whole batch, generated and signed, in under
 * 30 s on 2 cores; signing is measured by the signing benchmarks.
 */
import { minutesDocument } from '../../renderer/src/domain/documents/minutes';
import type { MinutesInput } from '../../renderer/src/domain/documents/types';
import { renderEach } from '../../renderer/src/documents/batch';
import { minutesJobs } from '../../renderer/src/documents/jobs';
import { nodeRenderer } from '../../renderer/src/documents/node';
import { minutesInputFor, product, qualities, type ProductPlan } from '../fixtures/documents/round';
import type { Benchmark } from './bench';
import { docWords } from '../../renderer/src/documents/words';

const PRODUCTS = 141;
const NAMES = [
  'Mật ong hoa nhãn',
  'Nước mắm cá cơm',
  'Bánh tráng phơi sương',
  'Muối tôm Tây Ninh',
  'Trà mãng cầu',
  'Homestay Suối Đá',
];

function plans(): ProductPlan[] {
  return Array.from({ length: PRODUCTS }, (_, i) => {
    // Qualities spread over every band; one product in seven re-scored, one in twenty disqualified.
    const quality = 0.3 + ((i * 37) % 70) / 100;
    const rescored = i % 7 === 3;
    return {
      product: product(i + 1, `${NAMES[i % NAMES.length] ?? 'Sản phẩm'} ${i + 1}`),
      sheetNo: (i % 26) + 1,
      passes: rescored ? [qualities(quality, 0.1), { m1: quality, m4: quality }] : [qualities(quality, 0.03)],
      ...(i % 20 === 9 && { disqualified: 'Hồ sơ đăng ký không đầy đủ theo quy định.' }),
    };
  });
}

let inputs: MinutesInput[] | undefined;
async function roundInputs(): Promise<MinutesInput[]> {
  inputs ??= await Promise.all(plans().map((plan) => minutesInputFor(plan)));
  return inputs;
}

const renderer = nodeRenderer();

export const benchmarks: Benchmark[] = [
  {
    name: 'one minutes document (9 members), definition + PDF',
    prepare: async () => {
      const input = (await roundInputs())[0];
      if (input === undefined) throw new Error('no input');
      return async () => (await renderer.render(minutesDocument(input, docWords('vi')))).bytes.length;
    },
    iterations: 20,
  },
  {
    name: `minutes of ${PRODUCTS} products × 9 members, separate files`,
    prepare: async () => {
      const all = await roundInputs();
      return async () => {
        const start = performance.now();
        const files = await renderEach(renderer.render, minutesJobs(all, 'vi'));
        const ms = performance.now() - start;
        console.log(
          `documents: ${files.length} minutes in ${ms.toFixed(0)} ms, ${(ms / files.length).toFixed(1)} ms per document`,
        );
        return files.length;
      };
    },
    warmup: 0,
    iterations: 1,
    targetMs: 30_000,
  },
];
