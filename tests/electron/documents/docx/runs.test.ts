// Text cleaning shared with the PDF: no-break spaces stay, tabs become spaces, characters XML forbids go.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../../electron/documents/docx/runs';

describe('cleanText', () => {
  it('keeps U+00A0 and line breaks, turns tabs into spaces and drops control characters', () => {
    expect(cleanText('NIP.\u00a019700101\tA\r\nB\u0000\u001f\u007fC')).toBe('NIP.\u00a019700101 A\nBC');
  });
});
