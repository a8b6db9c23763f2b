import type { Content } from '@/content/schema';
import type { Answers } from '@/domain/answers';
import { longDate, minuteParagraphs, outcomeLabel } from '@/domain/decision';
import { capitalise, ratingLabels } from '@/domain/labels';
import { routeOf } from '@/domain/legal-weight';
import { agreementInWords, divergence, meetingOf, minuteContext, rangeInWords, viewsFor } from '@/domain/meeting';

/*
 * The governing board meeting, for the report (HTML and PDF): per trust, the range of
 * governors' views on each question and the board's agreed rating, then the decision as
 * minuted. Counts only: governors' names never appear, except a name a governor gave with a
 * minority view they asked to be recorded.
 */

export interface ReportMeetingQuestion {
  number: number;
  shortTitle: string;
  /** "3 Strong, 1 Meets, 1 Not sure yet" or "No views yet". */
  rangeLabel: string;
  /** "Views differ widely" */
  spreadLabel: string;
  /** "Meets what we need" or "Not agreed". */
  agreedLabel: string;
}

export interface ReportMeetingTrust {
  trustId: string;
  trustName: string;
  viewCount: number;
  /** "5 governors gave their views, recorded between 30 November 2026 and 1 December 2026." */
  viewsLabel: string;
  questions: ReportMeetingQuestion[];
  decision: {
    outcomeLabel: string;
    /** The decision as the clerk would minute it (the ratings are in `questions`). */
    paragraphs: string[];
  } | null;
}

export interface ReportMeeting {
  trusts: ReportMeetingTrust[];
}


function viewsLabel(count: number, dates: string[]): string {
  if (count === 0) return 'No governors’ views were recorded.';
  const sorted = [...dates].sort();
  const first = longDate(sorted[0]!);
  const last = longDate(sorted[sorted.length - 1]!);
  const when = first === last ? `on ${first}` : `between ${first} and ${last}`;
  return `${count} governor${count === 1 ? '' : 's'} gave their views, recorded ${when}.`;
}

/** The meeting part of the report, or null when there is no meeting to report. */
export function buildMeeting(content: Content, answers: Answers, schoolName: string): ReportMeeting | null {
  const meeting = meetingOf(answers);
  const questions = content.tenQuestions.questions;
  const trusts = answers.trusts.flatMap((trust): ReportMeetingTrust[] => {
    const views = viewsFor(meeting, trust.id);
    const agreed = meeting.agreed[trust.id] ?? {};
    const decision = meeting.decision?.trustId === trust.id ? meeting.decision : undefined;
    if (views.length === 0 && Object.keys(agreed).length === 0 && !decision) return [];
    const spreads = divergence(questions, views, agreed);
    return [
      {
        trustId: trust.id,
        trustName: trust.name,
        viewCount: views.length,
        viewsLabel: viewsLabel(views.length, views.map((v) => v.recordedOn)),
        questions: spreads.map((s) => ({
          number: s.number,
          shortTitle: s.shortTitle,
          rangeLabel: capitalise(rangeInWords(s)),
          spreadLabel: agreementInWords(s),
          agreedLabel: s.agreed ? ratingLabels[s.agreed] : 'Not agreed',
        })),
        decision: decision
          ? {
              outcomeLabel: outcomeLabel(decision.outcome, routeOf(answers.profile)),
              paragraphs: minuteParagraphs(decision, minuteContext(questions, answers, trust.id, schoolName), { ratings: false }),
            }
          : null,
      },
    ];
  });
  return trusts.length > 0 ? { trusts } : null;
}
