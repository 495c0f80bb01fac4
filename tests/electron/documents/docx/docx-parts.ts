// Test helper: opens a rendered DOCX with JSZip and hands back its XML parts as text for assertions.
import JSZip from 'jszip';

export interface DocxParts {
  zip: JSZip;
  names: string[];
  document: string;
  styles: string;
  numbering: string;
  core: string;
  /** Footer parts by their path, e.g. word/footer1.xml. */
  footers: Map<string, string>;
  rels: string;
}

export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} is missing from the DOCX`);
    return file.async('string');
  };
  const footers = new Map<string, string>();
  for (const name of names.filter((n) => /^word\/footer\d+\.xml$/.test(n))) footers.set(name, await read(name));
  return {
    zip,
    names,
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    numbering: await read('word/numbering.xml'),
    core: await read('docProps/core.xml'),
    footers,
    rels: await read('word/_rels/document.xml.rels'),
  };
}

/** All non-overlapping matches of `re` (which must be global) in `xml`. */
export function all(xml: string, re: RegExp): RegExpExecArray[] {
  return [...xml.matchAll(re)];
}

/** Text of the footer a section reference of `type` (default, first) points at. */
export function footerFor(parts: DocxParts, type: 'default' | 'first'): string | undefined {
  const ref = new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"/>`).exec(parts.document);
  if (!ref) return undefined;
  const target = new RegExp(`Id="${ref[1]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${ref[1]}"`).exec(parts.rels);
  const path = target ? `word/${target[1] ?? target[2]}` : '';
  return parts.footers.get(path);
}

/** The visible text of some WordprocessingML: the contents of its w:t elements, joined. */
export function visibleText(xml: string): string {
  return all(xml, /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)
    .map((m) => m[1])
    .join('');
}

/** The w:tbl elements that hold no table themselves (a signature grid nests one table per row of blocks). */
export function innermostTables(xml: string): string[] {
  return all(xml, /<w:tbl>(?:(?!<w:tbl>).)*?<\/w:tbl>/gs).map((m) => m[0]);
}

/** The w:tr elements of the first innermost w:tbl whose text contains `marker`. */
export function tableRows(document: string, marker: string): string[] {
  const table = innermostTables(document).find((t) => visibleText(t).includes(marker));
  if (!table) throw new Error(`no table with ${marker}`);
  return all(table, /<w:tr>.*?<\/w:tr>/gs).map((m) => m[0]);
}
