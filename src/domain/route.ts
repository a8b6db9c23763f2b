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

/** Words the journey uses around the board's decision, for each route. */
export const routeWords: Record<
  Route,
  { progress: (done: number, total: number) => string; afterHeading: string; afterNote: string; afterToggle: string; afterStage: string }
> = {
  voluntary: {
    progress: (done, total) => `${done} of ${total} done before the decision`,
    afterHeading: 'After the decision',
    afterNote:
      'These stages come after your governing board decides to go ahead, so they are not counted above. Look at them to see what lies ahead and plan for it.',
    afterToggle: 'after the decision',
    afterStage: 'This stage comes after your governing board decides to go ahead.',
  },
  intervention: {
    progress: (done, total) => `${done} of ${total} early steps done`,
    afterHeading: 'After the Regional Director chooses the trust',
    afterNote:
      'Your school already has an academy order, so the Regional Director chooses the trust, not the board. These stages come after that, so they are not counted above. Look at them to see what lies ahead and plan for it.',
    afterToggle: 'after the Regional Director chooses the trust',
    afterStage: 'This stage comes after the Regional Director chooses the trust.',
  },
};
