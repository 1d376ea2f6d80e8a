export { main } from './main.js';
export { processIo, UsageError, EXIT, reportError, type Io } from './io.js';
export type { CommandContext, RegisterCommand } from './command.js';
export { loadPipelineConfig, pipelineConfigSchema, type PipelineConfig, type PipelineConfigFile } from './pipeline-config.js';
export { runPipeline, runAndWrite, defaultWorkers, type RunOptions, type RunResult } from './run-pipeline.js';
export { analyzeArticle } from './analyze-article.js';
export { writeFolderAtomically, restoreInterrupted, type FileContent } from './write-output.js';
export { FRAMELENS_VERSION } from './version.js';
