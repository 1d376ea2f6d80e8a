export * from './schema.js';
export * from './problem.js';
