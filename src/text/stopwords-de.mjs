// stopwords-iso reduced to its German list, for bundles: a named import of a JSON file lets the bundler drop the
// other languages. The build (scripts/build.mjs) and the Worker (wrangler.toml's [alias]) put this module in place
// of `stopwords-iso`, which natural's German stemmer and german.cjs read only `.de` of.
export { de } from 'stopwords-iso/stopwords-iso.json'
