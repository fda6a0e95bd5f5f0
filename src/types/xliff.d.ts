declare module 'xliff' {
  export function js2xliff(js: unknown): Promise<string>;
  export function xliff2js(xml: string): Promise<unknown>;
}
