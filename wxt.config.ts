import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { compileKnowledgeToDir } from './scripts/kb/compile-to-dir';

/** Stable add-on id: Firefox keys storage and the moz-extension UUID pref on it. */
export const GECKO_ID = 'dramatis@dramatis-extension.org';
/** Pages Dramatis reads: any web page (it never runs on browser or extension pages). */
const HOSTS = ['http://*/*', 'https://*/*'];

// Manifest choices (see README "Why MV2 on Firefox"):
// - Chrome: MV3 (required by the Chrome Web Store).
// - Firefox: MV2, because Firefox MV3 treats host access as optional, so on a fresh install the content
//   script would not run until the user granted it per site. MV2 grants it at install, with no extra clicks.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['.cache/**', 'demo-output/**', 'test-artifacts/**', '.output/**', '.ci/**'],
  },
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    short_name: 'Dramatis',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    homepage_url: 'https://github.com/dramatis-extension/dramatis',
    // storage: settings and personal packs. scripting (MV3): load the hover card's code into a tab on first
    // hover instead of on every page (MV2 does it with tabs.executeScript). The host patterns are the
    // content script's own: declaring them adds no new warning, and lets the background inject the card.
    permissions: manifestVersion === 3 ? ['storage', 'scripting'] : ['storage', ...HOSTS],
    host_permissions: manifestVersion === 3 ? HOSTS : undefined,
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'next-actor': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNext__',
      },
      'previous-actor': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPrevious__',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 140: first Firefox with the CSS Custom Highlight API and data_collection_permissions.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
  hooks: {
    // The knowledge base is compiled from knowledge/ on every build, so a release always matches its sources.
    'build:publicAssets': (_wxt, files) => {
      const outputs = compileKnowledgeToDir();
      for (const out of outputs) files.push({ absoluteSrc: out.path, relativeDest: out.relativeDest });
    },
  },
});
