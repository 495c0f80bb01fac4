// Shows the real PDF bytes page by page with pdf.js, so the preview is exactly what will be printed or saved.
// Every page gets its place at once; a page is drawn only when it scrolls into view, so a long masterplan draft
// does not hold hundreds of megabytes of canvases.
import { Spinner, Text } from '@fluentui/react-components';
import { GlobalWorkerOptions, getDocument, type PDFPageProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';

GlobalWorkerOptions.workerSrc = new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).toString();

const PAGE_STYLE = 'display:block;margin:0 auto 12px;box-shadow:0 1px 4px rgba(0,0,0,.25);background:white;max-width:100%';

export function PdfPreview({ bytes, scale = 1 }: { bytes: Uint8Array; scale?: number }) {
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
      if (!cancelled) setFailure(error instanceof Error ? error.message : String(error));
    };
    const waiting = new Map<Element, { page: PDFPageProxy; canvas: HTMLCanvasElement }>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const item = waiting.get(entry.target);
          if (!entry.isIntersecting || !item) continue;
          waiting.delete(entry.target);
          observer.unobserve(entry.target);
          const viewport = item.page.getViewport({ scale: scale * 1.25 });
          const context = item.canvas.getContext('2d')!;
          item.page.render({ canvas: item.canvas, canvasContext: context, viewport }).promise.catch(fail);
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
        const canvas = document.createElement('canvas');
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        canvas.setAttribute('aria-label', `Halaman ${n}`);
        canvas.style.cssText = PAGE_STYLE;
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
      <Text size={200} aria-live="polite" data-testid="preview-info">
        {failure ? (
          `Pratinjau tidak dapat ditampilkan: ${failure}`
        ) : pages === null ? (
          <Spinner size="tiny" label="Menyiapkan pratinjau…" />
        ) : (
          `${pages} halaman, kertas ${size}`
        )}
      </Text>
      <div
        ref={container}
        style={{ marginTop: 8, padding: 12, background: '#e8e8e8', maxHeight: 'calc(100vh - 260px)', overflow: 'auto' }}
      />
    </div>
  );
}
