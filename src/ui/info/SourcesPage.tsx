import { content } from '@/content';
import { Heading, Page } from '@/ui/components/Page';
import { SourceLink } from '@/ui/components/SourceLink';
import { formatDateLong } from '@/domain/dates';

export function SourcesPage() {
  const { attribution } = content.tenQuestions;
  // Retired sources stay in the data (ids are permanent) but are no longer used or listed.
  const sources = content.sources.filter((s) => !s.retired).sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  return (
    <Page title="Sources">
      <div className="narrow">
        <Heading>Sources</Heading>
        <p className="lead">
          <strong>This is guidance, not legal advice.</strong> {content.meta.disclaimer}
        </p>
        <p>
          The content was checked against sources published up to {formatDateLong(content.meta.reviewedOn)} (content version{' '}
          {content.meta.contentVersion}). It says nothing about changes after that date. The law and government policy change: where a fact
          depends on a date, the page says so.
        </p>
        <h2>The ten questions</h2>
        <p>
          The ten questions are attributed to {attribution.author} ({attribution.role}), as published by {attribution.publishedBy}, and
          quoted word for word from that publication. {attribution.note}
        </p>
        <h2>Everything we used</h2>
        <p>
          Every piece of guidance in this tool names its sources. These are all of them. Links open the publisher’s own website. Sources marked
          “advocacy” were written to make a case, for trusts or against them; no legal point rests on them alone.
        </p>
        <ul>
          {sources.map((s) => (
            <li key={s.id}>
              <SourceLink source={s} />
              , {s.publisher}
              {s.date ? `, ${s.date}` : ''}
              {s.advocacy ? ' (advocacy)' : ''}
              {s.note ? `. ${s.note}` : ''}
            </li>
          ))}
        </ul>
      </div>
    </Page>
  );
}
