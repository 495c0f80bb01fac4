// Slices for the letterhead (logo, centred lines, thick-over-thin rule), images and fixed spaces.
import { imageSize } from '../image-size';
import type { ImageBlock, LetterheadBlock } from '../model';
import { type LayoutEnv, mm } from './env';
import { drawLine } from './lines';
import type { Slice } from './paginator';
import { wrapRuns } from './text';

export function letterheadSlices(env: LayoutEnv, block: LetterheadBlock): Slice[] {
  const logoWidth = block.logo ? mm(20) : 0;
  const logoHeight = block.logo ? scaledHeight(block.logo, logoWidth) : 0;
  // The text is centred on the page but kept clear of the logo on both sides, as in a printed kop.
  const reserve = block.logo ? logoWidth + mm(3) : 0;
  const textWidth = env.width - 2 * reserve;
  const lines = block.lines.flatMap((l) =>
    wrapRuns(env.measure, [{ text: l.text, bold: l.bold ?? false }], l.sizePt, textWidth).map((line) => ({
      line,
      size: l.sizePt,
    })),
  );
  const textHeight = lines.reduce((sum, l) => sum + env.measure.lineHeight(l.size), 0);
  const bodyHeight = Math.max(textHeight, logoHeight);
  const ruleGap = mm(1.5);
  const height = bodyHeight + ruleGap + 4;
  return [
    {
      height: height + mm(4),
      draw: (ctx, top) => {
        if (block.logo) {
          ctx.add({
            kind: 'image',
            x: env.left,
            y: top + (bodyHeight - logoHeight) / 2,
            w: logoWidth,
            h: logoHeight,
            image: block.logo,
          });
        }
        let y = top + (bodyHeight - textHeight) / 2;
        const x = env.left + reserve;
        for (const { line, size } of lines) {
          drawLine(ctx, env.measure, line, y, {
            x,
            width: textWidth,
            align: 'center',
            size,
            box: { left: x, right: x + textWidth },
          });
          y += env.measure.lineHeight(size);
        }
        const ruleY = top + bodyHeight + ruleGap;
        ctx.add({ kind: 'line', x1: env.left, y1: ruleY, x2: env.left + env.width, y2: ruleY, width: 2.25 });
        ctx.add({ kind: 'line', x1: env.left, y1: ruleY + 3, x2: env.left + env.width, y2: ruleY + 3, width: 0.75 });
      },
    },
  ];
}

function scaledHeight(image: LetterheadBlock['logo'] & {}, width: number): number {
  const size = imageSize(image);
  return (width * size.height) / size.width;
}

export function imageSlices(env: LayoutEnv, block: ImageBlock): Slice[] {
  let w = Math.min(mm(block.widthMm), env.width);
  let h = scaledHeight(block.image, w);
  if (h > env.pageHeight) {
    w = (w * env.pageHeight) / h;
    h = env.pageHeight;
  }
  const align = block.align ?? 'center';
  const x = align === 'left' ? env.left : align === 'right' ? env.left + env.width - w : env.left + (env.width - w) / 2;
  return [{ height: h + env.size * 0.5, draw: (ctx, top) => ctx.add({ kind: 'image', x, y: top, w, h, image: block.image }) }];
}

export function spacerSlices(env: LayoutEnv, heightMm: number): Slice[] {
  return [{ height: Math.min(mm(heightMm), env.pageHeight), draw: () => undefined }];
}
