import { content } from '@/content';
import { SourceLink } from './SourceLink';

/** The sources an item rests on, as links (opened by the user, never fetched by the app). */
export function Cites({ ids }: { ids: string[] }) {
  const sources = ids.map((id) => content.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  if (sources.length === 0) return null;
  return (
    <p className="hint">
      Source{sources.length > 1 ? 's' : ''}:{' '}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          <SourceLink source={s} />{' '}
          ({s.publisher}
          {s.date ? `, ${s.date}` : ''}
          {s.advocacy ? ', advocacy' : ''})
        </span>
      ))}
    </p>
  );
}
