// Vite types for the renderer: CSS imports and import.meta.url asset URLs.
/// <reference types="vite/client" />
