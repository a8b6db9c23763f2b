import type { Location } from '@/machine/location';

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
