#!/usr/bin/env node
/**
 * Validates questions/ against the zod schemas in src/content before a production build.
 * The built app trusts its content (it carries no validator), so a build must not ship
 * content that fails. Exits 1 with every problem listed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withTypeScript } from './load-ts.mjs';

const root = resolve(import.meta.dirname, '../..');
const read = (name) => JSON.parse(readFileSync(resolve(root, 'questions', name), 'utf8'));
try {
  const { parseContent } = await withTypeScript((load) => load('/src/content/load.ts'));
  const content = parseContent({
    meta: read('meta.json'),
    sources: read('sources.json'),
    pillars: read('pillars.json'),
    tenQuestions: read('ten-questions.json'),
    stages: read('stages.json'),
    profile: read('profile.json'),
    myths: read('myths.json'),
    glossary: read('glossary.json'),
    elements: read('elements.json'),
  });
  console.info(`Content ${content.meta.contentVersion} is valid.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
