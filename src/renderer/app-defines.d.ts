/** The app's version from package.json, set at build time (build/app-defines.ts). */
declare const __APP_VERSION__: string;

/** The licences of the third-party code in this bundle (build/notices/plugin.ts). */
declare module 'virtual:third-party-notices' {
  const notices: string;
  export default notices;
}
