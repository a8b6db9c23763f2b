import { content } from '../../content';
import { Heading, Page } from '../components/Page';
import { SourceLink } from '../components/SourceLink';
import { formatDateLong } from '../../domain/dates';

export function SourcesPage() {
  const { attribution } = content.tenQuestions;
  const sources = [...content.sources].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  return (
    <Page title="Sources">
      <div className="narrow">
        <Heading>Sources</Heading>
        <p className="lead">
          <strong>This is guidance, not legal advice.</strong> {content.meta.disclaimer}
        </p>
        <p>
          The content was last reviewed on {formatDateLong(content.meta.reviewedOn)} (content version {content.meta.contentVersion}). The law
          and government policy change: where a fact depends on a date, the page says so.
        </p>
        <h2>The ten questions</h2>
        <p>
          The ten questions are quoted word for word from {attribution.author}, {attribution.role}, as published by{' '}
          {attribution.publishedBy}. {attribution.note}
        </p>
        <h2>Everything we used</h2>
        <p>Every piece of guidance in this tool names its sources. These are all of them. Links open the publisher’s own website.</p>
        <ul>
          {sources.map((s) => (
            <li key={s.id}>
              <SourceLink source={s} />
              , {s.publisher}
              {s.date ? `, ${s.date}` : ''}
              {s.note ? `. ${s.note}` : ''}
            </li>
          ))}
        </ul>
      </div>
    </Page>
  );
}
