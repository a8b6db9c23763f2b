import { z } from 'zod';
import {
  elementSchema,
  glossaryEntrySchema,
  metaSchema,
  mythSchema,
  pillarsFileSchema,
  profileFileSchema,
  sourceSchema,
  stagesFileSchema,
  tenQuestionsFileSchema,
  type Content,
} from './schema';
import { crossReferenceProblems } from './references';
import { assemble } from './assemble';

/** The raw JSON of each file in questions/, before validation. */
export interface RawContent {
  meta: unknown;
  sources: unknown;
  pillars: unknown;
  tenQuestions: unknown;
  stages: unknown;
  profile: unknown;
  myths: unknown;
  glossary: unknown;
  elements: unknown;
}

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The content in questions/ is not valid:\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

function parseFile<T>(file: string, schema: z.ZodType<T>, value: unknown, problems: string[]): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(`${file}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return undefined;
}

/** Validates every file and every cross-reference; throws ContentError listing all problems. */
export function parseContent(raw: RawContent): Content {
  const problems: string[] = [];
  const meta = parseFile('meta.json', metaSchema, raw.meta, problems);
  const sources = parseFile('sources.json', z.array(sourceSchema), raw.sources, problems);
  const pillars = parseFile('pillars.json', pillarsFileSchema, raw.pillars, problems);
  const tenQuestions = parseFile('ten-questions.json', tenQuestionsFileSchema, raw.tenQuestions, problems);
  const stages = parseFile('stages.json', stagesFileSchema, raw.stages, problems);
  const profile = parseFile('profile.json', profileFileSchema, raw.profile, problems);
  const myths = parseFile('myths.json', z.array(mythSchema), raw.myths, problems);
  const glossary = parseFile('glossary.json', z.array(glossaryEntrySchema), raw.glossary, problems);
  const elements = parseFile('elements.json', z.array(elementSchema), raw.elements, problems);
  if (!meta || !sources || !pillars || !tenQuestions || !stages || !profile || !myths || !glossary || !elements) {
    throw new ContentError(problems);
  }
  const content = assemble({ meta, sources, pillars, tenQuestions, stages, profile, myths, glossary, elements });
  problems.push(...crossReferenceProblems(content));
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}
