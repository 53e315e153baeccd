// natural's German Porter stemmer and the German stop words of stopwords-iso, in one CommonJS module. natural's
// stemmer loads stopwords-iso by `require`, so loading the list the same way makes a bundler carry it once.
// `npm run build` (scripts/build.mjs) bundles this file into dist with the German list alone: users of the
// package install neither natural (whose root pulls in database drivers) nor every language of stopwords-iso.
const stemmer = require('natural/lib/natural/stemmers/porter_stemmer_de.js')
const lists = require('stopwords-iso')

module.exports = {
  /** @type {{ stem(word: string): string }} */
  stemmer,
  // some module runners (vitest's pool for workerd) hand a JSON module over as { default: … }
  /** @type {string[]} */
  stopwords: (lists.de ? lists : lists.default).de,
}
