/** The licences of the third-party code in this bundle (build/notices/plugin.ts). */
declare module 'virtual:third-party-notices' {
  const notices: string;
  export default notices;
}
