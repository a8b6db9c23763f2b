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

/** The app's content, validated once when first imported. */
export const content = parseContent({ meta, sources, pillars, tenQuestions, stages, profile, myths, glossary, elements });

export { parseContent, ContentError, type RawContent } from './load';
export * from './schema';
export { crossReferenceProblems, allIds } from './references';
