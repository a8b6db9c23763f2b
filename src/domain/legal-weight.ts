import type { LegalWeight, PreconditionOf, Step, When } from '@/content/schema';
import { applies } from './answers';

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

/*
 * The route a school is on. Most schools choose to convert (the voluntary route): the board
 * decides whether to join and which trust. A maintained school that already has an academy
 * order made after an Ofsted judgement (Academies Act 2010 s4(1)(b)) is on the intervention
 * route: the Regional Director chooses the trust, there is no duty to consult (s5(2)), and the
 * board gives its views rather than decides. The content marks the steps for each route with the
 * same condition (`when` / `unless` on the profile answer below).
 */
export type Route = 'voluntary' | 'intervention';

/** The profile answer that puts a school on the intervention route, as the content writes it. */
export const INTERVENTION_ROUTE: When = { 'existing-order': ['intervention'] };

export function routeOf(profile: Record<string, string>): Route {
  return applies({ when: INTERVENTION_ROUTE }, profile) ? 'intervention' : 'voluntary';
}

/** Words the journey uses around the board's decision, for each route. */
export const routeWords: Record<
  Route,
  {
    progress: (done: number, total: number) => string;
    trustsHeading: string;
    nameTrusts: string;
    afterHeading: string;
    afterNote: string;
    afterToggle: string;
    afterStage: string;
  }
> = {
  voluntary: {
    progress: (done, total) => `${done} of ${total} done before the decision`,
    trustsHeading: 'The trusts you are considering',
    nameTrusts: 'Name the trusts you are considering',
    afterHeading: 'After the decision',
    afterNote:
      'These stages come after your governing board decides to go ahead, so they are not counted above. Look at them to see what lies ahead and plan for it.',
    afterToggle: 'after the decision',
    afterStage: 'This stage comes after your governing board decides to go ahead.',
  },
  intervention: {
    progress: (done, total) => `${done} of ${total} early steps done`,
    trustsHeading: 'The trust DfE proposes',
    nameTrusts: 'Name the trust DfE proposes',
    afterHeading: 'After the Regional Director chooses the trust',
    afterNote:
      'Your school already has an academy order, so the Regional Director chooses the trust, not the board. These stages come after that, so they are not counted above. Look at them to see what lies ahead and plan for it.',
    afterToggle: 'after the Regional Director chooses the trust',
    afterStage: 'This stage comes after the Regional Director chooses the trust.',
  },
};
