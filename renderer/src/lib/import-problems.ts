// The import preview's problems in plain Indonesian: the field by its label, never its key ("nip: …" → "NIP: …"),
// the status choices as a clerk writes them, and a NIP that Excel stored as a number named as such, with the fix.
import { labelledMessage } from './field-labels';

/** A NIP as Excel leaves it when the column is a number: "1.97508E+17", "197508122000031000", or digits lost. */
export function nipStoredAsNumber(nip: string | null): boolean {
  if (!nip) return false;
  return /e\+?\d+$/i.test(nip) || /^\d{15}000$/.test(nip) || /^\d{14,17}$/.test(nip);
}

export function plainImportProblems(row: { row: number; name: string; nip: string | null; problems: string[] }): string[] {
  const out: string[] = [];
  const number = nipStoredAsNumber(row.nip);
  if (number) {
    out.push(
      `NIP di baris ${row.row} (${row.name || 'tanpa nama'}) tersimpan sebagai angka di Excel, sehingga digitnya hilang; ubah kolom NIP menjadi Teks lalu ketik ulang NIP-nya`,
    );
  }
  for (const problem of row.problems) {
    const match = /^([A-Za-z][\w.[\]]*): (.*)$/s.exec(problem);
    const [path, message] = match ? [match[1]!, match[2]!] : ['', problem];
    if (number && path === 'nip') continue;
    if (path === 'status' || /definitif, plt/.test(message)) {
      out.push('Status: tulis Definitif, Plt., Plh. atau Pj.');
      continue;
    }
    out.push(labelledMessage(path, message));
  }
  return out;
}
