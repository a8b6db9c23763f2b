import type { Location } from '../machine/location';

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

const segment = '([^/?#]+)';
const patterns: [RegExp, (m: string[]) => Location][] = [
  [new RegExp(`^/profile/${segment}$`), ([, questionId]) => ({ page: 'profile', questionId: questionId! })],
  [/^\/tasks$/, () => ({ page: 'tasks' })],
  [/^\/trusts$/, () => ({ page: 'trusts' })],
  [new RegExp(`^/steps/${segment}$`), ([, stepId]) => ({ page: 'step', stepId: stepId! })],
  [new RegExp(`^/trusts/${segment}/questions/${segment}$`), ([, trustId, questionId]) => ({ page: 'question', trustId: trustId!, questionId: questionId! })],
  [/^\/check$/, () => ({ page: 'check' })],
  [/^\/report$/, () => ({ page: 'report' })],
];

/** The journey page a URL path shows (the reverse of toPath, without the change flag), or undefined for other pages. */
export function fromPath(pathname: string): Location | undefined {
  for (const [pattern, make] of patterns) {
    const m = pattern.exec(pathname);
    if (m) return make(m.map((part) => decodeURIComponent(part)));
  }
  return undefined;
}
