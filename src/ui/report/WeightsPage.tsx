import { useMemo } from 'react';
import { Link } from 'react-router';
import { content } from '@/content';
import { buildReport } from '@/report/build';
import { useAnswers } from '@/store/answers-store';
import { today } from '@/domain/dates';
import { Heading, Page } from '@/ui/components/Page';
import { WeightsForm } from './WeightsForm';

/** The board's weights for the ten questions, on a page of their own; the report shows the weights used. */
export function WeightsPage() {
  const answers = useAnswers((s) => s.answers);
  const report = useMemo(() => buildReport(content, answers, { generatedOn: today() }), [answers]);
  return (
    <Page title="Change the question weights">
      <Link to="/report" className="back-link">
        Back to the report
      </Link>
      <Heading caption={report.schoolName}>Change the question weights</Heading>
      <div className="narrow">
        <WeightsForm weights={report.method.weights} />
        <p>
          <Link to="/report" className="button">
            Return to the report
          </Link>
        </p>
      </div>
    </Page>
  );
}
