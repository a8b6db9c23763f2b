import { Link } from 'react-router';
import { sectionTitles, type Report, type ReportTrust } from '@/report/build';
import { ExternalLink, LinkList } from '@/ui/components/ExternalLink';
import { TableWrap } from '@/ui/components/TableWrap';
import { HeadedTable } from './HeadedTable';
import { ReportSection, StepList } from './ReportSummary';

/*
 * The report's appendices, in the same order and with the same titles as the PDF's: each
 * trust's verdict and reasons, the ten questions, the notes, the comparison, the steps, the
 * school's context, every next step, the weights used, the method, the sources.
 */

const several = (report: Report) => report.trusts.length > 1;

/** Each trust's band (or the board's decision on it), figures and reasons, then the grid. */
export function Reasons({ report }: { report: Report }) {
  return (
    <ReportSection report={report} id="reasons">
      {report.trusts.map((trust) => {
        const decided = report.verdict.decision?.trustId === trust.id ? report.verdict.decision : null;
        return (
          <div key={trust.id} className="report-card">
            <h3>{trust.name}</h3>
            <p>
              <strong>{decided ? `${decided.outcomeLabel} (the board’s decision).` : `${trust.bandLabel}.`}</strong>{' '}
              {decided ? '' : trust.explanation}
            </p>
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
            {trust.reasons.length > 0 && (
              <>
                <h4>{decided ? 'What the school’s record shows' : trust.band === 'decide' ? 'Why it is ready to decide' : `Why it is “${trust.bandLabel}”`}</h4>
                <ul>
                  {trust.reasons.map((r, i) => (
                    <li key={i}>{r.charAt(0).toUpperCase() + r.slice(1)}</li>
                  ))}
                </ul>
              </>
            )}
            {trust.conditions.length > 0 && (
              <>
                <h4>{decided ? 'Still to do' : 'Conditions to meet before deciding'}</h4>
                <ul>
                  {trust.conditions.map((c, i) => (
                    <li key={i}>{c.charAt(0).toUpperCase() + c.slice(1)}</li>
                  ))}
                </ul>
              </>
            )}
            {trust.redFlags.length > 0 && (
              <>
                <h4>Red flags</h4>
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
          </div>
        );
      })}
      <Grid report={report} />
    </ReportSection>
  );
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

function Grid({ report }: { report: Report }) {
  const { fitLevels, evidenceGrades } = report.method.grid;
  const unplaced = report.trusts.filter((t) => t.fitLevel === null || t.evidenceGrade === null).map((t) => t.name);
  return (
    <section aria-labelledby="grid">
      <h3 id="grid">Fit against evidence</h3>
      <p>How good the trust’s answers are (fit), against how well your school has checked them (evidence).</p>
      <TableWrap label="Table: Fit against evidence">
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

export function Charts({ report }: { report: Report }) {
  return (
    <ReportSection report={report} id="chart">
      {report.trusts.length === 0 ? (
        <p>No trust has been added yet, so there is nothing to chart.</p>
      ) : (
        report.trusts.map((trust) => (
          <TableWrap key={trust.id} label={`Ratings and evidence for ${trust.name}`}>
            <Chart trust={trust} />
          </TableWrap>
        ))
      )}
    </ReportSection>
  );
}

/** Each question's rating, evidence, weight and red flag, in a table per trust. */
export function QuestionTables({ report }: { report: Report }) {
  return (
    <ReportSection report={report} id="questions">
      {report.trusts.length === 0 && <p>No trust has been added yet.</p>}
      {report.trusts.map((trust) => (
        <TableWrap key={trust.id} label={`The ten questions: ${trust.name}`}>
          <table>
            <caption>{trust.name}</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Rating</th>
                <th scope="col">Evidence</th>
                <th scope="col">Weight</th>
                <th scope="col">Red flag</th>
              </tr>
            </thead>
            <tbody>
              {trust.questions.map((q) => (
                <tr key={q.questionId}>
                  <th scope="row">
                    {q.number}. {q.shortTitle}
                  </th>
                  <td>
                    {q.boardRatingLabel !== null ? (
                      <>
                        {q.boardRatingLabel} <span className="hint">(board’s agreed rating; school’s: {q.schoolRatingLabel})</span>
                      </>
                    ) : (
                      q.ratingLabel
                    )}
                  </td>
                  <td>{q.evidenceLabel}</td>
                  <td>{q.weightLabel}</td>
                  <td>{q.redFlag === 'none' ? 'None' : <strong className="tag tag--red">{q.redFlagLabel}</strong>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ))}
    </ReportSection>
  );
}

function TrustPack({ trust }: { trust: ReportTrust }) {
  if (!trust.pack) return null;
  return (
    <div className="report-provided">
      <h4>Provided by the trust</h4>
      <p>
        {trust.name} sent a trust pack ({trust.pack.preparedOnLabel}). Nobody has checked what it says. Ratings, evidence and notes are
        your school’s own, marked “Checked by the school”.
      </p>
      {trust.pack.about.map((a) => (
        <div key={a.label}>
          <h5>{a.label}</h5>
          <p className="report-note">{a.text}</p>
        </div>
      ))}
      {trust.pack.contacts.length > 0 && (
        <>
          <h5>Contacts</h5>
          <ul>
            {trust.pack.contacts.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </>
      )}
      {trust.pack.links.length > 0 && (
        <>
          <h5>Published documents</h5>
          <LinkList links={trust.pack.links} />
        </>
      )}
    </div>
  );
}

/** Each question in full: the school's assessment, the board's agreed rating, red flags, notes, and what the trust said. */
export function Notes({ report }: { report: Report }) {
  return (
    <ReportSection report={report} id="notes">
      {report.trusts.length === 0 && <p>No trust has been added yet.</p>}
      {report.trusts.map((trust) => (
        <section key={trust.id} aria-labelledby={`notes-${trust.id}`}>
          <h3 id={`notes-${trust.id}`} className={several(report) ? undefined : 'visually-hidden'}>
            {trust.name}
          </h3>
          <TrustPack trust={trust} />
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
      ))}
    </ReportSection>
  );
}

export function Comparison({ report }: { report: Report }) {
  const table = report.comparison;
  if (!table) return null;
  return (
    <ReportSection report={report} id="comparison">
      <p className="no-print">
        <Link to="/compare">Open the comparison page</Link> to see each question’s evidence and red flags for every trust.
      </p>
      <HeadedTable table={table} label={`Table: ${sectionTitles.comparison}`} />
    </ReportSection>
  );
}

export function Stages({ report }: { report: Report }) {
  return (
    <ReportSection report={report} id="stages">
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
    </ReportSection>
  );
}

export function Context({ report }: { report: Report }) {
  return (
    <ReportSection report={report} id="context">
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
    </ReportSection>
  );
}

export function AllNextSteps({ report }: { report: Report }) {
  return (
    <ReportSection report={report} id="all-next-steps">
      <StepList steps={report.nextSteps} />
    </ReportSection>
  );
}

/** The weights used, read only; they are changed on their own page. */
export function WeightsUsed({ report }: { report: Report }) {
  const { method } = report;
  return (
    <ReportSection report={report} id="weights">
      <p>{method.weightsChanged ? 'The board changed some weights from the defaults; both are shown.' : 'The default weights were used.'}</p>
      <p className="no-print">
        <Link to="/weights">Change the weights</Link>
      </p>
      <TableWrap label="Weights used">
        <table>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Weight used</th>
              <th scope="col">Default</th>
            </tr>
          </thead>
          <tbody>
            {method.weights.map((w) => (
              <tr key={w.number}>
                <th scope="row">
                  {w.number}. {w.shortTitle}
                </th>
                <td>{w.weight === 0 ? '0 (left out)' : w.weight}</td>
                <td>{w.defaultWeight}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <h3>Thresholds</h3>
      <ul>
        {method.thresholds.map((t) => (
          <li key={t.label}>
            {t.label}: {t.value}
          </li>
        ))}
      </ul>
    </ReportSection>
  );
}

export function Method({ report }: { report: Report }) {
  const { method } = report;
  return (
    <ReportSection report={report} id="method">
      {method.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <p className="hint">{method.attribution}</p>
    </ReportSection>
  );
}

export function Sources({ report }: { report: Report }) {
  return (
    <ReportSection report={report} id="sources" headingId="report-sources">
      <ol className="report-sources">
        {report.sources.map((s) => (
          <li key={s.id}>
            {s.url ? <ExternalLink link={{ title: s.title, url: s.url }} /> : `${s.title}.`} {s.publisher}
            {s.dateLabel ? `, ${s.dateLabel}` : ''}.
          </li>
        ))}
      </ol>
      <p className="no-print">
        <Link to="/sources">See every source, with what each is used for</Link>.
      </p>
    </ReportSection>
  );
}

export function Disclaimer({ report }: { report: Report }) {
  return (
    <ReportSection report={report} id="disclaimer" className="inset">
      <p>{report.disclaimer.full}</p>
      <p>
        This report was made on {report.generatedOnLabel} by “{report.toolName}” from what the school entered. It uses content version{' '}
        {report.contentVersion}, checked against sources published up to {report.reviewedOnLabel}. Nothing was sent anywhere.
      </p>
    </ReportSection>
  );
}
