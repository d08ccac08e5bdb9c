import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../src/background/main';

export default defineBackground({
  // Firefox MV2: an event page that unloads when idle, like Chrome's service worker.
  persistent: false,
  main: startBackground,
});
