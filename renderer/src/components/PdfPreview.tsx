// Shows the real PDF bytes page by page with pdf.js, so the preview is exactly what will be printed or saved.
import { Spinner, Text } from '@fluentui/react-components';
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';

GlobalWorkerOptions.workerSrc = new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).toString();

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
    const task = getDocument({ data: bytes.slice() });
    const draw = async () => {
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
        canvas.style.cssText =
          'display:block;margin:0 auto 12px;box-shadow:0 1px 4px rgba(0,0,0,.25);background:white;max-width:100%';
        host.appendChild(canvas);
        await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise;
      }
      if (!cancelled) setPages(doc.numPages);
    };
    draw().catch((error: unknown) => {
      // Destroying the task of a replaced preview rejects its pending work; that is expected, not an error.
      if (cancelled) return;
      setFailure(error instanceof Error ? error.message : String(error));
    });
    return () => {
      cancelled = true;
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
