// `ajv` (the schema compiler) in the web worker server: only .rmplintrc files are validated
// with it, and the worker reads none. The plan schema's validators are precompiled (bundle.mjs).
export default class Ajv {
  compile() {
    throw new Error('rmplint in the browser reads no .rmplintrc file');
  }
}
