/**
 * One argument of a suggested shell command, quoted when it needs to be: a path with spaces,
 * `$(…)`, backticks, quotes or globs comes out in single quotes ('it'\''s'), so that pasting the
 * command runs nothing but the command.
 */
export function shellQuote(arg: string): string {
  if (/^[A-Za-z0-9_@%+=:,./~-]+$/.test(arg) && !arg.startsWith('~')) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
