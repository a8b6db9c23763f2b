import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { content } from '@/content';
import { emptyAnswers, evidenceLevels, type Answers, type RatingAnswer } from '@/domain/answers';
import { evidenceLabels, ratingLabels } from '@/domain/labels';
import { buildReport } from '@/report/build';
import { renderPdf } from '@/report/pdf';
import { useAnswers } from '@/store/answers-store';
import { AppRoutes } from '@/ui/App';
import { communityPrimary } from '../fixtures/profiles';

/*
 * One vocabulary: every place a rating or an evidence level is shown uses the words in
 * src/domain/labels.ts, and none of the words some places used before.
 */

const ids = [...content.tenQuestions.questions].sort((a, b) => a.number - b.number).map((q) => q.id);
const allRatings: RatingAnswer[] = ['strong', 'meets', 'partial', 'concern', 'unsure'];

/** Question 1 strong and checked, 2 meets with documents, 3 partly on the trust's word, 4 concern, 5 not sure yet. */
const answers = (): Answers => ({
  ...emptyAnswers(),
  profile: communityPrimary(),
  assessmentId: '6f1c2b7a-3d4e-4f50-9a61-7b8c9d0e1f2a',
  trusts: [
    {
      id: 't1',
      name: 'Riverside Learning Trust',
      answers: Object.fromEntries(
        allRatings.map((rating, i) => [ids[i]!, { rating, ...(rating === 'unsure' ? {} : { evidence: evidenceLevels[i % 3]! }) }]),
      ),
    },
  ],
  meeting: {
    views: [
      {
        id: 'aaaaaaaa-0000-4000-8000-000000000001',
        trustId: 't1',
        trustName: 'Riverside Learning Trust',
        ratings: { [ids[0]!]: 'strong' },
        recordedOn: '2026-12-01',
      },
    ],
    agreed: {},
  },
});

/** Words used before there was one vocabulary, which must not come back. */
const retired = [/\bA concern\b/, /Trust’s claim/i, /\bPartly\b(?! (meets|checked))/, /\bMeets\b(?! what we need)/, /\bVerified\b/, /Documents seen/, /What the trust told us/];

function expectOneVocabulary(where: string, text: string, ratings: RatingAnswer[], evidence: boolean) {
  for (const r of ratings) expect(text, `${where}: “${ratingLabels[r]}”`).toContain(ratingLabels[r]);
  if (evidence) for (const e of evidenceLevels) expect(text, `${where}: “${evidenceLabels[e]}”`).toContain(evidenceLabels[e]);
  for (const word of retired) expect(text, `${where} uses an old word`).not.toMatch(word);
}

async function textAt(path: string, ready: string | RegExp, then?: () => Promise<void>): Promise<string> {
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>,
  );
  await screen.findByRole('heading', { level: 1, name: ready }, { timeout: 15_000 });
  await then?.();
  const text = view.container.querySelector('main')?.textContent ?? '';
  view.unmount();
  return text;
}

beforeEach(() => {
  useAnswers.setState({ answers: answers() });
});

describe('one vocabulary for ratings and evidence', () => {
  it('the question page offers every rating and evidence level in the same words', async () => {
    const text = await textAt(`/trusts/t1/questions/${ids[0]}`, /\?$/);
    expectOneVocabulary('question page', text, allRatings, true);
  });

  it('check your answers uses them', async () => {
    expectOneVocabulary('check your answers', await textAt('/check', 'Check your answers'), allRatings, true);
  });

  it('the meeting view uses them', async () => {
    // The first question item: the count of views for each rating, and the chair's choice of rating.
    const text = await textAt('/meeting/present?trust=t1', /./, async () => {
      await userEvent.setup().click(screen.getByRole('button', { name: 'Next' }));
      await screen.findByRole('group', { name: 'Agree the board’s rating' });
    });
    expectOneVocabulary('meeting view', text, allRatings, false);
  });

  it('the HTML report uses them', async () => {
    expectOneVocabulary('report', await textAt('/report', /Readiness report/), allRatings, true);
  });

  it('the PDF uses them', async () => {
    const { bytes } = await renderPdf(buildReport(content, answers(), { generatedOn: '2026-12-03' }));
    mkdirSync('out/pdf-test', { recursive: true });
    writeFileSync('out/pdf-test/vocabulary.pdf', bytes);
    const text = execFileSync('pdftotext', ['out/pdf-test/vocabulary.pdf', '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expectOneVocabulary('PDF', text, allRatings, true);
  }, 30_000);
});
