/**
 * @module
 * `inquiry-parser parse FILE [--reply FILE] [--format json|text|markdown|docx|oparl] [--out FILE]`
 */
import { toReplyDocx } from '../../export/docx.js'
import { toMarkdown } from '../../export/markdown.js'
import { toOParl } from '../../export/oparl.js'
import { layoutDocument } from '../../layout/index.js'
import { loadDocument } from '../../load/index.js'
import { parseInquiry } from '../../parse.js'
import { CliError, EXIT, EXIT_HELP, LIMIT_HELP, parseOptions, positiveNumber, readInput, type Command } from './shared.js'
import { cliOcrSettings, OCR_ARGS, OCR_HELP, withOcr } from '../ocr/options.js'
import type { ParseOptions } from '../../parse.js'
import { resolveLimits } from '../../limits.js'
import { writeFile } from 'node:fs/promises'

const USAGE =
  'inquiry-parser parse FILE [--reply FILE] [--format json|text|markdown|docx|oparl] [--out FILE] [--max-pages N] [--ocr auto|always|never] [--ocr-engine tesseract-js|tesseract-cli] [--ocr-model auto|bundled|system|DIR]'
const FORMATS = ['json', 'text', 'markdown', 'docx', 'oparl'] as const

export const parseCommand: Command = {
  usage: USAGE,
  summary:
    'Parse one inquiry (PDF, DOCX, DOC, ODT, RTF, HTML or text; the reply may be a file of its own) and print it as JSON, Markdown, or its clean paragraphs as text.',
  async run(argv) {
    const { values, positionals } = parseOptions(
      argv,
      {
        format: { type: 'string', short: 'f', default: 'json' },
        reply: { type: 'string', short: 'r' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
        'max-pages': { type: 'string' },
        ...OCR_ARGS,
      },
      USAGE
    )
    if (values.help) {
      process.stdout.write(
        `Usage: ${USAGE}\n\n  --format json   the full result (default)\n  --format text   the clean paragraphs, one per line\n  --format markdown  questions, each followed by its answers, for reading\n  --format docx   a reply template (Stellungnahme) to fill in; written to --out FILE, or to stdout\n  --format oparl  the inquiry as an OParl 1.1 Paper (JSON)\n  --out FILE      write the result to FILE instead of stdout\n  --reply FILE    the reply, when it is a document of its own (any format)\n${LIMIT_HELP}${OCR_HELP}\n${EXIT_HELP}\n`
      )
      return EXIT.ok
    }
    const format = values.format as (typeof FORMATS)[number]
    if (!FORMATS.includes(format)) throw new CliError('usage', `Unknown format "${values.format}"; use one of: ${FORMATS.join(', ')}.`)
    if (positionals.length !== 1) throw new CliError('usage', `Give exactly one file.\nUsage: ${USAGE}`)
    const ocr = cliOcrSettings(values)
    const limits = positiveNumber(values['max-pages'], '--max-pages', 'maxPages')
    const bytes = await readInput(positionals[0]!)
    const reply = typeof values.reply === 'string' ? await readInput(values.reply) : undefined
    const output = await withOcr(ocr, async (ocrOptions) => {
      const options = { ...ocrOptions, ...limits }
      if (format === 'text') return (await paragraphsAsText(bytes, options)) + (reply ? `\n${await paragraphsAsText(reply, options)}` : '')
      const inquiry = await parseInquiry(bytes, { ...options, ...(reply ? { reply } : {}) })
      if (format === 'docx') return toReplyDocx(inquiry)
      if (format === 'oparl') return `${JSON.stringify(toOParl(inquiry), null, 2)}\n`
      return format === 'markdown' ? toMarkdown(inquiry) : `${JSON.stringify(inquiry, null, 2)}\n`
    })
    if (typeof values.out === 'string') await writeFile(values.out, output)
    else process.stdout.write(output)
    return EXIT.ok
  },
}

async function paragraphsAsText(bytes: Uint8Array, options: ParseOptions): Promise<string> {
  const layout = layoutDocument(await loadDocument(bytes, { ...options, limits: resolveLimits(options) }))
  return layout.paragraphs.map((p) => `${p.text}\n`).join('')
}
