import type { ReportTrust } from '../../build';

/** A trust's figures in one line, as the verdict and the chart print them. */
export function keyFigures(t: ReportTrust): string {
  return `${t.fitLabelWithFlags}: fit ${t.fitLabel} (equal weights: ${t.fitEqualWeightsLabel}). ${t.evidenceGradeLabel}: evidence strength ${t.evidenceLabel}. ${t.coverageLabel}.`;
}
