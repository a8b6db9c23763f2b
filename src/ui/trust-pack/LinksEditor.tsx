import type { PackLink } from '@/domain/trust-pack-schema';
import { PACK_LIMITS } from '@/domain/trust-pack-schema';
import { TextField } from '@/ui/components/TextField';

interface LinksEditorProps {
  /** Field ids are `${id}-${row}-title` and `${id}-${row}-url`. */
  id: string;
  /** "Link", "Document": numbered in each row's legend. */
  noun: string;
  links: PackLink[];
  max: number;
  onChange(links: PackLink[]): void;
  errorFor(field: string): string | undefined;
}

/** Rows of title and https address, with add and remove. */
export function LinksEditor({ id, noun, links, max, onChange, errorFor }: LinksEditorProps) {
  const set = (index: number, patch: Partial<PackLink>) => onChange(links.map((l, i) => (i === index ? { ...l, ...patch } : l)));
  return (
    <div className="pack-rows">
      {links.map((link, i) => (
        <fieldset key={i} className="pack-row">
          <legend className="legend--medium">
            {noun} {i + 1}
          </legend>
          <TextField
            id={`${id}-${i}-title`}
            label="Title"
            value={link.title}
            onChange={(v) => set(i, { title: v })}
            error={errorFor(`${id}-${i}-title`)}
            maxLength={PACK_LIMITS.linkTitle}
          />
          <TextField
            id={`${id}-${i}-url`}
            label="Web address"
            hint="Starting https://"
            value={link.url}
            onChange={(v) => set(i, { url: v })}
            error={errorFor(`${id}-${i}-url`)}
            maxLength={PACK_LIMITS.url}
            autoComplete="url"
          />
          <button type="button" className="button button--secondary" onClick={() => onChange(links.filter((_, j) => j !== i))}>
            Remove {noun.toLowerCase()} {i + 1}
          </button>
        </fieldset>
      ))}
      {links.length < max ? (
        <button type="button" className="button button--secondary" onClick={() => onChange([...links, { title: '', url: '' }])}>
          Add {links.length === 0 ? 'a' : 'another'} {noun.toLowerCase()}
        </button>
      ) : (
        <p className="hint">
          That is the most: {max} {noun.toLowerCase()}s.
        </p>
      )}
    </div>
  );
}
