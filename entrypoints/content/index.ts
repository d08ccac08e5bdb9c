import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../../src/content/main';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The ::highlight() rules below are the only thing added to the page, as an extension stylesheet.
  cssInjectionMode: 'manifest',
  main: (ctx) => startContent(ctx),
});
