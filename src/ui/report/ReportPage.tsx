import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { content } from '../../content';
import { buildReport, type Report, type ReportTrust } from '../../report/build';
import { useAnswers } from '../../store/answers-store';
import { BackLink } from '../components/BackLink';
import { Heading, Page } from '../components/Page';
import { TableWrap } from '../components/TableWrap';
import { today } from '../../domain/dates';
import { downloadFile } from '../components/download';
import { importFresh, takeResume } from '../fresh-import';
import { ReportMeeting } from '../meeting/ReportMeeting';
import { WeightsForm } from './WeightsForm';
import { LinkList } from '../components/ExternalLink';

/** The readiness report on screen. It renders the same report object as the PDF, and nothing else. */
export function ReportPage() {
  const answers = useAnswers((s) => s.answers);
  const report = useMemo(() => buildReport(content, answers, { generatedOn: today() }), [answers]);
  return (
    <Page title={`Readiness report: ${report.schoolName}`}>
      <BackLink here={{ page: 'report' }} />
      <Heading caption={report.schoolName}>Readiness report</Heading>
      <p className="hint">
        {report.generatedOnLabel}. Content version {report.contentVersion}, checked against sources published up to {report.reviewedOnLabel}. {report.disclaimer.short}
      </p>
      <PdfButton report={report} />
      <Verdict report={report} />
      <ReportMeeting report={report} />
      {report.trusts.length > 0 && <Grid report={report} />}
      {report.trusts.map((trust) => (
        <TrustSection key={trust.id} trust={trust} several={report.trusts.length > 1} />
      ))}
      {report.comparison && <Comparison report={report} />}
      <Stages report={report} />
      {report.context.length > 0 && (
        <section aria-labelledby="context">
          <h2 id="context">About your school</h2>
          <ul>
            {report.context.map((c) => (
              <li key={c.question}>
                <strong>
                  {c.question} {c.answer}.
                </strong>{' '}
                {c.notes.join(' ')} <span className="hint">{c.checked}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="next-steps">
        <h2 id="next-steps">Next steps</h2>
        {report.nextSteps.length === 0 ? (
          <p>Nothing outstanding.</p>
        ) : (
          <ol>
            {report.nextSteps.map((s) => (
              <li key={s.text}>{s.text}</li>
            ))}
          </ol>
        )}
      </section>
      <Method report={report} />
      <section aria-labelledby="report-sources">
        <h2 id="report-sources">Sources</h2>
        <p>
          {report.sources.length} sources. <Link to="/sources">See every source</Link>.
        </p>
      </section>
      <section aria-labelledby="disclaimer" className="inset">
        <h2 id="disclaimer">Not legal advice</h2>
        <p>{report.disclaimer.full}</p>
      </section>
    </Page>
  );
}

function PdfButton({ report }: { report: Report }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const make = async () => {
    if (busy) return;
    setBusy(true);
    setMessage('Making your PDF…');
    try {
      // After a new version is deployed the old PDF maker's file is gone: reload and carry on (fresh-import.ts).
      const { renderPdf, pdfBlob } = await importFresh(() => import('../../report/pdf'), 'pdf');
      const started = performance.now();
      const result = await renderPdf(report);
      // A User Timing entry (kept on this device) so `npm run bench` can time the PDF in a real browser.
      performance.measure('pdf:render', { start: started, end: performance.now() });
      downloadFile(result.filename, pdfBlob(result), 'application/pdf');
      setMessage(`Your PDF is ready: ${result.filename} (${result.pageCount} pages). Look in your Downloads folder.`);
    } catch (error) {
      setMessage(`Sorry, the PDF could not be made (${error instanceof Error ? error.message : String(error)}). You can print this page instead.`);
    } finally {
      setBusy(false);
    }
  };
  // The page was reloaded into a new version while making the PDF: make it now.
  useEffect(() => {
    if (takeResume('pdf')) queueMicrotask(() => void make());
    // Once, on the first render after such a reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div className="no-print">
      <div className="cluster">
        <button type="button" className="button" onClick={make} aria-disabled={busy}>
          {busy ? 'Making PDF…' : 'Download the report as a PDF'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print this page
        </button>
      </div>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}

function Verdict({ report }: { report: Report }) {
  const { verdict } = report;
  return (
    <section aria-labelledby="verdict" className="banner">
      <h2 id="verdict" className="banner__title">
        Verdict
      </h2>
      <div className="banner__body">
        <p className="lead" data-testid="verdict">
          <strong>{verdict.bandLabel}</strong>
          {verdict.trustName ? ` (${verdict.trustName})` : ''}
        </p>
        <p>{verdict.summary}</p>
        {verdict.reasons.length > 0 && (
          <>
            <h3>Why</h3>
            <ul>
              {verdict.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </>
        )}
        {verdict.conditions.length > 0 && (
          <>
            <h3>Conditions</h3>
            <ul>
              {verdict.conditions.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** Fit against evidence: where each trust stands, as a table a screen reader can read. */
function Grid({ report }: { report: Report }) {
  const { fitLevels, evidenceGrades } = report.method.grid;
  const unplaced = report.trusts.filter((t) => t.fitLevel === null || t.evidenceGrade === null).map((t) => t.name);
  return (
    <section aria-labelledby="grid">
      <h2 id="grid">Fit against evidence</h2>
      <p>How good the trust’s answers are (fit), against how well your school has checked them (evidence).</p>
      <TableWrap label="Fit against evidence">
        <table className="grid-table">
          <thead>
            <tr>
              <td />
              {evidenceGrades.map((g) => (
                <th key={g.grade} scope="col">
                  {g.label} <span className="hint">(from {percent(g.from)})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {fitLevels.map((f) => (
              <tr key={f.level}>
                <th scope="row">
                  {f.label} <span className="hint">(from {percent(f.from)})</span>
                </th>
                {evidenceGrades.map((g) => {
                  const names = report.trusts.filter((t) => t.fitLevel === f.level && t.evidenceGrade === g.grade).map((t) => t.name);
                  return <td key={g.grade}>{names.length > 0 ? names.join(', ') : <span className="hint">No trust</span>}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {unplaced.length > 0 && <p className="hint">Not placed yet (fewer than half the questions rated): {unplaced.join(', ')}.</p>}
    </section>
  );
}

/** Rating and evidence side by side per question, as bars with the words and numbers on them. */
function Chart({ trust }: { trust: ReportTrust }) {
  return (
    <table>
      <caption>Ratings and evidence for {trust.name}</caption>
      <thead>
        <tr>
          <th scope="col">Question</th>
          <th scope="col">Rating (0 to 3)</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {trust.questions.map((q) => (
          <tr key={q.questionId}>
            <th scope="row">
              {q.number}. {q.shortTitle}
            </th>
            <td>
              {/* A "Concern" scores 0 but is an answer: a short stub shows it, never an empty bar. */}
              <span className="rating-bar" style={{ width: q.points === 0 ? '0.5em' : `${((q.points ?? 0) / 3) * 8}em` }} aria-hidden="true" /> {q.ratingLabel}
              {q.points !== null ? ` (${q.points})` : ''}
            </td>
            <td>
              <span className="rating-bar rating-bar--evidence" style={{ width: `${(q.confidence ?? 0) * 8}em` }} aria-hidden="true" />{' '}
              {q.rating ? q.evidenceLabel : '–'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TrustSection({ trust, several }: { trust: ReportTrust; several: boolean }) {
  const headingId = `trust-${trust.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{trust.name}</h2>
      {several && (
        <p>
          <strong>{trust.bandLabel}.</strong> {trust.explanation}
        </p>
      )}
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Trust fit</dt>
          <dd>
            {trust.fitLabel} <span className="hint">(with equal weights: {trust.fitEqualWeightsLabel})</span>
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Evidence strength</dt>
          <dd>{trust.evidenceLabel}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Coverage</dt>
          <dd>{trust.coverageLabel}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Fit label</dt>
          <dd>
            <strong>{trust.fitLevelLabel}</strong>
            {trust.fitFlags && (
              <>
                , with <strong className="tag tag--red">{trust.fitFlags}</strong>
              </>
            )}
            . {trust.fitLevelHint}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>How well checked</dt>
          <dd>{trust.evidenceGradeLabel}</dd>
        </div>
      </dl>
      <p>{trust.ratingsUsed}</p>
      {trust.redFlags.length > 0 && (
        <>
          <h3>Red flags</h3>
          <ul>
            {trust.redFlags.map((f) => (
              <li key={f.number}>
                <strong className="tag tag--red">{f.resolved ? 'Red flag (resolved)' : 'Red flag'}</strong> Question {f.number} (
                {f.shortTitle}): {f.note}
              </li>
            ))}
          </ul>
        </>
      )}
      <TableWrap label={`Ratings and evidence for ${trust.name}`}>
        <Chart trust={trust} />
      </TableWrap>
      {trust.pack && (
        <div className="report-provided">
          <h3>Provided by the trust</h3>
          <p>
            {trust.name} sent a trust pack ({trust.pack.preparedOnLabel}). Nobody has checked what it says. Ratings, evidence and notes
            are your school’s own, marked “Checked by the school”.
          </p>
          {trust.pack.about.map((a) => (
            <div key={a.label}>
              <h4>{a.label}</h4>
              <p className="report-note">{a.text}</p>
            </div>
          ))}
          {trust.pack.contacts.length > 0 && (
            <>
              <h4>Contacts</h4>
              <ul>
                {trust.pack.contacts.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ul>
            </>
          )}
          {trust.pack.links.length > 0 && (
            <>
              <h4>Published documents</h4>
              <LinkList links={trust.pack.links} />
            </>
          )}
        </div>
      )}
      <h3>Answers and notes</h3>
      {trust.questions.map((q) => (
        <div key={q.questionId} className="report-question">
          <h4>
            {q.number}. {q.text}
          </h4>
          <p>
            {q.providedByTrust !== null && 'Checked by the school: '}
            {q.boardRatingLabel !== null && (
              <>
                Board’s agreed rating: <strong>{q.boardRatingLabel}</strong> (used in the figures).{' '}
              </>
            )}
            School’s assessment: {q.boardRatingLabel === null ? <strong>{q.schoolRatingLabel}</strong> : q.schoolRatingLabel}
            {q.rating ? `; ${q.evidenceLabel}` : ''}; weight {q.weightLabel}
            {q.redFlag !== 'none' ? `; ${q.redFlagLabel}: ${q.redFlagNote}` : ''}
          </p>
          {q.notes && <p className="report-note">{q.notes}</p>}
          {q.providedByTrust !== null && (
            <div className="report-provided">
              <p>
                <strong>Provided by the trust</strong> (not checked)
              </p>
              <p className="report-note">{q.providedByTrust || 'The trust’s pack has no answer to this question.'}</p>
              <LinkList links={q.providedLinks} />
            </div>
          )}
        </div>
      ))}
    </section>
  );
}

function Comparison({ report }: { report: Report }) {
  const table = report.comparison;
  if (!table) return null;
  return (
    <section aria-labelledby="comparison">
      <h2 id="comparison">The trusts side by side</h2>
      <p className="no-print">
        <Link to="/compare">Open the comparison page</Link> to see each question’s evidence and red flags for every trust.
      </p>
      <TableWrap label="The trusts side by side">
        <table>
          <thead>
            <tr>
              {table.head.map((h, i) => (
                <th key={i} scope="col">
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
                    <td key={c}>{cell}</td>
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

function Stages({ report }: { report: Report }) {
  return (
    <section aria-labelledby="stages">
      <h2 id="stages">The joining stages</h2>
      <p>{report.process.label}</p>
      {report.process.gatesOutstanding.length > 0 && (
        <p className="warning-text">
          <span className="visually-hidden">Warning: </span>
          Legal preconditions still to do before the board decides and applies: {report.process.gatesOutstanding.map((g) => g.title).join('; ')}.
        </p>
      )}
      {report.process.duties.length > 0 && (
        <>
          <h3>Legal duties</h3>
          <p>The law requires these, but missing one does not stop the process. It has a consequence instead.</p>
          <ul>
            {report.process.duties.map((d) => (
              <li key={d.title}>
                {d.title} ({d.done ? 'done' : 'to do'}). If it is not done: {d.consequence}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.process.stages.map((stage) => (
        <TableWrap key={stage.id} label={stage.title}>
          <table>
            <caption>
              {stage.title}
              {stage.afterDecision ? ' (after the decision)' : ''}: {stage.progressLabel}
            </caption>
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">Status</th>
                <th scope="col">Legal weight</th>
              </tr>
            </thead>
            <tbody>
              {stage.steps.map((step) => (
                <tr key={step.id}>
                  <th scope="row">
                    {step.title}
                    {step.note && <span className="task-list__hint">{step.note}</span>}
                  </th>
                  <td>{step.statusLabel}</td>
                  <td>
                    {step.weight.summary}
                    {step.legal && <span className="task-list__hint">{step.legal.summary}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ))}
    </section>
  );
}

function Method({ report }: { report: Report }) {
  const { method } = report;
  return (
    <section aria-labelledby="method">
      <h2 id="method">How the verdict is worked out</h2>
      {method.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <h3>Thresholds</h3>
      <ul>
        {method.thresholds.map((t) => (
          <li key={t.label}>
            {t.label}: {t.value}
          </li>
        ))}
      </ul>
      <WeightsForm weights={method.weights} />
      <p className="hint">{method.attribution}</p>
    </section>
  );
}
