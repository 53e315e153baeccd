/**
 * Which German model OCR reads with: the table of contents of a traineddata file, and the choice between the
 * system's model and the bundled one. The model files here are made up: a table of contents and filler.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundledModel, networkBytes, resolveModel, systemModel, type Model } from '../src/node/ocr/models.js'

/** A traineddata file with 24 parts, of which the LSTM network (part 17) and the parts after it are present. */
function traineddata(lstmBytes: number): Uint8Array {
  const count = 24
  const header = 4 + 8 * count
  const sizes = new Map([
    [17, lstmBytes],
    [18, 100],
    [19, 200],
    [23, 30],
  ])
  const bytes = new Uint8Array(header + [...sizes.values()].reduce((a, b) => a + b, 0))
  const view = new DataView(bytes.buffer)
  view.setInt32(0, count, true)
  let offset = header
  for (let i = 0; i < count; i++) {
    const size = sizes.get(i)
    view.setBigInt64(4 + 8 * i, size === undefined ? -1n : BigInt(offset), true)
    offset += size ?? 0
  }
  return bytes
}

function modelDir(lstmBytes: number): Model {
  const dir = mkdtempSync(join(tmpdir(), 'ocr-model-'))
  writeFileSync(join(dir, 'deu.traineddata'), traineddata(lstmBytes))
  return { dir, gzip: false, label: `deu (${dir})` }
}

describe("the size of a model's network", () => {
  it('runs from part 17 to the next part present', () => {
    expect(networkBytes(modelDir(417_352))).toBe(417_352)
  })

  it('is read from the start of the bundled, gzipped model: the large best_int network', () => {
    expect(networkBytes(bundledModel())).toBeGreaterThan(900_000)
  })

  it('is unknown for a file that is not a model', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocr-model-'))
    writeFileSync(join(dir, 'deu.traineddata'), 'not a model')
    expect(networkBytes({ dir, gzip: false, label: '' })).toBeNull()
  })
})

describe('the model OCR reads with', () => {
  it("auto: the system's model when its network is smaller than the bundled one's", () => {
    const fast = modelDir(417_352)
    expect(resolveModel('auto', () => fast)).toBe(fast)
  })

  it('auto: the bundled model when the system has none, or only a larger one, or something unreadable', () => {
    expect(resolveModel('auto', () => null).label).toBe('deu best_int (bundled)')
    expect(resolveModel('auto', () => modelDir(11_000_000)).label).toBe('deu best_int (bundled)')
    const garbage = mkdtempSync(join(tmpdir(), 'ocr-model-'))
    writeFileSync(join(garbage, 'deu.traineddata'), 'not a model')
    expect(resolveModel('auto', () => ({ dir: garbage, gzip: false, label: 'garbage' })).label).toBe('deu best_int (bundled)')
  })

  it('bundled, whatever the system has', () => {
    expect(resolveModel('bundled', () => modelDir(417_352)).gzip).toBe(true)
  })

  it('system: an error naming the package when none is installed', () => {
    expect(() => resolveModel('system', () => null)).toThrow(
      expect.objectContaining({ code: 'invalid_option', message: expect.stringContaining('tesseract-ocr-deu') })
    )
  })

  it("without @tesseract.js-data/deu (an optional peer): ocr_unavailable naming the install command, or the system's model", () => {
    const missing = () =>
      bundledModel(() => {
        throw new Error("Cannot find module '@tesseract.js-data/deu/package.json'")
      })
    const unavailable = expect.objectContaining({
      code: 'ocr_unavailable',
      message: expect.stringContaining('npm install tesseract.js@7 @tesseract.js-data/deu@1 @napi-rs/canvas@0.1'),
    })
    expect(missing).toThrow(unavailable)
    expect(() => resolveModel('bundled', () => null, missing)).toThrow(unavailable)
    expect(() => resolveModel('auto', () => null, missing)).toThrow(unavailable)
    const large = modelDir(11_000_000)
    expect(resolveModel('auto', () => large, missing)).toBe(large)
  })

  it('a folder: used as given, or an error when it has no deu.traineddata', () => {
    const own = modelDir(417_352)
    expect(resolveModel(own.dir).dir).toBe(own.dir)
    const empty = mkdtempSync(join(tmpdir(), 'ocr-model-'))
    expect(() => resolveModel(empty)).toThrow(expect.objectContaining({ code: 'invalid_option', message: expect.stringContaining(empty) }))
  })

  it("finds the system's model through TESSDATA_PREFIX before the usual folders", () => {
    const own = modelDir(417_352)
    expect(systemModel({ TESSDATA_PREFIX: own.dir }, ['/nonexistent'])?.dir).toBe(own.dir)
    expect(systemModel({}, ['/nonexistent', own.dir])?.dir).toBe(own.dir)
    expect(systemModel({}, ['/nonexistent'])).toBeNull()
  })
})
