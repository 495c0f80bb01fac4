// Test helper: tiny baseline JPEG files built segment by segment (1 to 4 components, segments in any order, a DQT
// whose declared length lies), so that the image check meets the grey and CMYK files and the odd headers it must
// judge. Every block is flat (DC difference 0, then end of block), coded with one-code Huffman tables.

export interface JpegSpec {
  width?: number;
  height?: number;
  /** Colour components in the frame (1 grey, 3 YCbCr, 4 CMYK). */
  components?: number;
  /** An Adobe APP14 segment (what marks a four-component file as CMYK). */
  adobe?: boolean;
  /** The Huffman tables before the frame header instead of after it. */
  tablesFirst?: boolean;
  /** The 64 values of the quantisation table (default all 1). */
  quant?: readonly number[];
  /** The length the DQT segment declares (default the true 67). */
  dqtLength?: number;
  /** A DRI segment: a restart interval of this many MCUs (the scan is short enough to need no RST marker). */
  restartInterval?: number;
}

const segment = (marker: number, body: readonly number[]) => [
  0xff,
  marker,
  (body.length + 2) >> 8,
  (body.length + 2) & 0xff,
  ...body,
];

export function tinyJpeg(spec: JpegSpec = {}): Buffer {
  const { width = 8, height = 8, components = 1, adobe = false, tablesFirst = false } = spec;
  const quant = spec.quant ?? Array<number>(64).fill(1);
  const dqtBody = [0x00, ...quant];
  const dqt = segment(0xdb, dqtBody);
  if (spec.dqtLength !== undefined) [dqt[2], dqt[3]] = [spec.dqtLength >> 8, spec.dqtLength & 0xff];
  const ids = Array.from({ length: components }, (_, i) => i + 1);
  const sof = segment(0xc0, [
    8,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    components,
    ...ids.flatMap((id) => [id, 0x11, 0]),
  ]);
  // One code of length 1 in each table: DC category 0 and AC end of block.
  const oneCode = [1, ...Array<number>(15).fill(0), 0];
  const dht = segment(0xc4, [0x00, ...oneCode, 0x10, ...oneCode]);
  const app14 = adobe ? segment(0xee, [0x41, 0x64, 0x6f, 0x62, 0x65, 0, 100, 0, 0, 0, 0, 0]) : [];
  const dri = spec.restartInterval ? segment(0xdd, [spec.restartInterval >> 8, spec.restartInterval & 0xff]) : [];
  const sos = segment(0xda, [components, ...ids.flatMap((id) => [id, 0x00]), 0, 63, 0]);
  // Two zero bits a block, padded with ones to the byte.
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8) * components;
  const bits = '00'.repeat(blocks).padEnd(Math.ceil((2 * blocks) / 8) * 8, '1');
  const scan = Array.from({ length: bits.length / 8 }, (_, i) => parseInt(bits.slice(i * 8, i * 8 + 8), 2));
  const frame = tablesFirst ? [...dht, ...sof] : [...sof, ...dht];
  return Buffer.from([0xff, 0xd8, ...app14, ...dqt, ...frame, ...dri, ...sos, ...scan, 0xff, 0xd9]);
}
