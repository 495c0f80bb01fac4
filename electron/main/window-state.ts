// Remembers the window's size and position between runs, and never restores it off screen (a laptop that was
// docked to a second monitor last time).
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_STATE: WindowState = { width: 1366, height: 768, maximized: false };
const MIN = { width: 1024, height: 640 };

/** The saved state if it is sound and at least partly on one of the displays' work areas; otherwise the default. */
export function restoreWindowState(saved: unknown, workAreas: readonly Area[]): WindowState {
  if (typeof saved !== 'object' || saved === null) return DEFAULT_STATE;
  const s = saved as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : undefined);
  const width = num(s.width);
  const height = num(s.height);
  if (width === undefined || height === undefined) return DEFAULT_STATE;
  const state: WindowState = {
    width: Math.max(MIN.width, width),
    height: Math.max(MIN.height, height),
    maximized: s.maximized === true,
  };
  const x = num(s.x);
  const y = num(s.y);
  if (x === undefined || y === undefined) return state;
  // Enough of the title bar must be reachable: 100 × 40 px inside some work area.
  const visible = workAreas.some((a) => x + 100 > a.x && x < a.x + a.width - 100 && y >= a.y - 10 && y < a.y + a.height - 40);
  return visible ? { ...state, x, y } : state;
}
