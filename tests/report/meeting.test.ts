// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { content } from '@/content';
import type { Answers, MemberView } from '@/domain/answers';
import { buildReport, type Report } from '@/report/build';
import { renderPdf } from '@/report/pdf';
import { completeAssessment } from './scenarios';

/*
 * The governing board meeting in the report: the range of views per question, the board's
 * agreed ratings and the decision as minuted, in the report object, so in the HTML report
 * and the PDF alike (the PDF is read back with poppler). Counts only: no governor's name.
 */

const view = (id: string, recordedOn: string, ratings: MemberView['ratings'], name?: string): MemberView => ({
  id,
  ...(name ? { name } : {}),
  trustId: 't1',
  trustName: 'ignored',
  ratings,
  recordedOn,
});

function withMeeting(): Answers {
  const base = completeAssessment(content);
  const trustId = base.trusts[0]!.id;
  return {
    ...base,
    assessmentId: '6f1c2b7a-3d4e-4f50-9a61-7b8c9d0e1f2a',
    meeting: {
      views: [
        view('aaaaaaaa-0001', '2026-11-30', { 'q01-values': 'strong', 'q02-autonomy': 'concern' }, 'Anna Khan'),
        view('bbbbbbbb-0002', '2026-12-01', { 'q01-values': 'meets', 'q02-autonomy': 'strong' }, 'Ben Ode'),
        view('cccccccc-0003', '2026-12-01', { 'q01-values': 'strong', 'q02-autonomy': 'unsure' }),
      ].map((v) => ({ ...v, trustId })),
      agreed: { [trustId]: { 'q02-autonomy': 'partial' } },
      decision: {
        trustId,
        outcome: 'proceed-with-conditions',
        meetingDate: '2026-12-03',
        conditions: ['The scheme of delegation is agreed in writing'],
        actions: [{ what: 'Write to the trust', owner: 'Clerk', due: '2026-12-10' }],
        minorityViews: [{ view: 'It is too soon to decide.' }],
        governorsPresent: 9,
        quorate: true,
      },
    },
  };
}

const make = (answers: Answers) => buildReport(content, answers, { generatedOn: '2026-12-03' });

describe('the meeting in the report object', () => {
  it('is left out when there was no meeting', () => {
    const report = make(completeAssessment(content));
    expect(report.meeting).toBeNull();
    expect(report.sections.map((s) => s.id)).not.toContain('meeting');
  });

  it('gives the range of views, how far apart, the agreed rating and the decision, as the first appendix', () => {
    const report = make(withMeeting());
    expect(report.sections.find((s) => s.part === 'appendix')).toEqual({ id: 'meeting', title: 'Appendix A: The governing board’s meeting and decision', part: 'appendix' });
    const trust = report.meeting!.trusts[0]!;
    expect(trust.viewsLabel).toBe('3 governors gave their views, recorded between 30 November 2026 and 1 December 2026.');
    expect(trust.questions[0]).toEqual({ number: 1, shortTitle: 'Values', rangeLabel: '2 Strong, 1 Meets what we need', spreadLabel: 'Views are close', agreedLabel: 'Not agreed' });
    expect(trust.questions[1]).toMatchObject({ rangeLabel: '1 Strong, 1 Concern, 1 Not sure yet', spreadLabel: 'Views differ widely', agreedLabel: 'Partly meets' });
    expect(trust.decision?.outcomeLabel).toBe('Agreed to proceed, with conditions');
    expect(trust.decision?.paragraphs).toContain(`The governing board agreed to proceed with joining ${trust.trustName}, subject to the conditions below.`);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('never names a governor (only a name given with a minority view would appear)', () => {
    const text = JSON.stringify(make(withMeeting()).meeting);
    expect(text).not.toContain('Anna Khan');
    expect(text).not.toContain('Ben Ode');
  });
});

describe('the meeting in the PDF', () => {
  it('prints the section, the table of views and the decision as minuted', async () => {
    const report = make(withMeeting());
    const result = await renderPdf(JSON.parse(JSON.stringify(report)) as Report);
    mkdirSync('out/pdf-test', { recursive: true });
    const file = join('out/pdf-test', 'meeting.pdf');
    writeFileSync(file, result.bytes);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('The governing board’s meeting and decision');
    expect(text).toContain('3 governors gave their views');
    expect(text).toContain('Views differ widely');
    expect(text).toContain('Decision: Agreed to proceed, with conditions');
    expect(text).toContain('The governing board agreed to proceed with joining');
    expect(text).toContain('1. The scheme of delegation is agreed in writing');
    expect(text).toContain('Write to the trust. Owner: Clerk. By 10 December 2026.');
    expect(text).toContain('A governor asked that their view be recorded: It is too soon to decide.');
    expect(text).not.toContain('Anna Khan');
  }, 60_000);
});
