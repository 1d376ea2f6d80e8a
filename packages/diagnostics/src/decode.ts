import type { Problem } from './problem.js';

/** How the bytes of a text file were turned into a string. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName; notice?: string }
  | { ok: false; ruleId: 'file/binary' | 'file/encoding'; message: string; expected: string; example: string };

const CONVERT_EXAMPLE = 'iconv -f WINDOWS-1252 -t UTF-8 old.txt > new.txt   (or save as "UTF-8" in your editor)';

/** Characters that do not occur in text: C0 controls other than tab, LF, VT, FF, CR, and DEL. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
/** The same plus C1 controls: what undefined Windows-1252 bytes decode to. */
const HAS_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;

/** Typographic characters that Windows-1252 German text uses in its 0x80–0xFF range. */
const CP1252_TEXT = /[\p{L}„“”‚‘’–—…«»‹›§°€·×÷±²³µ¶©®™•¨´¸¼½¾¡¿\u00a0\u00ad]/u;

/**
 * Bytes → text. UTF-8 (with or without BOM) and UTF-16 LE/BE with BOM are read as they are;
 * bytes that are not valid UTF-8 but read as Windows-1252 text are converted with a notice;
 * anything else (NUL bytes, control characters, undecodable bytes) is refused with a message
 * saying how to convert it.
 */
/** A decoding failure as a problem about `file` (its rule, what was expected, how to convert). */
export function decodeProblem(failure: Extract<DecodeResult, { ok: false }>, file: string): Problem {
  return { file, severity: 'error', ruleId: failure.ruleId, message: failure.message, expected: failure.expected, example: failure.example };
}

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return checkText(utf8(bytes.subarray(3)), 'utf-8-bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checkText(utf16(bytes.subarray(2), 'utf-16le'), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checkText(utf16(bytes.subarray(2), 'utf-16be'), 'utf-16be');
  if (bytes.includes(0)) {
    return {
      ok: false,
      ruleId: 'file/binary',
      message: 'contains NUL bytes: it is a binary file (PDF, Word, image …) or UTF-16 text without a byte-order mark',
      expected: 'plain text in UTF-8',
      example: 'export the text as UTF-8 plain text, or convert: iconv -f UTF-16LE -t UTF-8 old.txt > new.txt',
    };
  }
  const asUtf8 = utf8(bytes);
  if (asUtf8 !== undefined) return checkText(asUtf8, 'utf-8');
  const asCp1252 = decodeCp1252(bytes);
  if (looksLikeCp1252Text(bytes, asCp1252)) {
    return {
      ok: true,
      text: asCp1252,
      encoding: 'windows-1252',
      notice: `is not UTF-8; read it as Windows-1252 (Latin-1). Check the umlauts, then convert the file once: ${CONVERT_EXAMPLE}`,
    };
  }
  return {
    ok: false,
    ruleId: 'file/encoding',
    message: 'is neither UTF-8 nor Windows-1252 text (invalid byte sequences)',
    expected: 'plain text in UTF-8',
    example: `find its encoding (file -i old.txt) and convert it: ${CONVERT_EXAMPLE}`,
  };
}

// 0x80–0x9F of Windows-1252 (Node's 'windows-1252' decoder treats them as C1 controls, like Latin-1);
// undefined positions stay C1 controls, so they count as "not text".
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 → string, one UTF-16 unit per byte. */
export function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

/** One decoder for every call: `decode` without `stream` keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function checkText(text: string | undefined, encoding: TextEncodingName): DecodeResult {
  if (text === undefined) {
    return {
      ok: false,
      ruleId: 'file/encoding',
      message: `starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.replace('-bom', '').toUpperCase()}`,
      expected: 'plain text in UTF-8',
      example: 'open it in an editor and save it again as "UTF-8"',
    };
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0) {
    return {
      ok: false,
      ruleId: 'file/binary',
      message: text.includes('\u0000')
        ? 'contains NUL characters: it is not a text file'
        : `contains ${controls} control character${controls === 1 ? '' : 's'}: it is a binary file, not text`,
      expected: 'plain text in UTF-8',
      example: 'export the article as plain text (.txt) or Markdown (.md) in UTF-8',
    };
  }
  return { ok: true, text, encoding };
}

/** Windows-1252 text has no control bytes and its high bytes decode to letters and typography. */
function looksLikeCp1252Text(bytes: Uint8Array, text: string): boolean {
  if (HAS_CONTROL.test(text)) return false;
  let high = 0;
  let textual = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    high++;
    if (CP1252_TEXT.test(text[i]!)) textual++;
  }
  // text[i] lines up with bytes[i]: windows-1252 maps one byte to one UTF-16 unit
  return text.length === bytes.length && high > 0 && textual / high >= 0.9;
}
