import { isHttpsUrl, type PackLink } from '@/domain/trust-pack-schema';

/**
 * A link from a trust pack. It opens only when clicked, in a new tab with no link back to
 * this page, and only if it is https://; anything else is shown as plain text. The site's
 * name is shown too, so the school can see where a link goes before following it.
 */
export function ExternalLink({ link }: { link: PackLink }) {
  if (!isHttpsUrl(link.url)) {
    return (
      <span>
        {link.title} (not a safe web address: {link.url})
      </span>
    );
  }
  const host = new URL(link.url).hostname;
  return (
    <>
      <a href={link.url} target="_blank" rel="noopener noreferrer" className="pack-link">
        {link.title || link.url}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>{' '}
      <span className="hint pack-link__host">({host})</span>
    </>
  );
}

export function LinkList({ links }: { links: PackLink[] }) {
  if (links.length === 0) return null;
  return (
    <ul className="pack-links">
      {links.map((link, i) => (
        <li key={i}>
          <ExternalLink link={link} />
        </li>
      ))}
    </ul>
  );
}
