import { useMemo } from 'react';
import { Link } from 'react-router';
import { content } from '@/content';
import { buildReport, schoolsInWords } from '@/report/build';
import { useAnswers } from '@/store/answers-store';
import { arrival } from '@/store/journey';
import { toPath } from '@/ui/journey/paths';
import { Heading, Page } from '@/ui/components/Page';
import { TableWrap } from '@/ui/components/TableWrap';
import { formatDateLong, today } from '@/domain/dates';

/** Every trust side by side: band, fit, evidence strength, red flags, and each question's rating. */
export function ComparePage() {
  const answers = useAnswers((s) => s.answers);
  const report = useMemo(() => buildReport(content, answers, { generatedOn: today() }), [answers]);
  const trusts = report.trusts;
  const packOf = (id: string) => answers.trusts.find((t) => t.id === id)?.pack;
  const questions = trusts[0]?.questions ?? [];

  return (
    <Page title="Compare the trusts">
      <Heading>Compare the trusts</Heading>
      {trusts.length === 0 ? (
        <p className="narrow">
          You have not added any trusts yet. <Link to="/trusts">Add the trusts you are considering</Link>, or open a trust pack a trust
          has sent you from <Link to="/open-pack">Open a trust pack</Link>.
        </p>
      ) : (
        <>
          <p className="narrow">
            Your ratings of each trust’s answers, how sure you are of them, and any red flags, side by side. The ratings are your
            school’s own, including for trusts that sent a pack.
            {trusts.length === 1 && ' Add another trust to compare it with this one.'}
          </p>
          <TableWrap labelledBy="compare-caption">
            <table className="compare-table">
              <caption id="compare-caption">Ratings, evidence strength and red flags for each trust</caption>
              <thead>
                <tr>
                  <th scope="col">Measure or question</th>
                  {trusts.map((t) => (
                    <th key={t.id} scope="col">
                      {t.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">Band</th>
                  {trusts.map((t) => (
                    <td key={t.id}>
                      <strong>{t.bandLabel}</strong>
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Trust fit</th>
                  {trusts.map((t) => (
                    <td key={t.id}>
                      {t.fitLevelLabel} ({t.fitLabel})
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Evidence strength</th>
                  {trusts.map((t) => (
                    <td key={t.id}>{t.evidenceLabel}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Questions answered</th>
                  {trusts.map((t) => (
                    <td key={t.id}>{t.coverageLabel}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Red flags not yet resolved</th>
                  {trusts.map((t) => {
                    const open = t.redFlags.filter((f) => !f.resolved);
                    return (
                      <td key={t.id}>
                        {open.length === 0 ? 'None' : <strong className="tag tag--red">{`${open.length} red flag${open.length === 1 ? '' : 's'}`}</strong>}
                      </td>
                    );
                  })}
                </tr>
                <tr>
                  <th scope="row">Trust pack</th>
                  {trusts.map((t) => {
                    const pack = packOf(t.id);
                    return <td key={t.id}>{pack ? `Provided by the trust, ${formatDateLong(pack.preparedOn)}` : 'None'}</td>;
                  })}
                </tr>
                <tr>
                  <th scope="row">The trust’s own answers</th>
                  {trusts.map((t) => {
                    const pack = packOf(t.id);
                    if (!pack) return <td key={t.id}>No pack</td>;
                    const answered = content.tenQuestions.questions.filter((q) => {
                      const a = pack.answers[q.id];
                      return a !== undefined && (a.answer.trim() !== '' || (a.links ?? []).length > 0);
                    }).length;
                    return <td key={t.id}>{`The trust’s pack answered ${answered} of the ${content.tenQuestions.questions.length} questions`}</td>;
                  })}
                </tr>
                <tr>
                  <th scope="row">Central charge, in the trust’s words</th>
                  {trusts.map((t) => {
                    const pack = packOf(t.id);
                    const charge = pack?.about?.centralCharge?.trim();
                    return (
                      <td key={t.id}>
                        {charge ? <span className="pack-text">{charge}</span> : pack ? 'Not given in the trust’s pack' : 'No pack'}
                      </td>
                    );
                  })}
                </tr>
                <tr>
                  <th scope="row">Number of schools in the trust, as its pack says</th>
                  {trusts.map((t) => (
                    <td key={t.id}>{schoolsInWords(t)}</td>
                  ))}
                </tr>
                {questions.map((q, i) => (
                  <tr key={q.questionId}>
                    <th scope="row">
                      {q.number}. {q.shortTitle}
                    </th>
                    {trusts.map((t) => {
                      const row = t.questions[i];
                      if (!row) return <td key={t.id} />;
                      return (
                        <td key={t.id}>
                          <Link to={toPath(arrival({ page: 'question', trustId: t.id, questionId: row.questionId }, answers))}>
                            {row.ratingLabel}
                            <span className="visually-hidden">
                              {' '}
                              for question {row.number}, {t.name}
                            </span>
                          </Link>
                          {row.rating && <span className="compare-table__detail">{row.evidenceLabel}</span>}
                          {row.redFlag !== 'none' && (
                            <span className="compare-table__detail">
                              <strong className="tag tag--red">{row.redFlagLabel}</strong>
                            </span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <h2>Red flags</h2>
          {trusts.every((t) => t.redFlags.length === 0) ? (
            <p>You have not recorded any red flags.</p>
          ) : (
            trusts.map((t) =>
              t.redFlags.length === 0 ? null : (
                <section key={t.id} aria-labelledby={`flags-${t.id}`}>
                  <h3 id={`flags-${t.id}`}>{t.name}</h3>
                  <ul>
                    {t.redFlags.map((f) => (
                      <li key={f.number}>
                        <strong className="tag tag--red">{f.resolved ? 'Red flag (resolved)' : 'Red flag'}</strong> Question {f.number} (
                        {f.shortTitle}): <span className="pack-text">{f.note}</span>
                      </li>
                    ))}
                  </ul>
                </section>
              ),
            )
          )}
          <p>
            The <Link to="/report">readiness report</Link> includes this comparison, with the reasons for each trust’s band.
          </p>
        </>
      )}
    </Page>
  );
}
