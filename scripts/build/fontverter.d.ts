/** fontverter ships no types: the one call the build makes. */
declare module 'fontverter' {
  const fontverter: {
    convert(font: Uint8Array, to: 'truetype' | 'woff' | 'woff2' | 'sfnt', from?: 'truetype' | 'woff' | 'woff2' | 'sfnt'): Promise<Buffer>;
  };
  export default fontverter;
}
