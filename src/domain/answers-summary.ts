import type { Answers } from './answers';

/** What an import would replace, in words: "Hill Primary: 2 trusts, 14 answers". */
export function describeAnswers(answers: Answers): string {
  const name = answers.profile['school-name']?.trim() || 'your school';
  const rated = answers.trusts.reduce((n, t) => n + Object.values(t.answers).filter((a) => a.rating).length, 0);
  const steps = Object.keys(answers.steps).length;
  const parts = [
    `${answers.trusts.length} trust${answers.trusts.length === 1 ? '' : 's'}`,
    `${rated} rated question${rated === 1 ? '' : 's'}`,
    `${steps} stage step${steps === 1 ? '' : 's'}`,
  ];
  return `${name}: ${parts.join(', ')}`;
}

export const hasAnything = (answers: Answers) =>
  Object.keys(answers.profile).length > 0 || Object.keys(answers.steps).length > 0 || answers.trusts.length > 0;
