// Shows the real PDF bytes page by page with pdf.js, so the preview is exactly what will be printed or saved.
// Every page gets its place at once; a page is drawn only when it scrolls into view, so a long masterplan draft
// does not hold hundreds of megabytes of canvases.
//
// pdf.js's legacy build, not its modern one: the modern build calls APIs (Map.prototype.getOrInsertComputed and
// others) that only the newest browsers have, and the preview must draw in Electron's Chromium and, through the web
// shell, in an office's older Edge or Chrome. The legacy build brings its own polyfills. The Chromium tests remove
// every API newer than Electron's Chromium before the page loads (tests/renderer/api-guard.ts) to keep it so.
import { Spinner, Text } from '@fluentui/react-components';
import { GlobalWorkerOptions, getDocument, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useEffect, useRef, useState } from 'react';

GlobalWorkerOptions.workerSrc = new URL('pdfjs-dist/legacy/build/pdf.worker.min.mjs', import.meta.url).toString();

const PAGE_STYLE =
  'display:block;margin:0 auto 12px;box-shadow:0 1px 4px rgba(0,0,0,.25);background:white;max-width:100%;height:auto';

/**
 * Canvas size for a page: drawn at the screen's device pixel ratio (125–150 % on office laptops) so text stays
 * sharp, and shown at the CSS size of the page at `scale`. Capped so one canvas stays within what browsers allow.
 */
export function canvasSize(cssWidth: number, cssHeight: number, devicePixelRatio: number) {
  const ratio = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? Math.min(devicePixelRatio, 3) : 1;
  return {
    ratio,
    width: Math.floor(cssWidth * ratio),
    height: Math.floor(cssHeight * ratio),
    cssWidth: Math.round(cssWidth),
    cssHeight: Math.round(cssHeight),
  };
}

export function PdfPreview({
  bytes,
  scale = 1,
  label = 'Halaman pratinjau',
}: {
  bytes: Uint8Array;
  scale?: number;
  /** The name of the scrolling pages, for screen readers ("Halaman pratinjau"). */
  label?: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<number | null>(null);
  const [size, setSize] = useState<string>('');
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const host = container.current;
    if (!host) return;
    host.replaceChildren();
    setPages(null);
    setFailure(null);
    const fail = (error: unknown) => {
      // Destroying the task of a replaced preview rejects its pending work; that is expected, not an error.
      if (cancelled) return;
      console.error('Pratinjau PDF gagal:', error);
      setFailure(error instanceof Error ? error.message : String(error));
    };
    const waiting = new Map<Element, { page: PDFPageProxy; canvas: HTMLCanvasElement }>();
    const draw = (page: PDFPageProxy, canvas: HTMLCanvasElement) => {
      // Anything thrown here, synchronously or later, reaches the message above the pages: an error thrown inside
      // the IntersectionObserver callback would otherwise vanish and leave white pages.
      try {
        const viewport = page.getViewport({ scale: scale * 1.25 });
        const ratio = Number(canvas.dataset.ratio) || 1;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('kanvas tidak tersedia');
        const transform = ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0];
        page
          .render({ canvas, canvasContext: context, viewport, ...(transform ? { transform } : {}) })
          .promise.then(() => canvas.setAttribute('data-drawn', 'true'), fail);
      } catch (error) {
        fail(error);
      }
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const item = waiting.get(entry.target);
          if (!entry.isIntersecting || !item) continue;
          waiting.delete(entry.target);
          observer.unobserve(entry.target);
          draw(item.page, item.canvas);
        }
      },
      { root: host, rootMargin: '400px 0px' },
    );
    const task = getDocument({ data: bytes.slice() });
    const layOut = async () => {
      const doc = await task.promise;
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        // Newer options replaced this preview while it was loading: leave the host to the new one.
        if (cancelled) return;
        const viewport = page.getViewport({ scale: scale * 1.25 });
        if (n === 1) setSize(`${Math.round((page.view[2]! * 25.4) / 72)} × ${Math.round((page.view[3]! * 25.4) / 72)} mm`);
        const sized = canvasSize(viewport.width, viewport.height, window.devicePixelRatio);
        const canvas = document.createElement('canvas');
        canvas.width = sized.width;
        canvas.height = sized.height;
        canvas.dataset.ratio = String(sized.ratio);
        canvas.setAttribute('aria-label', `Halaman ${n}`);
        canvas.style.cssText = `${PAGE_STYLE};width:${sized.cssWidth}px`;
        host.appendChild(canvas);
        waiting.set(canvas, { page, canvas });
        observer.observe(canvas);
      }
      if (!cancelled) setPages(doc.numPages);
    };
    layOut().catch(fail);
    return () => {
      cancelled = true;
      observer.disconnect();
      void task.destroy();
    };
  }, [bytes, scale]);

  return (
    <div>
      <Text size={200} aria-live="polite" data-testid="preview-info" role={failure ? 'alert' : undefined}>
        {failure ? (
          `Pratinjau tidak dapat ditampilkan: ${failure}`
        ) : pages === null ? (
          <Spinner size="tiny" label="Menyiapkan pratinjau…" />
        ) : (
          `${pages} halaman, kertas ${size}`
        )}
      </Text>
      {/* A focusable region: the pages scroll with the arrows, Page Up/Down, Home and End, not only the mouse. */}
      <div
        ref={container}
        role="region"
        aria-label={label}
        tabIndex={0}
        className="pdf-pages"
        style={{ marginTop: 8, padding: 12, background: '#e8e8e8', maxHeight: 'calc(100vh - 260px)', overflow: 'auto' }}
      />
    </div>
  );
}
