// A live preview of the kop as the documents print it: built from the same letterhead block the PDF and DOCX use,
// drawn to the scale of the page's text width so that lines break where they break on paper.
import { useMemo } from 'react';
import { PAPER_POINTS } from '../../../shared/document/model';
import type { Regency } from '../../../shared/domain/regency';
import { letterheadBlock } from '../../../shared/documents/letterhead';

const PT_PER_MM = 72 / 25.4;

export function LetterheadPreview({ regency }: { regency: Regency }) {
  const block = useMemo(() => letterheadBlock(regency), [regency]);
  const naskah = regency.tataNaskah;
  const textWidthPt = PAPER_POINTS[naskah.paper].width - (naskah.margins.leftMm + naskah.margins.rightMm) * PT_PER_MM;
  // Lengths in points of the printed page, as a share of the preview's width (container query units).
  const scaled = (pt: number) => `${((pt / textWidthPt) * 100).toFixed(3)}cqw`;
  const logoWidth = scaled(20 * PT_PER_MM);
  const gap = scaled(3 * PT_PER_MM);
  const logo = regency.logo ? `data:${regency.logo.mime};base64,${regency.logo.base64}` : null;
  const family = naskah.fontKorespondensi === 'Arial' ? 'Arial, Arimo, sans-serif' : '"Times New Roman", Tinos, serif';
  return (
    <figure
      aria-label="Pratinjau kop surat"
      style={{ margin: 0, padding: '16px 20px', background: 'white', border: '1px solid #ddd' }}
    >
      <div style={{ containerType: 'inline-size', fontFamily: family, color: 'black' }}>
        <div style={{ position: 'relative', display: 'flex', alignItems: 'center', minHeight: logo ? logoWidth : undefined }}>
          {logo && <img src={logo} alt="Logo daerah" style={{ position: 'absolute', left: 0, width: logoWidth }} />}
          <div style={{ flex: 1, textAlign: 'center', margin: logo ? `0 calc(${logoWidth} + ${gap})` : 0 }}>
            {block.lines.map((line, i) => (
              <div key={i} style={{ fontSize: scaled(line.sizePt), fontWeight: line.bold ? 700 : 400, lineHeight: 1.15 }}>
                {line.text}
              </div>
            ))}
          </div>
        </div>
        <div
          style={{
            borderTop: `${scaled(2.25)} solid black`,
            borderBottom: `${scaled(0.75)} solid black`,
            height: scaled(1),
            marginTop: scaled(6),
          }}
        />
      </div>
    </figure>
  );
}
