import type { Report, SectionId } from '@/report/build';
import { TableWrap } from '@/ui/components/TableWrap';

/*
 * The board summary that opens the report, in the same order as the PDF's first pages: the
 * verdict and why (the board's decision in the minutes' words once recorded), the trusts side
 * by side, the open red flags and the next steps.
 */

export const titleOf = (report: Report, id: SectionId) => report.sections.find((s) => s.id === id)?.title ?? '';

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
  const table = report.summary.trusts;
  return (
    <section aria-labelledby="summary-trusts">
      <h2 id="summary-trusts">{titleOf(report, 'trusts')}</h2>
      <TableWrap label={titleOf(report, 'trusts')}>
        <table className="report-card">
          <thead>
            <tr>
              {table.head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={c}>{c === 5 && cell !== '0' ? <strong className="tag tag--red">{cell}</strong> : cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

export function OpenRedFlags({ report }: { report: Report }) {
  const { openRedFlags, moreRedFlags } = report.summary;
  const several = report.trusts.length > 1;
  return (
    <section aria-labelledby="summary-red-flags">
      <h2 id="summary-red-flags">{titleOf(report, 'red-flags')}</h2>
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
    </section>
  );
}

export function NextSteps({ report }: { report: Report }) {
  const { nextSteps, moreNextSteps } = report.summary;
  return (
    <section aria-labelledby="next-steps">
      <h2 id="next-steps">{titleOf(report, 'next-steps')}</h2>
      {nextSteps.length === 0 ? (
        <p>Nothing outstanding.</p>
      ) : (
        <ol>
          {nextSteps.map((s) => (
            <li key={s.text}>{s.text}</li>
          ))}
        </ol>
      )}
      {moreNextSteps > 0 && (
        <p className="hint">
          {moreNextSteps} more in “{titleOf(report, 'all-next-steps')}”.
        </p>
      )}
    </section>
  );
}
