import { content } from '../../content';

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
          {s.url ? (
            <a href={s.url} rel="noreferrer noopener" target="_blank">
              {s.title}
              <span className="visually-hidden">{' (opens in a new tab)'}</span>
            </a>
          ) : (
            s.title
          )}{' '}
          ({s.publisher}
          {s.date ? `, ${s.date}` : ''})
        </span>
      ))}
    </p>
  );
}
