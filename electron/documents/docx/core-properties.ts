// docProps/core.xml written by hand: docx stamps the current time, but a document's dates must come from the model
// (meta.createdAt) so that the same data gives the same document.
import type { DocumentMeta } from '../../../shared/document/model';
import { cleanText } from './runs';

function escapeXml(text: string): string {
  return cleanText(text)
    .replace(/\n/g, ' ')
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** W3CDTF without milliseconds, as Word writes it; null when the model's date does not parse. */
export function w3cDate(iso: string): string | null {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function corePropertiesXml(meta: DocumentMeta): string {
  const element = (name: string, value: string | undefined) => (value ? `<${name}>${escapeXml(value)}</${name}>` : '');
  const date = w3cDate(meta.createdAt);
  const dates = date
    ? `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>`
    : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', meta.title) +
    element('dc:subject', meta.subject) +
    element('dc:creator', meta.author) +
    element('cp:keywords', meta.keywords?.join(', ')) +
    element('cp:lastModifiedBy', meta.author) +
    element('cp:revision', '1') +
    dates +
    '</cp:coreProperties>'
  );
}
