/** The app's version from package.json, set at build time (build/app-defines.ts). */
declare const __APP_VERSION__: string;
