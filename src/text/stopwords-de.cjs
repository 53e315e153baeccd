// The German list of stopwords-iso, loaded by `require` as natural's German stemmer loads the package: a bundler
// then carries its 170 KB (70 KB gzipped) once, where an ESM JSON import beside natural's `require` made two.
const lists = require('stopwords-iso')

// some module runners (vitest's pool for workerd) hand a JSON module over as { default: … }
module.exports = /** @type {string[]} */ ((lists.de ? lists : lists.default).de)
