/**
 * Text for a terminal: control characters (escape sequences, carriage returns, bells), C1 controls
 * and bidirectional overrides shown as visible escapes (\x1B, \r, \u202E) instead of acting on the
 * terminal. File names and article text reach messages as they are; line breaks and tabs stay.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, (c) => {
    if (c === '\r') return '\\r';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase()}`;
  });
}
