import type { ReactNode } from 'react';
import type { Report, SectionId } from '@/report/build';
import { HeadedTable } from './HeadedTable';

/*
 * The board summary that opens the report, in the same order as the PDF's first pages: the
 * verdict and why (the board's decision in the minutes' words once recorded), the trusts side
 * by side, the open red flags and the next steps.
 */

export const titleOf = (report: Report, id: SectionId) => report.sections.find((s) => s.id === id)?.title ?? '';

/** One of the report's sections: its title (as in the PDF) as a level 2 heading, then its content. */
export function ReportSection({
  report,
  id,
  headingId = id,
  className,
  children,
}: {
  report: Report;
  id: SectionId;
  headingId?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId}>{titleOf(report, id)}</h2>
      {children}
    </section>
  );
}

export function Verdict({ report }: { report: Report }) {
  const { verdict, summary } = report;
  const decision = verdict.decision;
  const more = verdict.conditions.length - summary.conditions.length;
  return (
    <section aria-labelledby="verdict" className="banner report-verdict">
      <h2 id="verdict" className="banner__title">
        {titleOf(report, 'verdict')}
      </h2>
      <div className="banner__body">
        <p className="report-verdict__label">{decision ? 'The board’s decision' : 'Verdict'}</p>
        <p className="lead" data-testid="verdict">
          <strong>{verdict.headline}</strong>
          {decision ? `: ${decision.trustName}` : verdict.trustName ? ` (${verdict.trustName})` : ''}
        </p>
        {decision?.meetingLabel && <p>{decision.meetingLabel}</p>}
        <p>{verdict.summary}</p>
        {summary.conditions.length > 0 && (
          <>
            <h3>{decision ? 'The board’s conditions' : 'Conditions'}</h3>
            <ul>
              {summary.conditions.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
            {more > 0 && (
              <p className="hint">
                {more} more in “{titleOf(report, decision ? 'meeting' : 'reasons')}”.
              </p>
            )}
          </>
        )}
        {summary.reasons.length > 0 && (
          <>
            <h3>Why</h3>
            <ul>
              {summary.reasons.map((r, i) => (
                <li key={i}>{r.charAt(0).toUpperCase() + r.slice(1)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

export function TrustsSideBySide({ report }: { report: Report }) {
  return (
    <ReportSection report={report} id="trusts" headingId="summary-trusts">
      <HeadedTable
        table={report.summary.trusts}
        label={`Table: ${titleOf(report, 'trusts')}`}
        className="report-card"
        cardsOnPhone
        cell={(value, c) => (c === 5 && value !== '0' ? <strong className="tag tag--red">{value}</strong> : value)}
      />
    </ReportSection>
  );
}

export function OpenRedFlags({ report }: { report: Report }) {
  const { openRedFlags, moreRedFlags } = report.summary;
  const several = report.trusts.length > 1;
  return (
    <ReportSection report={report} id="red-flags" headingId="summary-red-flags">
      {openRedFlags.length === 0 ? (
        <p>None open.</p>
      ) : (
        <ul className="report-card">
          {openRedFlags.map((f) => (
            <li key={`${f.trustName}-${f.number}`}>
              <strong className="tag tag--red">Red flag</strong> Question {f.number} ({f.shortTitle}){several ? `, ${f.trustName}` : ''}:{' '}
              {f.note || 'no note given.'}
            </li>
          ))}
        </ul>
      )}
      {moreRedFlags > 0 && (
        <p className="hint">
          {moreRedFlags} more open red flag{moreRedFlags === 1 ? ' is' : 's are'} in “{titleOf(report, 'notes')}”.
        </p>
      )}
    </ReportSection>
  );
}

/** Next steps, numbered, or "Nothing outstanding." */
export function StepList({ steps }: { steps: Report['nextSteps'] }) {
  if (steps.length === 0) return <p>Nothing outstanding.</p>;
  return (
    <ol>
      {steps.map((s) => (
        <li key={s.text}>{s.text}</li>
      ))}
    </ol>
  );
}

export function NextSteps({ report }: { report: Report }) {
  const { nextSteps, moreNextSteps } = report.summary;
  return (
    <ReportSection report={report} id="next-steps">
      <StepList steps={nextSteps} />
      {moreNextSteps > 0 && (
        <p className="hint">
          {moreNextSteps} more in “{titleOf(report, 'all-next-steps')}”.
        </p>
      )}
    </ReportSection>
  );
}
