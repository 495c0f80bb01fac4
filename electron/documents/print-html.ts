// Printing from inside the app at true size: the laid-out pages (the very layout the PDF is written from) drawn as
// one SVG per page in a page whose CSS @page size is the paper's exactly, with no margins, the embedded fonts' own
// files and no kerning or ligatures (the layout measured glyph by glyph, as the PDF draws them). The shell loads it
// in a hidden window and prints it with the options below: no margins, scale 100, the paper's size.
import { readFileSync } from 'node:fs';
import type { FontStyle, LaidOutPage, LayoutResult, PageItem } from '../../shared/document/layout/types';
import type { FontFamily } from '../../shared/document/model';
import { fontFile } from './pdf/fonts';

/** What webContents.print receives (Electron's WebContentsPrintOptions, sizes in micrometres). */
export interface InAppPrintOptions {
  silent: false;
  printBackground: true;
  color: true;
  margins: { marginType: 'none' };
  scaleFactor: 100;
  landscape: boolean;
  pageSize: { width: number; height: number };
}

const MICRONS_PER_POINT = 25_400 / 72;

/** The print options for a layout: its paper exactly (in whole micrometres), no margins, scale 100. */
export function inAppPrintOptions(layout: Pick<LayoutResult, 'width' | 'height'>): InAppPrintOptions {
  const w = Math.round(layout.width * MICRONS_PER_POINT);
  const h = Math.round(layout.height * MICRONS_PER_POINT);
  return {
    silent: false,
    printBackground: true,
    color: true,
    margins: { marginType: 'none' },
    scaleFactor: 100,
    landscape: w > h,
    pageSize: { width: Math.min(w, h), height: Math.max(w, h) },
  };
}

const FACES: Record<FontStyle, { weight: number; style: 'normal' | 'italic' }> = {
  regular: { weight: 400, style: 'normal' },
  bold: { weight: 700, style: 'normal' },
  italic: { weight: 400, style: 'italic' },
  boldItalic: { weight: 700, style: 'italic' },
};

/** Numbers as the layout gives them, at most three decimals (a thousandth of a point). */
const n = (value: number) => String(Math.round(value * 1000) / 1000);

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function itemSvg(item: PageItem): string {
  switch (item.kind) {
    case 'text': {
      if (item.text === '') return '';
      const gap = item.justifyGap ? ` word-spacing="${n(item.justifyGap)}"` : '';
      let svg = `<text x="${n(item.x)}" y="${n(item.y)}" class="${item.style}" font-size="${n(item.size)}"${gap}>${escapeXml(item.text)}</text>`;
      if (item.underline) {
        const spaces = item.justifyGap ? item.text.split(' ').length - 1 : 0;
        const width = item.width + spaces * (item.justifyGap ?? 0);
        const uy = item.y + item.size * 0.12;
        svg += `<line x1="${n(item.x)}" y1="${n(uy)}" x2="${n(item.x + width)}" y2="${n(uy)}" stroke-width="${n(item.size * 0.06)}"/>`;
      }
      return svg;
    }
    case 'line':
      return `<line x1="${n(item.x1)}" y1="${n(item.y1)}" x2="${n(item.x2)}" y2="${n(item.y2)}" stroke-width="${n(item.width)}"/>`;
    case 'rect':
      return `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.w)}" height="${n(item.h)}" fill="${item.fill === 'marker' ? 'rgb(255,237,140)' : `#${item.fill.rgb}`}"/>`;
    case 'image':
      return `<image x="${n(item.x)}" y="${n(item.y)}" width="${n(item.w)}" height="${n(item.h)}" preserveAspectRatio="none" href="data:${item.image.mime};base64,${Buffer.from(item.image.data).toString('base64')}"/>`;
  }
}

function pageSvg(page: LaidOutPage, width: number, height: number): string {
  // Graphics first, then text, as the PDF content stream draws them.
  const graphics = page.items.filter((i) => i.kind !== 'text').map(itemSvg);
  const text = page.items.filter((i) => i.kind === 'text').map(itemSvg);
  return `<svg class="page" xmlns="http://www.w3.org/2000/svg" width="${n(width)}pt" height="${n(height)}pt" viewBox="0 0 ${n(width)} ${n(height)}">${graphics.join('')}${text.join('')}</svg>`;
}

/** The fonts as @font-face rules with the files inline (the printing window loads nothing from outside). */
export function fontFaces(family: FontFamily, read: (file: string) => Uint8Array = readFileSync): string {
  return (Object.keys(FACES) as FontStyle[])
    .map((style) => {
      const data = Buffer.from(read(fontFile(family, style))).toString('base64');
      return `@font-face{font-family:"SCD Cetak";src:url(data:font/ttf;base64,${data}) format("truetype");font-weight:${FACES[style].weight};font-style:${FACES[style].style}}`;
    })
    .join('\n');
}

/** The whole printing page: one SVG per laid-out page, @page the paper's size with no margin. */
export function printHtml(layout: LayoutResult, options: { title: string; fontFaces: string }): string {
  const w = n(layout.width);
  const h = n(layout.height);
  const styles = (Object.keys(FACES) as FontStyle[])
    .map((s) => `text.${s}{font-weight:${FACES[s].weight};font-style:${FACES[s].style}}`)
    .join('');
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'">
<title>${escapeXml(options.title)}</title>
<style>
${options.fontFaces}
@page{size:${w}pt ${h}pt;margin:0}
html,body{margin:0;padding:0;background:#fff}
svg.page{display:block;overflow:hidden;break-after:page;page-break-after:always}
svg.page:last-child{break-after:auto;page-break-after:auto}
text{font-family:"SCD Cetak";font-kerning:none;font-variant-ligatures:none;font-feature-settings:"kern" 0,"liga" 0;white-space:pre;fill:#000}
line{stroke:#000}
${styles}
</style></head>
<body>
${layout.pages.map((p) => pageSvg(p, layout.width, layout.height)).join('\n')}
</body></html>
`;
}
