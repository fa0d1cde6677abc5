import path from 'node:path';
import { defineConfig } from 'wxt';

// Manifest and build settings. Permissions are kept to what the walking
// skeleton needs; README explains each one.
export default defineConfig({
  // No webextension-polyfill: Chrome's MV3 APIs and Firefox's return promises
  // natively, and the polyfill alone was a fifth of the content script.
  modules: ['@wxt-dev/module-react'],
  // Explicit imports keep every dependency visible in the file that uses it.
  imports: false,
  hooks: {
    // README's screenshots live in public/ but are not part of the extension.
    'build:publicAssets': (_wxt, files) => {
      const kept = files.filter((f) => !f.relativeDest.startsWith('screenshots/'));
      files.splice(0, files.length, ...kept);
      // The policy schema Chrome reads for managed storage.
      files.push({
        absoluteSrc: path.resolve('lib/extension/sync/managed-schema.json'),
        relativeDest: 'managed-schema.json',
      });
    },
    // WXT grants the runtime content scripts' matches at install. Pages are
    // read only where the rep's reading mode asks, and "Only when I click"
    // needs no host at all: the worker requests them for the mode
    // (lib/extension/privacy/host-access.ts), so they are optional here.
    'build:manifestGenerated': (wxt, manifest) => {
      const hosts = manifest.host_permissions ?? [];
      delete manifest.host_permissions;
      if (wxt.config.manifestVersion === 2) {
        // MV2 keeps origins in `permissions` and `optional_permissions`.
        const optional = (manifest.optional_permissions ?? []) as string[];
        manifest.permissions = (manifest.permissions ?? []).filter((p) => !hosts.includes(p));
        const origins = [
          ...hosts,
          ...((manifest as { optional_host_permissions?: string[] }).optional_host_permissions ??
            []),
        ];
        delete (manifest as { optional_host_permissions?: string[] }).optional_host_permissions;
        manifest.optional_permissions = [...new Set([...optional, ...origins])] as never;
        return;
      }
      manifest.optional_host_permissions = [
        ...new Set([...hosts, ...(manifest.optional_host_permissions ?? [])]),
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: 'ICP Lens',
    description:
      'Qualify B2B accounts against your team’s Ideal Customer Profile on the page you are already looking at.',
    // `scripting` registers the content scripts for the reading mode and
    // injects them on a rep's click; `activeTab` is what a click grants.
    // `offscreen`: Chrome's worker has no DOMParser, so it reads pages in an
    // offscreen document; Firefox's background page parses them itself.
    permissions: [
      'storage',
      'tabs',
      'alarms',
      'scripting',
      'activeTab',
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
    ],
    // Only the team's ICP URL is ever fetched, and only its origin is asked
    // for, when a rep or policy sets it. LinkedIn is what "LinkedIn, and other
    // sites when I click" asks for; the reading hosts are added below.
    optional_host_permissions: [
      'https://*/*',
      'https://*.linkedin.com/*',
      'http://localhost/*',
      'http://127.0.0.1/*',
    ],
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    action: { default_title: 'ICP Lens' },
    // Opens the panel from the keyboard: in Chrome the action opens the side
    // panel; in Firefox the sidebar has its own command.
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open the ICP Lens panel',
      },
    },
    // Only our own bundled scripts ever run in extension pages: no remote
    // code, no eval, no plugins.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'; base-uri 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'icp-lens@icp-lens.dev',
              strict_min_version: '142.0',
              // Page data stays in the browser: nothing is collected.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
