import type { RefObject } from 'react';
import { checkBrandColour } from '@/domain/contrast';
import { Radios } from '@/ui/components/Radios';
import { DEFAULT_COLOUR } from './pack-fields';
import { PackBand } from './PackBand';
import type { PackSectionProps } from './pack-section';

/** The logo (PNG or JPEG only) and the colour, with a preview of the band a school will see. */
export function LogoColourSection({
  draft,
  update,
  errorFor,
  logoInput,
  chooseLogo,
}: PackSectionProps & { logoInput: RefObject<HTMLInputElement | null>; chooseLogo(file: File | undefined): Promise<void> }) {
  const colourCheck = checkBrandColour(draft.colour);
  return (
    <>
      <h2>Logo and colour</h2>
      <div className={`form-group${errorFor('pack-logo') ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor="pack-logo">
          Logo (optional)
        </label>
        <p className="hint" id="pack-logo-hint">
          A PNG or JPEG picture of 100 kB or less. SVG is not accepted, because an SVG file can carry code.
        </p>
        {errorFor('pack-logo') && (
          <p className="error-message" id="pack-logo-error">
            <span className="visually-hidden">Error: </span>
            {errorFor('pack-logo')}
          </p>
        )}
        <input
          ref={logoInput}
          id="pack-logo"
          type="file"
          accept="image/png,image/jpeg"
          aria-describedby={`pack-logo-hint${errorFor('pack-logo') ? ' pack-logo-error' : ''}`}
          onChange={(e) => void chooseLogo(e.target.files?.[0])}
        />
        {draft.logo && (
          <p>
            <button type="button" className="button button--secondary" onClick={() => update(({ logo: _logo, ...d }) => d)}>
              Remove the logo
            </button>
          </p>
        )}
      </div>
      <Radios
        name="pack-colour-choice"
        legend="Colour"
        hint="Your colour is used only for the band at the top of your answers, and only if white text on it is easy to read."
        options={[
          { value: 'default', label: 'Use the tool’s own dark blue' },
          { value: 'own', label: 'Use our colour' },
        ]}
        value={draft.colour ? 'own' : 'default'}
        onChange={(v) => update(({ colour: _colour, ...d }) => (v === 'own' ? { ...d, colour: DEFAULT_COLOUR } : d))}
        conditional={{
          own: (
            <div className="form-group">
              <label className="label" htmlFor="pack-colour">
                Your colour
              </label>
              <input
                id="pack-colour"
                type="color"
                className="pack-colour-input"
                value={draft.colour ?? DEFAULT_COLOUR}
                aria-describedby="pack-colour-check"
                onChange={(e) => update((d) => ({ ...d, colour: e.target.value }))}
              />
            </div>
          ),
        }}
      />
      <p id="pack-colour-check" role="status" className={colourCheck.ratio !== null && !colourCheck.use ? 'warning-text' : undefined}>
        {colourCheck.message}
      </p>
      <p className="hint">How the top of your answers will look:</p>
      <PackBand pack={{ ...draft, trustName: draft.trustName.trim() || 'Your trust' }}>
        <p className="pack-band__title">Provided by the trust</p>
        <p className="pack-band__name">{draft.trustName.trim() || 'Your trust'}</p>
      </PackBand>
    </>
  );
}
