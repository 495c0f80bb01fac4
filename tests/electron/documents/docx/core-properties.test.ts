// The hand-written docProps/core.xml: dates from the model, escaped text, nothing for a date that does not parse.
import { describe, expect, it } from 'vitest';
import { corePropertiesXml, w3cDate } from '../../../../electron/documents/docx/core-properties';

describe('w3cDate', () => {
  it('writes UTC without milliseconds', () => {
    expect(w3cDate('2021-11-19T08:00:00+07:00')).toBe('2021-11-19T01:00:00Z');
    expect(w3cDate('2021-11-19')).toBe('2021-11-19T00:00:00Z');
    expect(w3cDate('kemarin')).toBeNull();
  });
});

describe('corePropertiesXml', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    const xml = corePropertiesXml({
      title: 'Sarana & Prasarana <2021>\u0001',
      author: 'Dinas "Kominfo"',
      createdAt: '2021-11-19T00:00:00Z',
    });
    expect(xml).toContain('<dc:title>Sarana &amp; Prasarana &lt;2021&gt;</dc:title>');
    expect(xml).toContain('<dc:creator>Dinas &quot;Kominfo&quot;</dc:creator>');
    expect(xml).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2021-11-19T00:00:00Z</dcterms:modified>');
    expect(xml).not.toContain('<dc:subject>');
    expect(xml).not.toContain('<cp:keywords>');
  });

  it('leaves the dates out when the model date does not parse', () => {
    expect(corePropertiesXml({ title: 'x', author: 'y', createdAt: '??' })).not.toContain('dcterms:created');
  });
});
