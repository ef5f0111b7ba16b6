/** Stylesheets are bundled as text (webpack `type: 'asset/source'`) and injected with textContent. */
declare module '*.css' {
  const text: string;
  export default text;
}
