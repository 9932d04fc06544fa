// @ts-check
// electron-builder configuration (found by name: electron-builder.cjs in the project root).
// npm run dist | dist:linux | dist:win | dist:mac; see README, "Installers".

// A build for Playwright's _electron.launch, which passes --inspect=0: keep the
// Node CLI-inspect and NODE_OPTIONS fuses on. Release builds turn them off.
const e2eBuild = process.env.CICA_E2E_BUILD === '1';

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'org.cicareference.app',
  productName: 'CICA Reference',
  // version: from package.json
  directories: { output: 'dist', buildResources: 'build' },
  // Only what the packaged app loads. The main bundle requires its production
  // dependencies (lunr, valibot, escape-html) at run time: electron-builder adds
  // those from node_modules itself, and no dev dependency.
  files: ['package.json', 'out/main/**', 'out/preload/**', 'out/renderer/**', '!**/*.map'],
  // The main process reads the data pack from <resources>/pack when packaged
  // (electron/main/paths.ts).
  // The licences of the code the renderer bundles sit beside it, readable without
  // opening the asar (the main process's dependencies carry their own LICENSE files).
  extraResources: [
    { from: 'resources/pack', to: 'pack' },
    { from: 'out/renderer/THIRD_PARTY_NOTICES.txt', to: 'THIRD_PARTY_NOTICES.txt' },
  ],
  asar: true,
  // Electron takes the Linux app_id / WM_CLASS from desktopName; the .desktop file
  // gets the same name (linux.syncDesktopName), so docks match windows to it.
  extraMetadata: { desktopName: 'cica-reference.desktop' },
  // No native modules: nothing to rebuild.
  npmRebuild: false,
  artifactName: '${name}-${version}-${os}-${arch}.${ext}',
  protocols: [{ name: 'CICA Reference link', schemes: ['cica'] }],
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: e2eBuild,
    enableNodeCliInspectArguments: e2eBuild,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The renderer is served from app://cica/, never file://.
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'build/icons/png',
    category: 'Education',
    executableName: 'cica-reference',
    syncDesktopName: true,
    synopsis: 'Offline reference on CICA, as of September 2001',
    description:
      'Offline reference on the Conference on Interaction and Confidence-building Measures in Asia (CICA), as of September 2001: search it and copy sections with their citation.',
    // A deb needs a maintainer with an address; this one is a reserved placeholder
    // (RFC 2606): put the publisher's real contact here before publishing.
    maintainer: 'CICA Reference maintainers <maintainers@example.org>',
  },
  // electron-builder makes the .ico and .icns from the largest PNG (it fetches its
  // icon tool on first use, as it fetches the Electron zip).
  win: {
    target: ['nsis'],
    icon: 'build/icons/png/1024x1024.png',
  },
  mac: {
    target: ['dmg'],
    icon: 'build/icons/png/1024x1024.png',
    category: 'public.app-category.reference',
  },
};

module.exports = config;
