// Stable record identity: UUIDv7 (time-ordered, so new rows index well) for every stored record.
import { v7 } from 'uuid';

export function newUid(): string {
  return v7();
}
