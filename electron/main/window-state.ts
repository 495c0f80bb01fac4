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

/** Where and how big the window opens, with the minimum size it may be made. */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  maximized: boolean;
}

/**
 * Below this work area (in device-independent pixels) the app opens maximised: a 1366×768 screen at 125 % leaves
 * about 1093×580, where every pixel counts.
 */
export const SMALL_SCREEN = { width: 1280, height: 720 };

/** The work area the window belongs on: the one its saved position is on, else the primary display's. */
export function workAreaFor(state: WindowState, workAreas: readonly Area[], primary: Area): Area {
  if (state.x === undefined || state.y === undefined) return primary;
  const { x, y } = state;
  return workAreas.find((a) => x + 100 > a.x && x < a.x + a.width - 100 && y >= a.y - 10 && y < a.y + a.height - 40) ?? primary;
}

/**
 * Fits a restored state into the work area: never larger than it (nor its minimum size larger than it, which
 * Windows would otherwise push off screen at 125–150 % scaling), wholly inside it, and maximised on small screens.
 */
export function placeWindow(state: WindowState, area: Area): WindowPlacement {
  const minWidth = Math.min(MIN.width, area.width);
  const minHeight = Math.min(MIN.height, area.height);
  const width = Math.max(minWidth, Math.min(state.width, area.width));
  const height = Math.max(minHeight, Math.min(state.height, area.height));
  const small = area.width < SMALL_SCREEN.width || area.height < SMALL_SCREEN.height;
  const placement: WindowPlacement = { width, height, minWidth, minHeight, maximized: state.maximized || small };
  if (state.x === undefined || state.y === undefined) return placement;
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  return {
    ...placement,
    x: clamp(state.x, area.x, area.x + area.width - width),
    y: clamp(state.y, area.y, area.y + area.height - height),
  };
}
