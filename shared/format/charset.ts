// The characters the document fonts (Arimo and Tinos, all four styles) can draw. Texts that go into documents are
// checked against it when they are entered, so that a clerk learns at the field, not when printing.
const RANGES: readonly (readonly [number, number])[] = [
  [0x09, 0x0a],
  [0x0d, 0x0d],
  [0x20, 0x7e],
  [0xa0, 0x377],
  [0x37a, 0x37f],
  [0x384, 0x38a],
  [0x38c, 0x38c],
  [0x38e, 0x3a1],
  [0x3a3, 0x52f],
  [0x1e00, 0x1eff],
  [0x2000, 0x2064],
  [0x2066, 0x2071],
  [0x2074, 0x208e],
  [0x2090, 0x209c],
  [0x20a0, 0x20be],
  [0x2100, 0x214f],
  [0x2153, 0x2154],
  [0x215b, 0x215e],
  [0x2190, 0x2195],
  [0x2212, 0x2212],
  [0x221e, 0x221e],
  [0x2260, 0x2260],
  [0x2264, 0x2265],
  [0x25cf, 0x25cf],
];

export const PRINTABLE_RANGES = RANGES;

export function isPrintable(codePoint: number): boolean {
  for (const [from, to] of RANGES) {
    if (codePoint < from) return false;
    if (codePoint <= to) return true;
  }
  return false;
}

/** The first character the fonts cannot draw, or null. */
export function firstUnprintable(text: string): string | null {
  for (const ch of text) if (!isPrintable(ch.codePointAt(0)!)) return ch;
  return null;
}

/** "😀 (U+1F600)": how a refused character is named in a message. */
export function describeCharacter(ch: string): string {
  return `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}
