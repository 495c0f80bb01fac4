// A measurer with simple fixed widths, so that wrapping can be checked by counting characters.
import type { Measurer } from '../../../../shared/document/layout/types';

/** Every character 500/1000 em wide, spaces 250; code points above U+2FFF are missing from the "font". */
export const fixedMetrics: Measurer = {
  advance: (_style, cp) => (cp === 32 ? 250 : 500),
  hasGlyph: (_style, cp) => cp < 0x3000,
  ascent: 900,
  descent: 200,
};
