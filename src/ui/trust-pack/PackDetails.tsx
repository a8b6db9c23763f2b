import { aboutFields, aboutLabels, packSchools, type TrustPack } from '@/domain/trust-pack-schema';
import { LinkList } from '@/ui/components/ExternalLink';

/**
 * Everything in a pack besides the ten answers: about the trust, contacts and published
 * documents. Text only: whatever a pack holds is shown as words, never as markup.
 */
export function PackDetails({ pack, level = 3 }: { pack: TrustPack; level?: 2 | 3 }) {
  const H = level === 2 ? 'h2' : 'h3';
  const about = aboutFields.filter((f) => pack.about?.[f]);
  const schools = packSchools(pack);
  return (
    <>
      {schools && (
        <section>
          <H>Schools in the trust</H>
          <p>{schools}</p>
        </section>
      )}
      {about.map((field) => (
        <section key={field}>
          <H>{aboutLabels[field].label}</H>
          <p className="pack-text">{pack.about?.[field]}</p>
        </section>
      ))}
      {pack.contacts.length > 0 && (
        <>
          <H>Who to contact</H>
          <ul className="pack-contacts">
            {pack.contacts.map((c, i) => (
              <li key={i}>
                <strong>{c.name}</strong>
                {c.role ? `, ${c.role}` : ''}
                {c.email && <span className="pack-contacts__detail">Email: {c.email}</span>}
                {c.phone && <span className="pack-contacts__detail">Phone: {c.phone}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {pack.links.length > 0 && (
        <>
          <H>Published documents</H>
          <LinkList links={pack.links} />
        </>
      )}
      {!schools && about.length === 0 && pack.contacts.length === 0 && pack.links.length === 0 && <p>The pack has nothing else.</p>}
    </>
  );
}
