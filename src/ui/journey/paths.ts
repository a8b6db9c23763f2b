import type { Location } from '@/machine/location';

/** URLs for every page. The app uses hash URLs so any static host works without rewrites. */
export function toPath(location: Location): string {
  const change = 'returnToCheck' in location && location.returnToCheck ? '?change=1' : '';
  switch (location.page) {
    case 'start':
      return '/';
    case 'profile':
      return `/profile/${location.questionId}${change}`;
    case 'tasks':
      return '/tasks';
    case 'trusts':
      return '/trusts';
    case 'step':
      return `/steps/${location.stepId}${change}`;
    case 'question':
      return `/trusts/${location.trustId}/questions/${location.questionId}${change}`;
    case 'check':
      return '/check';
    case 'report':
      return '/report';
  }
}

