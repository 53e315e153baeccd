/**
 * @module
 * What the clerk's page takes from the library, bundled for the browser by scripts/build-page.mjs into
 * public/lib/review.js (generated, not committed): the German wording of links, warnings and errors, the
 * corrections, and the downloads, so that the page and the library say the same and the page's downloads carry
 * the clerk's corrections.
 */
// the page makes its corrections itself, of the contract's shape: `correct` applies them without the zod check
// of `applyCorrections`, which would bring zod (90 of the bundle's 106 KiB gzip)
export { correct } from './correct.js'
export { explainLink, linkTier, TIER_NAMES } from './explain.js'
export { errorText, kindName, warningText } from './german.js'
export { META_LABELS, toMarkdown } from '../export/markdown.js'
export { toReplyDocx } from '../export/docx.js'
export { toOParl } from '../export/oparl.js'
