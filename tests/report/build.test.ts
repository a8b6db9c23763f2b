import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fixtureContent as content } from '../fixtures/content';
import { formatDateLong } from '@/domain/dates';
import { ratingLabels } from '@/domain/labels';
import { buildReport, schoolNameOf } from '@/report/build';
import type { Answers } from '@/domain/answers';
import { allQuestions, allSteps, firstQuestions, plainProfile, rated } from '../domain/helpers';

const twoTrusts = (): Answers => {
  const oak = allQuestions(content, rated('strong', 'verified', { notes: 'Visited two schools.' }));
  oak.fq2 = rated('partial', 'documents', { notes: 'Scheme of delegation is vague.' });
  const ash = firstQuestions(content, 6, rated('meets'));
  ash.fq3 = rated('unsure', undefined, { redFlag: true, redFlagNote: 'Would not share accounts.' });
  return {
    profile: { 'school-name': 'St Mary’s C of E Primary', church: 'yes', diocese: 'Leeds' },
    steps: allSteps(content, 'done', ['step-consult', 'step-resolution', 'step-apply']),
    weights: { fq5: 0 },
    trusts: [
      { id: 't1', name: 'Oak Learning Trust', answers: oak },
      { id: 't2', name: 'Ash Academies', answers: ash },
    ],
  };
};

describe('buildReport', () => {
  it('is plain data: a JSON round trip changes nothing', () => {
    for (const answers of [twoTrusts(), { profile: {}, steps: {}, trusts: [], weights: {} }]) {
      const report = buildReport(content, answers, { generatedOn: '2026-12-03' });
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    }
  });

  it('holds the title, names, dates, version and disclaimer', () => {
    const r = buildReport(content, twoTrusts(), { generatedOn: '2026-12-03' });
    expect(r).toMatchObject({
      toolName: 'Should we join a trust?',
      title: 'Readiness report',
      schoolName: 'St Mary’s C of E Primary',
      trustNames: ['Oak Learning Trust', 'Ash Academies'],
      generatedOn: '2026-12-03',
      generatedOnLabel: '3 December 2026',
      contentVersion: '2026.11.1',
      reviewedOn: '2026-11-25',
      reviewedOnLabel: '25 November 2026',
    });
    expect(r.disclaimer.short).toBe('Guidance, not legal advice.');
    expect(r.disclaimer.full).toBe(content.meta.disclaimer);
  });

  it('gives the verdict from the furthest-along trust, with its reasons', () => {
    const r = buildReport(content, twoTrusts(), { generatedOn: '2026-12-03' });
    expect(r.verdict.band).toBe('proceed');
    expect(r.verdict.trustName).toBe('Oak Learning Trust');
    expect(r.verdict.summary.split('. ').length).toBeGreaterThanOrEqual(2);
    expect(r.trusts.map((t) => t.bandLabel)).toEqual(['Ready to proceed, with conditions', 'Developing']);
    expect(r.trusts[1]!.reasons[0]).toBe('red flag on question 3 (Question 3): Would not share accounts.');
  });

  it('has a row per question with words for every value', () => {
    const oak = buildReport(content, twoTrusts(), { generatedOn: '2026-12-03' }).trusts[0]!;
    expect(oak.questions).toHaveLength(10);
    expect(oak.questions[1]).toMatchObject({
      number: 2,
      text: 'Fixture question 2?',
      shortTitle: 'Question 2',
      ratingLabel: 'Partly meets',
      evidenceLabel: 'Documents we have seen',
      weightLabel: '1',
      redFlagLabel: 'None',
      notes: 'Scheme of delegation is vague.',
    });
    expect(oak.questions[4]).toMatchObject({ weightLabel: '0 (left out)', counted: false });
    expect(oak.coverageLabel).toBe('9 of 9 questions answered');
    const ash = buildReport(content, twoTrusts(), { generatedOn: '2026-12-03' }).trusts[1]!;
    expect(ash.questions[0]).toMatchObject({ ratingLabel: 'Meets what we need', evidenceLabel: 'None recorded (counted as what the trust has told us)' });
    expect(ash.questions[9]).toMatchObject({ ratingLabel: 'Not answered', evidenceLabel: 'None recorded' });
    expect(ash.questions[2]).toMatchObject({ ratingLabel: 'Not sure yet', redFlagLabel: 'Red flag' });
  });

  it('compares trusts side by side only when there is more than one', () => {
    const r = buildReport(content, twoTrusts(), { generatedOn: '2026-12-03' });
    expect(r.comparison?.head).toEqual(['', 'Oak Learning Trust', 'Ash Academies']);
    expect(r.comparison?.rows[0]).toEqual(['Band', 'Ready to proceed, with conditions', 'Developing']);
    expect(r.comparison?.rows.find((row) => row[0] === '3. Question 3')).toEqual(['3. Question 3', 'Strong', 'Not sure yet (red flag)']);
    expect(r.sections.map((s) => s.id)).toContain('comparison');
    const one = twoTrusts();
    one.trusts.pop();
    const single = buildReport(content, one, { generatedOn: '2026-12-03' });
    expect(single.comparison).toBeNull();
    expect(single.sections.map((s) => s.id)).not.toContain('comparison');
  });

  it('lists the stages, steps and gates that apply, marking the decision', () => {
    const r = buildReport(content, twoTrusts(), { generatedOn: '2026-12-03' });
    expect(r.process.stages.map((s) => s.title)).toEqual([
      'Getting started',
      'First considerations',
      'Engagement and consultation',
      'Application',
    ]);
    const consult = r.process.stages[2]!.steps[0]!;
    expect(consult).toMatchObject({
      title: 'Consult',
      weight: { kind: 'precondition', label: 'Legal precondition', summary: 'Legal precondition: it must be done before the board decides.' },
      beforeDecision: true,
      statusLabel: 'Not started',
      legal: { statusLabel: 'The law now', summary: 'The law now: Act (sources up to 1 November 2026)' },
    });
    expect(r.process.stages[2]!.steps[1]).toMatchObject({ title: 'Board resolution', isDecision: true });
    expect(r.process.gatesOutstanding).toEqual([{ title: 'Consult', stageTitle: 'Engagement and consultation' }]);
    expect(r.process.label).toBe('4 of 6 steps before the decision done (66%)');
  });

  it('adds context notes for the profile answers that have them', () => {
    const r = buildReport(content, twoTrusts(), { generatedOn: '2026-12-03' });
    // Each group of notes says, in words, the date its own notes were checked to (the fixture's note is dated 1 November 2026).
    expect(r.context).toEqual([
      {
        question: 'Is it a church school?',
        answer: 'Yes',
        notes: ['Church schools need consent.'],
        checked: 'Checked against sources published up to 1 November 2026.',
      },
    ]);
    const plain = buildReport(content, { ...twoTrusts(), profile: plainProfile }, { generatedOn: '2026-12-03' });
    expect(plain.context).toEqual([]);
    expect(plain.sections.map((s) => s.id)).not.toContain('context');
  });

  it('derives next steps: red flags, unanswered questions, gates, the next stage', () => {
    const texts = buildReport(content, twoTrusts(), { generatedOn: '2026-12-03' }).nextSteps.map((s) => s.text);
    expect(texts).toEqual([
      'Resolve the red flag on question 3 (Question 3) with Ash Academies.',
      'Answer 4 questions for Ash Academies: 7 (Question 7), 8 (Question 8), 9 (Question 9) and 10 (Question 10).',
      'Find out more, then rate question 3 (Question 3) for Ash Academies, now marked “Not sure yet”.',
      'Ask Ash Academies for documents, or visit, to check 4 ratings resting only on what the trust has told us: questions 1, 2, 4 and 6.',
      'Complete the legal precondition “Consult” (Engagement and consultation).',
      'When the board is ready: “Board resolution”, the board’s decision.',
    ]);
  });

  it('prints the weights and thresholds used, and cites the sources', () => {
    const r = buildReport(content, twoTrusts(), { generatedOn: '2026-12-03' });
    expect(r.method.weights[4]).toMatchObject({ number: 5, weight: 0, defaultWeight: 0.75, changed: true });
    expect(r.method.weightsChanged).toBe(true);
    expect(r.method.thresholds.map((t) => t.value)).toEqual([
      'at least 50%',
      'fit 95%, with no open red flag',
      'fit 60%',
      'fit 25% (below that, “Poor fit”)',
      'at least 60% (a good fit)',
      'at least 60%',
      'at least 75%',
    ]);
    expect(r.method.paragraphs.join(' ')).toContain('never multiplied');
    expect(r.sources).toEqual([{ id: 'src-a', title: 'Source A', publisher: 'Publisher A', url: 'https://example.org/a', date: '2026-01-01', dateLabel: '1 January 2026' }]);
  });

  it('shows the school’s assessment and the board’s agreed rating side by side, and says which the figures use', () => {
    const answers = twoTrusts();
    answers.trusts[0]!.answers.fq2 = rated('unsure', 'documents');
    const withBoard: Answers = { ...answers, meeting: { views: [], agreed: { t1: { fq2: 'meets', fq4: 'strong' } } } };
    const r = buildReport(content, withBoard, { generatedOn: '2026-12-03' });
    const oak = r.trusts[0]!;
    expect(oak.questions[1]).toMatchObject({
      ratingLabel: ratingLabels.meets,
      ratingSourceLabel: 'Board’s agreed rating',
      schoolRatingLabel: 'Not sure yet',
      boardRatingLabel: ratingLabels.meets,
    });
    expect(oak.questions[0]).toMatchObject({ ratingSourceLabel: 'School’s assessment', boardRatingLabel: null });
    expect(oak.ratingsUsed).toBe('Figures use the board’s agreed rating for questions 2 and 4, and the school’s assessment for the rest.');
    expect(r.trusts[1]!.ratingsUsed).toBe('Every figure uses the school’s assessment.');
    // The board's "meets" counts in the fit; the school's "not sure yet" is kept, not lost.
    const schoolOnly = buildReport(content, answers, { generatedOn: '2026-12-03' }).trusts[0]!;
    expect(oak.fit).toBeGreaterThan(0);
    expect(oak.fit).not.toBe(schoolOnly.fit);
    expect(withBoard.trusts[0]!.answers.fq2).toEqual(rated('unsure', 'documents'));
  });

  it('handles an empty assessment', () => {
    const r = buildReport(content, { profile: {}, steps: {}, trusts: [], weights: {} }, { generatedOn: '2026-12-03' });
    expect(r.schoolName).toBe('Your school');
    expect(r.verdict.bandLabel).toBe('Exploring');
    expect(r.verdict.reasons).toEqual(['no trust added yet']);
    expect(r.trusts).toEqual([]);
    expect(r.nextSteps[0]?.kind).toBe('profile');
  });

  it('formats dates in words and finds the school name', () => {
    expect(formatDateLong('2026-01-09')).toBe('9 January 2026');
    expect(formatDateLong('2025-09')).toBe('September 2025');
    expect(formatDateLong('soon')).toBe('soon');
    expect(schoolNameOf(content, { 'school-name': '  Zoë’s School ' })).toBe('Zoë’s School');
  });

  it('defaults the date to today', () => {
    expect(buildReport(content, twoTrusts()).generatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('one object for both renderers', () => {
  it('the PDF renderer imports nothing from content or domain: it sees only the report object', () => {
    const files = readdirSync('src/report/pdf', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(join('src/report/pdf', file), 'utf8');
      const imports = [...source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);
      for (const path of imports) {
        // Only the report object (types), the PDF's own helpers, other files of the PDF maker, jsPDF and its deflate (fflate).
        const resolved = join('src/report/pdf', dirname(file), path).replace(/\\/g, '/');
        const ok =
          ['jspdf', 'jspdf-autotable', 'fflate'].includes(path) ||
          ['src/report/build', 'src/report/pdf-safe', 'src/report/pdf-font'].includes(resolved) ||
          resolved.startsWith('src/report/pdf/');
        expect(ok, `${file} imports ${path}`).toBe(true);
        if (resolved === 'src/report/build') expect(source).toMatch(/import type \{[^}]*\} from '(\.\.\/)+build'/);
      }
    }
  });
});
