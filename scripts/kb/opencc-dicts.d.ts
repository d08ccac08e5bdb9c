/** opencc-js ships its dictionaries as plain modules without types: each is one string, "from to|from to|…". */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
