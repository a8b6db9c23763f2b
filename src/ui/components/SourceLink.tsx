import type { Source } from '@/content/schema';

/** A source's title, linked to the publisher's page when it has one (opened only on click). */
export function SourceLink({ source }: { source: Source }) {
  if (!source.url) return <>{source.title}</>;
  return (
    <a href={source.url} rel="noreferrer noopener" target="_blank">
      {source.title} <span className="visually-hidden">(opens in a new tab)</span>
    </a>
  );
}
