import type { Report } from '@/report/build';
import { TableWrap } from '@/ui/components/TableWrap';

/** The report's meeting section: range of views and agreed ratings per question, then the decision as minuted. */
export function ReportMeeting({ report }: { report: Report }) {
  const meeting = report.meeting;
  if (!meeting) return null;
  const title = report.sections.find((s) => s.id === 'meeting')?.title ?? 'The governing board’s meeting';
  return (
    <section aria-labelledby="report-meeting">
      <h2 id="report-meeting">{title}</h2>
      {meeting.trusts.map((t) => (
        <div key={t.trustId}>
          {meeting.trusts.length > 1 || report.trusts.length > 1 ? <h3>{t.trustName}</h3> : null}
          <p>{t.viewsLabel}</p>
          <TableWrap label={`Governors’ views: ${t.trustName}`}>
            <table>
              <caption>Governors’ views and the board’s agreed ratings for {t.trustName}</caption>
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  <th scope="col">Governors’ views</th>
                  <th scope="col">How far apart</th>
                  <th scope="col">Agreed</th>
                </tr>
              </thead>
              <tbody>
                {t.questions.map((q) => (
                  <tr key={q.number}>
                    <th scope="row">
                      {q.number}. {q.shortTitle}
                    </th>
                    <td>{q.rangeLabel}</td>
                    <td>{q.spreadLabel}</td>
                    <td>{q.agreedLabel}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {t.decision && (
            <>
              <h3>Decision: {t.decision.outcomeLabel}</h3>
              {t.decision.paragraphs.slice(1).map((p) => (
                <p key={p} className="report-note">
                  {p}
                </p>
              ))}
            </>
          )}
        </div>
      ))}
    </section>
  );
}
