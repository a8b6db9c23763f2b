import type { When } from '../content/schema';
import { applies } from './answers';

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
