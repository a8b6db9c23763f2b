import type { CSSProperties, ReactNode } from 'react';
import { usableBrandColour } from '@/domain/contrast';
import { logoProblem, type TrustPack } from '@/domain/trust-pack-schema';

/** The trust's colour as a CSS variable, only when white text on it is readable. */
export function brandStyle(pack: Pick<TrustPack, 'colour'>): CSSProperties | undefined {
  const colour = usableBrandColour(pack.colour);
  return colour ? ({ '--pack-colour': colour } as CSSProperties) : undefined;
}

/** The trust's logo, if it has a safe one (PNG or JPEG, checked again here). */
export function PackLogo({ pack }: { pack: Pick<TrustPack, 'logo' | 'trustName'> }) {
  if (!pack.logo || logoProblem(pack.logo) !== null) return null;
  return <img className="pack-band__logo" src={pack.logo} alt={`${pack.trustName} logo`} />;
}

/** A header band in the trust's colour (or the default), with its logo and name. */
export function PackBand({ pack, children }: { pack: Pick<TrustPack, 'colour' | 'logo' | 'trustName'>; children: ReactNode }) {
  return (
    <div className="pack-band" style={brandStyle(pack)}>
      <PackLogo pack={pack} />
      <div className="pack-band__text">{children}</div>
    </div>
  );
}
