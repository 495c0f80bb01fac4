// Placeholder home screen: shows the regency profile through the typed bridge, proving the IPC path end to end.
import { Body1, Spinner, Title2 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

export function App() {
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    void window.smartCityDesk['profile.getRegency']().then((envelope) => {
      if (!envelope.ok) setStatus(envelope.error.message);
      else if (!envelope.value) setStatus('Profil daerah belum diisi.');
      else setStatus(`${envelope.value.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${envelope.value.name}`);
    });
  }, []);
  return (
    <main style={{ padding: 24 }}>
      <Title2 as="h1">Smart City Desk</Title2>
      {status === null ? <Spinner label="Memuat…" /> : <Body1>{status}</Body1>}
    </main>
  );
}
