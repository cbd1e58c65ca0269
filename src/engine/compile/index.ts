/** The build-time story compiler. Never imported by the app itself. */
export { compileStory, targetsOf, type CompileOptions, type CompileResult, type SourceFile } from './compile.ts';
export { loadStoryFiles, storyFilePaths } from './load.ts';
export { formatProblem, type Problem, type ProblemCode } from './problems.ts';
export { analyse } from './analyse.ts';
export { summarise, type StorySummary } from './summary.ts';
