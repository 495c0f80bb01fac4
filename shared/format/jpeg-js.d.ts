// Types for jpeg-js's decoder (the package ships none): only what shared/format/image-check.ts uses.
declare module 'jpeg-js/lib/decoder.js' {
  interface DecodeOptions {
    useTArray?: boolean;
    formatAsRGBA?: boolean;
    tolerantDecoding?: boolean;
    maxResolutionInMP?: number;
    maxMemoryUsageInMB?: number;
  }
  export default function decode(data: Uint8Array, options?: DecodeOptions): { width: number; height: number; data: Uint8Array };
}
