import type { Content } from './schema';

/** The files of questions/ as they are once read; `assemble` turns them into one Content. */
export interface ContentFiles {
  meta: Content['meta'];
  sources: Content['sources'];
  pillars: Content['pillars'];
  tenQuestions: Content['tenQuestions'];
  stages: { stages: Content['stages'] };
  profile: { questions: Content['profile'] };
  myths: Content['myths'];
  glossary: Content['glossary'];
  elements: Content['elements'];
}

export function assemble(files: ContentFiles): Content {
  return { ...files, stages: files.stages.stages, profile: files.profile.questions };
}
