/**
 * @module
 * `inquiry-parser import PATH… --out results.ndjson [options]`: see USAGE and HELP (every option is in both; import-cli.test.ts checks).
 */
import { importPaths, formatSummary } from '../import/index.js'
import { needsOcrPaths } from '../import/needs-ocr.js'
import { cliOcrSettings, OCR_ARGS, OCR_HELP } from '../ocr/options.js'
import { CliError, EXIT, EXIT_HELP, LIMIT_HELP, parseOptions, positiveNumber, type Command } from './shared.js'

/** The shell's convention for a run stopped by Ctrl-C (128 + SIGINT). */
const EXIT_INTERRUPTED = 130

/** The options `import` takes; the usage line and the help name every one. */
export const IMPORT_OPTIONS = {
  out: { type: 'string', short: 'o' },
  concurrency: { type: 'string', short: 'j' },
  pair: { type: 'boolean' },
  memory: { type: 'string' },
  'max-pages': { type: 'string' },
  timeout: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'needs-ocr-from': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  ...OCR_ARGS,
} as const

export const USAGE =
  'inquiry-parser import PATH… --out FILE.ndjson [--concurrency N] [--pair] [--memory MB] [--timeout SECONDS] [--max-pages N] [--quiet] [--needs-ocr-from FILE] [--ocr auto|always|never] [--ocr-engine tesseract-js|tesseract-cli] [--ocr-model auto|bundled|system|DIR] [--help]'

const HELP = `Usage: ${USAGE}

Parses every file under the PATHs (folders recursively; hidden files are left out), each read as what its bytes
are: PDF, Word (DOCX, DOC), OpenDocument text (ODT), RTF, HTML or text. Appends one JSON record per document to
the --out file: the result with its "path", or the failure as { path, sha256, code, message }. Failures never
stop the import; they make it end with exit code 1. A file whose bytes contradict its name (a ".pdf" holding
text) is read as what it holds, with the warning format_mismatch, and named in the summary.

  --out FILE          the results file (NDJSON); run again with the same file to continue where it stopped:
                      documents already in it (by content) are skipped
  --concurrency N     worker threads (default: the number of cores)
  --pair              join inquiry and reply files in one folder: X.pdf with X-antwort.pdf, X_Antwort.docx,
                      X-stellungnahme.pdf or X-beantwortung.*; also X-anfrage.* with X-antwort.*, in any mix of
                      formats. One document per name: where a side has several files (X-anfrage.pdf and
                      X-anfrage.docx), the first format of DOCX, ODT, DOC, RTF, HTML, PDF, text is read and the
                      others are skipped; the summary lists the pairs and the skipped files with the reason
  --memory MB         heap limit per document in progress (default 1024)
  --timeout SECONDS   time limit per document (default 1800)
${LIMIT_HELP}  --quiet             no progress on stderr
  --needs-ocr-from FILE
                      only the scans the Worker's import service recorded as needs_ocr: FILE is its
                      results.ndjson (or R2 keys, one a line), PATH the local copy of the archive that the
                      keys name files in; they are read with OCR (docs/imports.md)
  --help              this text
${OCR_HELP}
Ctrl-C stops the import and leaves a valid file; press it twice to quit at once.

${EXIT_HELP}
`

export const importCommand: Command = {
  usage: USAGE,
  summary: 'Parse whole folders into one NDJSON file, in parallel, resumable.',
  async run(argv) {
    const { values, positionals } = parseOptions(argv, IMPORT_OPTIONS, USAGE)
    if (values.help) {
      process.stdout.write(HELP)
      return EXIT.ok
    }
    if (positionals.length === 0) throw new CliError('usage', `Give at least one file or folder.\nUsage: ${USAGE}`)
    const needsOcr = values['needs-ocr-from']
    if (typeof needsOcr === 'string' && positionals.length !== 1)
      throw new CliError('usage', `With --needs-ocr-from, give the one folder the keys are in.\nUsage: ${USAGE}`)
    if (typeof values.out !== 'string' || values.out === '')
      throw new CliError('usage', `Give the results file with --out FILE.ndjson.\nUsage: ${USAGE}`)
    const controller = new AbortController()
    const onInterrupt = interruptHandler(controller)
    process.on('SIGINT', onInterrupt)
    try {
      const paths = typeof needsOcr === 'string' ? await needsOcrPaths(needsOcr, positionals[0]!) : positionals
      const summary = await importPaths(paths, {
        out: values.out,
        pair: values.pair === true,
        ocr: cliOcrSettings(values),
        ...positiveNumber(values.concurrency, '--concurrency', 'concurrency'),
        ...positiveNumber(values.memory, '--memory', 'memoryMb'),
        ...positiveNumber(values.timeout, '--timeout', 'timeoutSeconds'),
        limits: positiveNumber(values['max-pages'], '--max-pages', 'maxPages'),
        progress: values.quiet ? 'none' : process.stderr.isTTY ? 'bar' : 'lines',
        signal: controller.signal,
      })
      process.stdout.write(`${formatSummary(summary, values.out)}\n`)
      return summary.interrupted ? EXIT_INTERRUPTED : summary.failed > 0 ? EXIT.failures : EXIT.ok
    } finally {
      process.off('SIGINT', onInterrupt)
    }
  },
}

/** First Ctrl-C: stop after writing what is finished. Second: quit at once (the file is still whole lines). */
function interruptHandler(controller: AbortController): () => void {
  return () => {
    if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED)
    process.stderr.write('\ninquiry-parser: stopping; documents in progress will be done on the next run (Ctrl-C again to quit now)\n')
    controller.abort()
  }
}
