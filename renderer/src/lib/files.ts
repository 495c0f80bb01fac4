// Reading a file the user picked into base64, and offering bytes as a download; the same in Electron and the browser.
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`Berkas ${file.name} tidak dapat dibaca.`));
    reader.readAsDataURL(file);
  });
}
