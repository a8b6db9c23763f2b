import { useEffect, useMemo, useState, type ComponentType } from 'react';
import { content } from '@/content';
import { buildReport, type Report, type SectionId } from '@/report/build';
import { useAnswers } from '@/store/answers-store';
import { BackLink } from '@/ui/components/BackLink';
import { today } from '@/domain/dates';
import { downloadFile } from '@/ui/components/download';
import { Heading, Page } from '@/ui/components/Page';
import { importFresh, takeResume } from '@/ui/fresh-import';
import { ReportMeeting } from '@/ui/meeting/ReportMeeting';
import {
  AllNextSteps,
  Charts,
  Comparison,
  Context,
  Disclaimer,
  Method,
  Notes,
  QuestionTables,
  Reasons,
  Sources,
  Stages,
  WeightsUsed,
} from './ReportAppendices';
import { NextSteps, OpenRedFlags, TrustsSideBySide, Verdict } from './ReportSummary';

/**
 * The readiness report on screen. It renders the same report object as the PDF, section by
 * section in the same order: the board summary first, then the appendices. Printing it gives
 * that order too (see the print styles).
 */
const sections: Record<SectionId, ComponentType<{ report: Report }>> = {
  verdict: Verdict,
  trusts: TrustsSideBySide,
  'red-flags': OpenRedFlags,
  'next-steps': NextSteps,
  meeting: ReportMeeting,
  reasons: Reasons,
  chart: Charts,
  questions: QuestionTables,
  notes: Notes,
  comparison: Comparison,
  stages: Stages,
  context: Context,
  'all-next-steps': AllNextSteps,
  weights: WeightsUsed,
  method: Method,
  sources: Sources,
  disclaimer: Disclaimer,
};

export function ReportPage() {
  const answers = useAnswers((s) => s.answers);
  const report = useMemo(() => buildReport(content, answers, { generatedOn: today() }), [answers]);
  const summary = report.sections.filter((s) => s.part === 'summary');
  const appendices = report.sections.filter((s) => s.part === 'appendix');
  return (
    <Page title={`Readiness report: ${report.schoolName}`}>
      <BackLink here={{ page: 'report' }} />
      <Heading caption={report.schoolName}>Readiness report</Heading>
      <div className="report-summary" data-testid="board-summary">
        {summary.map((s, i) => {
          const Section = sections[s.id];
          return (
            <div key={s.id}>
              <Section report={report} />
              {i === 0 && <PdfButton report={report} />}
            </div>
          );
        })}
        <p className="hint">
          {report.generatedOnLabel}. Content version {report.contentVersion}, checked against sources published up to {report.reviewedOnLabel}.{' '}
          {report.disclaimer.short}
        </p>
      </div>
      <div className="report-appendices">
        <h2 id="appendices">Appendices</h2>
        <ol className="report-contents">
          {appendices.map((s) => (
            <li key={s.id}>{s.title}</li>
          ))}
        </ol>
        {appendices.map((s) => {
          const Section = sections[s.id];
          return <Section key={s.id} report={report} />;
        })}
      </div>
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
      const { renderPdf, pdfBlob } = await importFresh(() => import('@/report/pdf'), 'pdf');
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
