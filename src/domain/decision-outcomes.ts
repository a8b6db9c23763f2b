/**
 * The board's possible decisions. On their own (not in decision.ts) so that the saved-answers
 * schema, which loads at start-up, does not bring the decision record's wording with it.
 */
export const decisionOutcomes = ['proceed', 'proceed-with-conditions', 'not-proceed', 'deferred'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];
