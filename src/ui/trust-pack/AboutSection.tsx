import { aboutFields, aboutLabels, PACK_LIMITS } from '@/domain/trust-pack';
import { TextField } from '@/ui/components/TextField';
import type { PackSectionProps } from './pack-section';

/** The trust's name, and what it says about itself (vision, improvement model, charge, delegation). */
export function AboutSection({ draft, update, errorFor }: PackSectionProps) {
  return (
    <>
      <h2>About your trust</h2>
      <TextField
        id="pack-trust-name"
        label="Name of the trust"
        hint="As schools know it. A school that has already added your trust by this name gets your answers attached to it."
        value={draft.trustName}
        onChange={(v) => update((d) => ({ ...d, trustName: v }))}
        error={errorFor('pack-trust-name')}
        maxLength={PACK_LIMITS.trustName}
        autoComplete="organization"
      />
      <TextField
        id="pack-schools"
        label="Number of schools in the trust (optional)"
        hint={`A whole number, from 1 to ${PACK_LIMITS.schools}. Schools comparing trusts see it beside your central charge.`}
        value={draft.schools === undefined ? '' : String(draft.schools)}
        onChange={(v) => update(({ schools: _schools, ...d }) => (v === '' ? d : { ...d, schools: v }))}
        error={errorFor('pack-schools')}
        maxLength={PACK_LIMITS.schoolsText}
        numeric
      />
      {aboutFields.map((field) => (
        <TextField
          key={field}
          id={`pack-about-${field}`}
          label={`${aboutLabels[field].label} (optional)`}
          hint={aboutLabels[field].hint}
          value={draft.about?.[field] ?? ''}
          onChange={(v) => update((d) => ({ ...d, about: { ...d.about, [field]: v } }))}
          error={errorFor(`pack-about-${field}`)}
          multiline
          maxLength={PACK_LIMITS.about}
        />
      ))}
    </>
  );
}
