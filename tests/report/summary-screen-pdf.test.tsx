import { render, within } from '@testing-library/react';
import fc from 'fast-check';
import type { UserOptions } from 'jspdf-autotable';
import { describe, expect, it, vi } from 'vitest';
import type { Answers } from '@/domain/answers';
import type { TrustPack } from '@/domain/trust-pack';
import { buildReport, type Report } from '@/report/build';
import { renderPdf } from '@/report/pdf';
import { toPdfSafe } from '@/report/pdf-safe';
import { TrustsSideBySide } from '@/ui/report/ReportSummary';
import { fixtureContent as content } from '../fixtures/content';

/*
 * The summary's table of trusts says the same on screen and in the PDF, the number of schools
 * each trust's pack gives included: both draw the one table the report object builds. The PDF's
 * tables are caught on their way to jsPDF's table plugin, as the plugin is given them to draw.
 */

const drawn = vi.hoisted(() => ({ tables: [] as { head: unknown; body: unknown }[] }));
vi.mock('jspdf-autotable', async (importOriginal) => {
  const real = await importOriginal<typeof import('jspdf-autotable')>();
  return {
    ...real,
    autoTable: (doc: Parameters<typeof real.autoTable>[0], options: UserOptions) => {
      drawn.tables.push({ head: options.head, body: options.body });
      return real.autoTable(doc, options);
    },
  };
});

type PackKind = { kind: 'none' } | { kind: 'no-number' } | { kind: 'number'; schools: number };

const NAMES = ['Oak Learning Trust', 'Ash & Birch Academies', 'Ysgol Dŵr Trust', 'Saint Zoë’s Catholic MAT'];

function assessment(packs: PackKind[]): Answers {
  return {
    profile: { 'school-name': 'Hill Primary' },
    steps: {},
    weights: {},
    trusts: packs.map((p, i) => {
      const name = NAMES[i]!;
      const pack: TrustPack | undefined =
        p.kind === 'none'
          ? undefined
          : { trustName: name, preparedOn: '2026-11-25', answers: {}, contacts: [], links: [], ...(p.kind === 'number' ? { schools: p.schools } : {}) };
      return { id: `t${i + 1}`, name, answers: { fq1: { rating: 'strong', evidence: 'verified' } }, ...(pack ? { pack } : {}) };
    }),
  };
}

/** The table as the screen shows it: the heading row, then each row's cells, as text. */
function onScreen(report: Report): string[][] {
  const { unmount } = render(<TrustsSideBySide report={report} />);
  const table = within(document.body).getByRole('table');
  const rows = within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
  unmount();
  return rows;
}

/** The table as the PDF draws it: the one whose heading row starts "Trust". */
async function inPdf(report: Report): Promise<string[][]> {
  drawn.tables.length = 0;
  await renderPdf(JSON.parse(JSON.stringify(report)) as Report);
  const table = drawn.tables.find((t) => Array.isArray(t.head) && (t.head as string[][])[0]?.[0] === 'Trust');
  expect(table, 'the PDF draws the summary’s table of trusts').toBeDefined();
  return [...(table!.head as string[][]), ...(table!.body as string[][])].map((row) => row.map(String));
}

const packKind: fc.Arbitrary<PackKind> = fc.oneof(
  fc.constant<PackKind>({ kind: 'none' }),
  fc.constant<PackKind>({ kind: 'no-number' }),
  fc.integer({ min: 1, max: 500 }).map((schools): PackKind => ({ kind: 'number', schools })),
);

describe('the summary’s table of trusts, on screen and in the PDF', () => {
  it('shows the same cells in both, with each trust’s number of schools when a pack gives one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(packKind, { minLength: 1, maxLength: 4 }), async (packs) => {
        const report = buildReport(content, assessment(packs), { generatedOn: '2026-12-03' });
        const screen = onScreen(report);
        expect(await inPdf(report)).toEqual(screen.map((row) => row.map((cell) => toPdfSafe(cell))));
        // The last column gives the number of schools exactly when some pack gives one.
        const given = packs.some((p) => p.kind === 'number');
        expect(screen[0]!.at(-1) === 'Schools in the trust').toBe(given);
        if (given) {
          const expected = packs.map((p) =>
            p.kind === 'none' ? 'No pack' : p.kind === 'no-number' ? 'Not given in the trust’s pack' : `${p.schools} ${p.schools === 1 ? 'school' : 'schools'}`,
          );
          expect(screen.slice(1).map((row) => row.at(-1))).toEqual(expected);
        }
      }),
      { numRuns: 12 },
    );
  });
});
