export { formatProblem, InputError, type Problem } from './problem.js';
export { RULES, isRuleId, type RuleId, type Rule } from './rules.js';
export { findRepoRoot, isInside, displayPath } from './repo-root.js';
export { parseYaml, yamlSyntaxProblems, yamlValueProblem, zodProblems, closestField, lineOfPath, type FieldHelp, type ParsedYaml, type ZodProblemContext } from './yaml-problems.js';
export { decodeText, decodeProblem, type DecodeResult, type TextEncodingName } from './decode.js';
export { printable } from './printable.js';
export { shellQuote } from './shell-quote.js';
export { pushAll } from './push-all.js';
export { aliasExpansionMessage, parseYamlBounded, yamlSize, MAX_ALIAS_EXPANSION } from './yaml-size.js';
