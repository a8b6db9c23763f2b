import type { LegalWeight, PreconditionOf, Step } from '../content/schema';

/** Words for each kind of legal weight, as printed beside a step. */
export const legalWeightLabels: Record<LegalWeight['kind'], string> = {
  precondition: 'Legal precondition',
  duty: 'Legal duty',
  'good-practice': 'Good practice',
  'dfe-practice': 'DfE practice',
};

/** What a precondition is a precondition of, in words that follow "before". */
export const preconditionOfLabels: Record<PreconditionOf, string> = {
  decision: 'the board decides',
  application: 'the school applies for an academy order',
  'academy-order': 'DfE makes the academy order',
  'funding-agreement': 'the funding agreement is signed',
  transfer: 'the academy moves trust',
};

/**
 * Preconditions a board has to meet before its decision takes effect: those of the decision itself
 * and of the application the decision makes (the board decides by resolving to apply). Preconditions
 * of later things, such as consultation before the funding agreement is signed, are not among them.
 */
export const BEFORE_DECISION: readonly PreconditionOf[] = ['decision', 'application'];

export function isPreconditionBeforeDecision(step: Pick<Step, 'weight'>): boolean {
  return step.weight.kind === 'precondition' && BEFORE_DECISION.includes(step.weight.preconditionOf);
}

/**
 * One sentence on the step's legal weight, e.g. "Legal precondition: it must be done before the
 * school applies for an academy order." or "Legal duty. If it is not done: …".
 */
export function describeLegalWeight(weight: LegalWeight): string {
  switch (weight.kind) {
    case 'precondition':
      return `${legalWeightLabels.precondition}: it must be done before ${preconditionOfLabels[weight.preconditionOf]}.`;
    case 'duty':
      return `${legalWeightLabels.duty}: the law requires it, but failing it does not stop the process. If it is not done: ${weight.consequence}`;
    case 'good-practice':
      return `${legalWeightLabels['good-practice']}: advised, not required by law.`;
    case 'dfe-practice':
      return `${legalWeightLabels['dfe-practice']}: what DfE expects or advises, not required by an Act.`;
  }
}
