// Whether a URL is the app's own page: the one test behind navigation blocking and the IPC sender check.
// Compared by origin (or by the exact file for file://), never by prefix: "http://localhost:5173.evil.example"
// starts with "http://localhost:5173".

export function isAppUrl(url: string, appUrl: string): boolean {
  let candidate: URL;
  let app: URL;
  try {
    candidate = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'file:') return candidate.protocol === 'file:' && filePath(candidate) === filePath(app);
  return candidate.origin === app.origin;
}

/** A file URL's path, decoded; Windows paths ("/C:/…") compared without regard to case, as Windows does. */
function filePath(url: URL): string {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  return /^\/[a-zA-Z]:\//.test(path) ? path.toLowerCase() : path;
}
