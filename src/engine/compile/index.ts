/** The build-time story compiler. Never imported by the app itself. */
export { compileStory, type CompileOptions, type CompileResult, type SourceFile } from './compile.ts';
export { loadLocaleFiles, loadStoryFiles, storyFilePaths } from './load.ts';
export {
  checkTranslations,
  sourceDigest,
  SOURCE_DIGESTS_FILE,
  type LanguageStatus,
  type TranslationResult,
} from './translations.ts';
export { COMPILE_CODES, formatProblem, TRANSLATION_CODES, type Problem, type ProblemCode } from './problems.ts';
export { analyse } from './analyse.ts';
export { summarise, type StorySummary } from './summary.ts';
