/**
 * @module
 * The labels of the reply template: which grouping headings the question tree leaves out and how the inquiry
 * printed them, and each question's whole id as a reply's "Zu" label prints it.
 */
import type { Question } from '../schema.js'

/** The label prints the whole id ("1.2" of 1.2, "3." of 3), not only its last step ("a)" of 2.a). */
export const spellsId = (question: Question): boolean => question.label.replace(/^\(/, '').replace(/[.)]+$/, '') === question.id

/**
 * The grouping headings the tree leaves out between a question and its parent: "1.b" for 1.b.aa under 1, "I" and
 * "I.1"… outermost first. A heading that only grouped questions is no question, but its number is in their ids.
 */
export function missingGroups(id: string, parent: string): string[] {
  const steps = id.split('.')
  const from = parent === '' ? 1 : parent.split('.').length + 1
  const groups: string[] = []
  for (let n = from; n < steps.length; n++) groups.push(steps.slice(0, n).join('.'))
  return groups
}

const isLetters = (step: string): boolean => /^[a-z]+$/.test(step)

/** A step as a label prints it alone: "b)", "II.", "3.". */
const stepLabel = (step: string): string => (isLetters(step) ? `${step})` : `${step}.`)

/**
 * The grouping headings as printed just above the group's first question ("I. Angebot im Linienbusverkehr",
 * "b) Digitale Angebote"), the innermost nearest; a heading not found there is printed as its number alone.
 */
export function groupHeadings(text: string, start: number, groups: readonly string[]): string[] {
  const before = text.slice(Math.max(0, start - 600), start).split('\n')
  const lines = before
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .reverse()
  let next = 0
  const headings = [...groups].reverse().map((group) => {
    const step = group.slice(group.lastIndexOf('.') + 1)
    const line = lines[next]
    if (line === undefined || !startsWithStep(line, step)) return stepLabel(step)
    next++
    return line
  })
  return headings.reverse()
}

const startsWithStep = (line: string, step: string): boolean => {
  const rest = line.replace(/^\(/, '')
  return rest.startsWith(step) && /^[.)]/.test(rest.slice(step.length))
}

/**
 * The whole id as replies print it after "Zu": "3.", "II.", "I.1", "1.2", "2. a)", "1. b) aa)", "I.1 a)" — the
 * forms our reader's answer labels take (src/answers/refs.ts).
 */
export function answerLabel(id: string): string {
  let label = ''
  let numbers = 0
  for (const step of id.split('.')) {
    if (isLetters(step)) {
      label += `${numbers === 1 ? '.' : ''}${label ? ' ' : ''}${step})`
      numbers = 0
    } else {
      label += numbers > 0 ? `.${step}` : `${label ? ' ' : ''}${step}`
      numbers++
    }
  }
  return numbers === 1 ? `${label}.` : label
}

/** "3.", "4. und 5.", "1., 2. und 3.". */
export const listOf = (labels: readonly string[]): string =>
  labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(', ')} und ${labels[labels.length - 1]}`
