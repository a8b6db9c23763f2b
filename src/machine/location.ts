/** Where a user is: one page of the journey. The URL holds this; the machine reads it. */
export type Location =
  | { page: 'start' }
  | { page: 'profile'; questionId: string; returnToCheck?: boolean }
  | { page: 'tasks' }
  | { page: 'trusts' }
  | { page: 'step'; stepId: string; returnToCheck?: boolean }
  | { page: 'question'; trustId: string; questionId: string; returnToCheck?: boolean }
  | { page: 'check' }
  | { page: 'report' };

export type JourneyPage = Location['page'];

/** Where the machine is within its page: the item on screen and how the user came to it. */
export interface Position {
  /** The item on screen: a profile question id, a step id, or a ten-questions id. */
  itemId?: string;
  trustId?: string;
  /** Set when the user came from "Check your answers" through a Change link. */
  returnToCheck: boolean;
}

/** The machine context's position fields for a location. */
export function positionOf(location: Location): Position {
  switch (location.page) {
    case 'profile':
      return { itemId: location.questionId, trustId: undefined, returnToCheck: location.returnToCheck === true };
    case 'step':
      return { itemId: location.stepId, trustId: undefined, returnToCheck: location.returnToCheck === true };
    case 'question':
      return { itemId: location.questionId, trustId: location.trustId, returnToCheck: location.returnToCheck === true };
    default:
      return { itemId: undefined, trustId: undefined, returnToCheck: false };
  }
}

/** The location a machine state stands for. */
export function locationOf(page: JourneyPage, context: Position): Location {
  const returnToCheck = context.returnToCheck ? { returnToCheck: true } : {};
  switch (page) {
    case 'profile':
      return context.itemId ? { page, questionId: context.itemId, ...returnToCheck } : { page: 'tasks' };
    case 'step':
      return context.itemId ? { page, stepId: context.itemId, ...returnToCheck } : { page: 'tasks' };
    case 'question':
      return context.itemId && context.trustId
        ? { page, trustId: context.trustId, questionId: context.itemId, ...returnToCheck }
        : { page: 'tasks' };
    default:
      return { page };
  }
}
