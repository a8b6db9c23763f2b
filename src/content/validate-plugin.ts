import meta from '../../questions/meta.json';
import sources from '../../questions/sources.json';
import pillars from '../../questions/pillars.json';
import tenQuestions from '../../questions/ten-questions.json';
import stages from '../../questions/stages.json';
import profile from '../../questions/profile.json';
import myths from '../../questions/myths.json';
import glossary from '../../questions/glossary.json';
import elements from '../../questions/elements.json';
import { parseContent } from './load';

/** A Vite plugin that fails the production build when questions/ does not validate. */
export function validateContent() {
  return {
    name: 'join-a-trust:validate-content',
    apply: 'build' as const,
    buildStart() {
      parseContent({ meta, sources, pillars, tenQuestions, stages, profile, myths, glossary, elements });
    },
  };
}
