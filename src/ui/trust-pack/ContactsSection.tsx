import { PACK_LIMITS, type PackContact } from '@/domain/trust-pack';
import { TextField } from '@/ui/components/TextField';
import { LinksEditor } from './LinksEditor';
import type { PackSectionProps } from './pack-section';

/** Who schools can contact (up to the limit), and the trust's published documents. */
export function ContactsSection({ draft, update, errorFor }: PackSectionProps) {
  const setContacts = (contacts: PackContact[]) => update((d) => ({ ...d, contacts }));
  const setContact = (index: number, patch: Partial<PackContact>) =>
    setContacts(draft.contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <>
      <h2>Who schools can contact</h2>
      {draft.contacts.map((c, i) => (
        <fieldset key={i} className="pack-row">
          <legend className="legend--medium">Contact {i + 1}</legend>
          <TextField id={`pack-contact-${i}-name`} label="Name" value={c.name} onChange={(v) => setContact(i, { name: v })} error={errorFor(`pack-contact-${i}-name`)} maxLength={PACK_LIMITS.contactText} autoComplete="name" />
          <TextField id={`pack-contact-${i}-role`} label="Role" hint="For example, Chief executive" value={c.role} onChange={(v) => setContact(i, { role: v })} error={errorFor(`pack-contact-${i}-role`)} maxLength={PACK_LIMITS.contactText} autoComplete="organization-title" />
          <TextField id={`pack-contact-${i}-email`} label="Email (optional)" value={c.email ?? ''} onChange={(v) => setContact(i, { email: v })} error={errorFor(`pack-contact-${i}-email`)} maxLength={PACK_LIMITS.email} autoComplete="email" />
          <TextField id={`pack-contact-${i}-phone`} label="Phone (optional)" value={c.phone ?? ''} onChange={(v) => setContact(i, { phone: v })} error={errorFor(`pack-contact-${i}-phone`)} maxLength={PACK_LIMITS.phone} autoComplete="tel" />
          <button type="button" className="button button--secondary" onClick={() => setContacts(draft.contacts.filter((_, j) => j !== i))}>
            Remove contact {i + 1}
          </button>
        </fieldset>
      ))}
      {draft.contacts.length < PACK_LIMITS.contacts ? (
        <button type="button" className="button button--secondary" onClick={() => setContacts([...draft.contacts, { name: '', role: '' }])}>
          Add {draft.contacts.length === 0 ? 'a' : 'another'} contact
        </button>
      ) : (
        <p className="hint">That is the most: {PACK_LIMITS.contacts} contacts.</p>
      )}

      <h2>Published documents</h2>
      <p>Link to documents schools should read: your accounts, scheme of delegation, improvement plan and Ofsted reports.</p>
      <LinksEditor
        id="pack-link"
        noun="Document"
        links={draft.links}
        max={PACK_LIMITS.links}
        onChange={(links) => update((d) => ({ ...d, links }))}
        errorFor={errorFor}
      />
    </>
  );
}
