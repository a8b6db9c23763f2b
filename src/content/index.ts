import meta from '@questions/meta.json';
import sources from '@questions/sources.json';
import pillars from '@questions/pillars.json';
import tenQuestions from '@questions/ten-questions.json';
import stages from '@questions/stages.json';
import profile from '@questions/profile.json';
import myths from '@questions/myths.json';
import glossary from '@questions/glossary.json';
import elements from '@questions/elements.json';
import { parseContent, type RawContent } from './load';
import { assemble, type ContentFiles } from './assemble';
import type { Content } from './schema';

/** The content files as they are bundled, before any check (tests compare the two ways of reading them). */
export const raw: RawContent = { meta, sources, pillars, tenQuestions, stages, profile, myths, glossary, elements };

/**
 * The app's content. It is validated against the schemas in tests, in development, and by
 * `npm run build` (tests/tools/check-content.mjs stops a build with invalid content), so the
 * production bundle does not need to carry the validator.
 */
export const content: Content = import.meta.env.DEV ? parseContent(raw) : assemble(raw as unknown as ContentFiles);

export { parseContent, ContentError, type RawContent } from './load';
export * from './schema';
export { crossReferenceProblems, allIds } from './references';
