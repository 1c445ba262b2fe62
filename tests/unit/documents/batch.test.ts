import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { MinutesInput } from '../../../renderer/src/domain/documents/types';
import {
  BatchCancelledError,
  DocumentRenderError,
  renderCombined,
  renderEach,
  type BatchProgress,
  type RenderFn,
} from '../../../renderer/src/documents/batch';
import { combinedFileName } from '../../../renderer/src/documents/file-names';
import { loadSheet } from '../../../renderer/src/domain/criteria/registry';
import { scoreSheet } from '../../../renderer/src/domain/scoring/member-sheet';
import { minutesJobs, sheetJobs, summaryJob } from '../../../renderer/src/documents/jobs';
import { nodeRenderer } from '../../../renderer/src/documents/node';
import {
  answersOf,
  minutesInputFor,
  product,
  roundInfo,
  RULE_SET,
  sampleRoundPlans,
} from '../../fixtures/documents/round';
import { pdfFlowText, pdfPageCount, pdfPageSizes, pdfText, savePdf } from './pdf-tools';

// Each test renders real PDFs; on 2 cores shared with other suites that can take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const renderer = nodeRenderer();
let inputs: MinutesInput[];

/** Counts how many documents were really rendered. */
function counting(): { render: RenderFn; count: () => number } {
  let n = 0;
  return {
    render: async (doc) => {
      n += 1;
      return renderer.render(doc);
    },
    count: () => n,
  };
}

beforeAll(async () => {
  inputs = await Promise.all(
    sampleRoundPlans()
      .slice(0, 3)
      .map((plan) => minutesInputFor(plan)),
  );
});

describe('batch of minutes', () => {
  it('makes one file per product, named for it, reporting progress after each', async () => {
    const progress: BatchProgress[] = [];
    const files = await renderEach(renderer.render, minutesJobs(inputs, 'vi'), {
      onProgress: (p) => progress.push(p),
    });
    expect(files.map((f) => f.fileName)).toEqual([
      'Biên bản - 01 - Mật ong hoa nhãn.pdf',
      'Biên bản - 02 - Nước mắm cá cơm.pdf',
      'Biên bản - 03 - Bánh tráng phơi sương.pdf',
    ]);
    expect(progress.map((p) => [p.done, p.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    files.forEach((file, i) => {
      const path = savePdf(file.bytes, file.fileName);
      expect(pdfFlowText(path)).toContain(`Tên sản phẩm: ${inputs[i]?.product.name}`);
      expect(file.signatureAreas).toHaveLength(2);
    });
  });

  it('stops before the next document when cancelled', async () => {
    const controller = new AbortController();
    const { render, count } = counting();
    const run = renderEach(render, minutesJobs(inputs, 'vi'), {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(BatchCancelledError);
    await expect(run).rejects.toMatchObject({
      done: 1,
      total: 3,
      message: 'Đã dừng tạo tài liệu theo yêu cầu; đã tạo 1/3 tài liệu.',
    });
    expect(count()).toBe(1);
  });

  it('names the document that failed instead of skipping it', async () => {
    const failing: RenderFn = () => Promise.reject(new Error('hết bộ nhớ'));
    await expect(renderEach(failing, minutesJobs(inputs, 'vi'))).rejects.toThrow(
      new DocumentRenderError('Biên bản - 01 - Mật ong hoa nhãn.pdf', new Error('hết bộ nhớ')).message,
    );
  });

  it('makes one combined file for printing in which each document numbers its own pages', async () => {
    const separate = await renderEach(renderer.render, minutesJobs(inputs, 'vi'));
    const combined = await renderCombined(
      renderer.render,
      minutesJobs(inputs, 'vi'),
      combinedFileName('vi', 'Biên bản đợt 2'),
    );
    expect(combined.fileName).toBe('Biên bản đợt 2 (bản in gộp).pdf');
    const path = savePdf(combined.bytes, combined.fileName);
    const pages = separate.map((f) => f.pageCount);
    expect(pdfPageCount(path)).toBe(pages.reduce((a, b) => a + b, 0));
    let first = 1;
    for (const [i, count] of pages.entries()) {
      const opening = pdfText(path, first);
      expect(opening).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(opening).toContain(inputs[i]?.product.name);
      // The first page carries no number; the next one starts with "2".
      expect(opening.trimStart().startsWith('UBND')).toBe(true);
      expect(
        pdfText(path, first + 1)
          .trimStart()
          .split('\n')[0]
          ?.trim(),
      ).toBe('2');
      first += count;
    }
  });
});

describe('a print packet mixing landscape and portrait documents', () => {
  it('keeps the summary landscape and the minutes portrait', async () => {
    const rows = inputs.map((m) => ({
      product: m.product,
      sheetNo: m.sheet.sheetNo,
      result: m.passResults.at(-1) ?? fail(),
    }));
    const summary = summaryJob({ round: roundInfo(), name: 'Đợt 2 năm 2026', rows }, 'vi');
    const [minutes] = minutesJobs(inputs, 'vi');
    if (minutes === undefined) throw new Error('a minutes job expected');
    const combined = await renderCombined(renderer.render, [summary, minutes], 'Bộ hồ sơ.pdf');
    const sizes = pdfPageSizes(savePdf(combined.bytes, combined.fileName));
    expect(sizes[0]).toEqual({ width: 841.89, height: 595.28 });
    expect(sizes.at(-1)).toEqual({ width: 595.28, height: 841.89 });
  });
});

function fail(): never {
  throw new Error('result expected');
}

describe('batch of scoring sheets', () => {
  it('names each sheet for its product and member and renders it', async () => {
    const round = roundInfo();
    const sheet = await loadSheet(RULE_SET, 1);
    const given = answersOf(sheet, 0.6);
    const jobs = sheetJobs(
      [
        {
          round,
          sheet,
          product: product(4, 'Muối tôm Tây Ninh'),
          member: { name: 'Bùi Ngọc Sơn' },
          answers: { ...given, pass: 1 },
          score: scoreSheet(sheet, round.bands, given),
        },
      ],
      141,
      'vi',
    );
    const [file] = await renderEach(renderer.render, jobs);
    expect(file?.fileName).toBe('Phiếu đánh giá - 004 - Muối tôm Tây Ninh - Bùi Ngọc Sơn.pdf');
    if (file === undefined) throw new Error('one file expected');
    expect(pdfFlowText(savePdf(file.bytes, file.fileName))).toContain('Tên sản phẩm: Muối tôm Tây Ninh');
  });
});
