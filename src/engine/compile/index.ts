/** The build-time story compiler. Never imported by the app itself. */
export { compileStory, targetsOf, type CompileResult, type SourceFile } from './compile';
export { loadStoryFiles, storyFilePaths } from './load';
export { formatProblem, type Problem, type ProblemCode } from './problems';
export { analyse } from './analyse';
export { summarise, type StorySummary } from './summary';
