export { mulberry32 } from './random.js';
export { tempRepo, repoRoot, seedsDir, corpusFixtures, type TempRepoOptions } from './temp-repo.js';
