/**
 * @module
 * `inquiry-parser parse FILE [--format json|text]`
 */
import { layoutDocument } from '../../layout/index.js'
import { loadDocument } from '../../load/index.js'
import { parseInquiry } from '../../parse.js'
import { CliError, EXIT, parseOptions, readInput, type Command } from './shared.js'
import { cliOcrSettings, OCR_ARGS, OCR_HELP, withOcr } from '../ocr/options.js'
import type { ParseOptions } from '../../parse.js'

const USAGE = 'inquiry-parser parse FILE [--format json|text] [--ocr auto|always|never] [--ocr-engine tesseract-js|tesseract-cli]'
const FORMATS = ['json', 'text'] as const

export const parseCommand: Command = {
  usage: USAGE,
  summary: 'Parse one inquiry (PDF, DOCX or text) and print it as JSON, or its clean paragraphs as text.',
  async run(argv) {
    const { values, positionals } = parseOptions(argv, { format: { type: 'string', short: 'f', default: 'json' }, help: { type: 'boolean', short: 'h' }, ...OCR_ARGS }, USAGE)
    if (values.help) {
      process.stdout.write(`Usage: ${USAGE}\n\n  --format json   the full result (default)\n  --format text   the clean paragraphs, one per line\n${OCR_HELP}`)
      return EXIT.ok
    }
    const format = values.format as (typeof FORMATS)[number]
    if (!FORMATS.includes(format)) throw new CliError('usage', `Unknown format "${values.format}"; use one of: ${FORMATS.join(', ')}.`)
    if (positionals.length !== 1) throw new CliError('usage', `Give exactly one file.\nUsage: ${USAGE}`)
    const ocr = cliOcrSettings(values)
    const bytes = await readInput(positionals[0]!)
    const output = await withOcr(ocr, async (options) => (format === 'text' ? paragraphsAsText(bytes, options) : `${JSON.stringify(await parseInquiry(bytes, options), null, 2)}\n`))
    process.stdout.write(output)
    return EXIT.ok
  },
}

async function paragraphsAsText(bytes: Uint8Array, options: ParseOptions): Promise<string> {
  const layout = layoutDocument(await loadDocument(bytes, options))
  return layout.paragraphs.map((p) => `${p.text}\n`).join('')
}
