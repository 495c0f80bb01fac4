// The shape of window.smartCityDesk, as the preload exposes it and the web shell reproduces it over HTTP.
import type { ChannelInput, ChannelName, ChannelOutput, Envelope } from '../../shared/ipc/channels';

export type BridgeApi = { [K in ChannelName]: (input?: ChannelInput<K>) => Promise<Envelope<ChannelOutput<K>>> };

declare global {
  interface Window {
    smartCityDesk: BridgeApi;
  }
}
