import { CsvError } from 'csv-parse'
import { parse } from 'csv-parse/sync'
import { AppError } from '../../errors.js'
import { columnOf, foldText, parseAmount, parseBookedAt, type StatementColumn } from './statement-cells.js'

export interface StatementRow {
  /** the line of the file the row ends on, counting from 1 */
  line: number
  bookedAt: Date | null
  /** integer VND, > 0: only money in is kept */
  amount: number
  description: string
  bankReference: string | null
}

export interface StatementParse {
  rows: StatementRow[]
  /** `reason` is for the apps to translate; `message` is the English text for logs and the API */
  errors: { line: number; reason: 'unreadable_amount'; message: string }[]
}

export interface PendingTransfer {
  reference: string
  amount: number
  paymentId: string
}

export interface TransferMatches {
  matched: { paymentId: string; row: StatementRow }[]
  /** the reference is there but the amount differs: staff decide */
  wrongAmount: { paymentId: string; row: StatementRow }[]
  /** a second row for a payment already matched (paid twice): staff refund or reconcile by hand */
  duplicates: { paymentId: string; row: StatementRow }[]
  unmatched: StatementRow[]
}

export const STATEMENT_MAX_BYTES = 2 * 1024 * 1024
export const STATEMENT_MAX_ROWS = 5_000
// Exports start with a few lines about the account before the table's header.
const HEADER_SEARCH_LINES = 30
const SUMMARY_LABELS = new Set([
  'tong',
  'tong cong',
  'tong so',
  'cong',
  'cong phat sinh',
  'total',
  'so du dau ky',
  'so du cuoi ky',
  'opening balance',
  'closing balance',
])

type Columns = Partial<Record<StatementColumn, number>>
interface Record_ {
  cells: string[]
  line: number
}

/**
 * An uploaded file's bytes as text: UTF-8 only (a BOM is kept for the parser to drop). Exports
 * saved in a legacy code page (Windows-1258, TCVN3) are refused rather than read as mojibake.
 */
export function decodeStatement(bytes: Uint8Array): string {
  if (bytes.byteLength > STATEMENT_MAX_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'The statement is larger than 2 MB; export a shorter period', {
      reason: 'statement_too_large',
    })
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw new AppError('BAD_REQUEST', 'The statement is not UTF-8 text; export it as CSV UTF-8', {
      reason: 'statement_not_utf8',
    })
  }
}

/**
 * Reads a bank's CSV export (UTF-8, with or without BOM; comma or semicolon; RFC 4180 quoting),
 * keeping credits only. Dates are read on `timeZone`'s clock (Vietnamese banks export local time).
 * Refuses the whole file (AppError) when it is too large, not CSV, or has no recognisable header;
 * a row it cannot read goes to `errors` with its line.
 */
export function parseBankStatementCsv(csv: string, timeZone = 'Asia/Ho_Chi_Minh'): StatementParse {
  if (Buffer.byteLength(csv, 'utf8') > STATEMENT_MAX_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'The statement is larger than 2 MB; export a shorter period', {
      reason: 'statement_too_large',
    })
  }
  const table = findTable(csv)
  const dataRecords = table.records.filter((record) => !isBlankOrSummary(record.cells, table.columns))
  if (dataRecords.length > STATEMENT_MAX_ROWS) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `The statement has more than ${STATEMENT_MAX_ROWS} rows; export a shorter period`,
      { reason: 'statement_too_many_rows' },
    )
  }
  const result: StatementParse = { rows: [], errors: [] }
  for (const record of dataRecords) readRow(record, table.columns, timeZone, result)
  return result
}

function findTable(csv: string): { columns: Columns; records: Record_[] } {
  const text = csv.replace(/^\uFEFF/, '')
  const head = text.split(/\r?\n/, HEADER_SEARCH_LINES).join('\n')
  const semicolonsFirst = count(head, ';') > count(head, ',')
  let malformed: CsvError | null = null
  for (const delimiter of semicolonsFirst ? [';', ','] : [',', ';']) {
    let records: Record_[]
    try {
      records = parseRecords(text, delimiter)
    } catch (error) {
      if (!(error instanceof CsvError)) throw error
      malformed ??= error
      continue
    }
    const headerAt = records.slice(0, HEADER_SEARCH_LINES).findIndex((record) => isHeader(columnsOf(record.cells)))
    const header = records[headerAt]
    if (header) return { columns: columnsOf(header.cells), records: records.slice(headerAt + 1) }
  }
  if (malformed) {
    throw new AppError('BAD_REQUEST', `The file is not valid CSV near line ${malformed.lines}`, {
      reason: 'statement_malformed',
      line: malformed.lines,
    })
  }
  throw new AppError(
    'BAD_REQUEST',
    'No header row with a date, an amount (or credit) and a description column was found in the first 30 lines',
    { reason: 'statement_no_header' },
  )
}

function parseRecords(text: string, delimiter: string): Record_[] {
  const records: Record_[] = []
  parse(text, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    on_record: (cells: string[], context) => {
      records.push({ cells, line: context.lines })
      return null
    },
  })
  return records
}

function count(text: string, character: string): number {
  return text.split(character).length - 1
}

function columnsOf(cells: string[]): Columns {
  const columns: Columns = {}
  cells.forEach((cell, index) => {
    const column = columnOf(cell)
    if (column && columns[column] === undefined) columns[column] = index
  })
  return columns
}

function isHeader(columns: Columns): boolean {
  return (
    columns.date !== undefined &&
    columns.description !== undefined &&
    (columns.credit !== undefined || columns.amount !== undefined)
  )
}

function cell(cells: string[], index: number | undefined): string {
  return index === undefined ? '' : (cells[index] ?? '')
}

function isBlankOrSummary(cells: string[], columns: Columns): boolean {
  if (cells.every((value) => value === '')) return true
  if (cell(cells, columns.date) === '' && cell(cells, columns.description) === '') return true
  return cells.some((value) => SUMMARY_LABELS.has(foldText(value)))
}

function readRow(record: Record_, columns: Columns, timeZone: string, result: StatementParse): void {
  const { cells, line } = record
  // A credit column, when there is one, is the money in; a signed amount column is the fallback.
  const amountCell = cell(cells, columns.credit ?? columns.amount)
  const amount = parseAmount(amountCell)
  if (amount.kind === 'invalid') {
    result.errors.push({ line, reason: 'unreadable_amount', message: `Unreadable amount "${amountCell.slice(0, 40)}"` })
    return
  }
  if (amount.kind === 'empty' || amount.value <= 0) return
  const reference = cell(cells, columns.reference)
  result.rows.push({
    line,
    bookedAt: parseBookedAt(cell(cells, columns.date), timeZone),
    amount: amount.value,
    description: cell(cells, columns.description),
    bankReference: reference === '' ? null : reference,
  })
}

/** Upper case, letters and digits only: banks and payers add spaces, dashes and dots inside references. */
function compact(text: string): string {
  return foldText(text).replace(/ /g, '').toUpperCase()
}

/**
 * Pairs statement credits with pending transfers: a row belongs to the pending payment whose
 * reference its description contains; it is matched when the amount is also equal.
 */
export function matchTransfers(rows: StatementRow[], pending: PendingTransfer[]): TransferMatches {
  const result: TransferMatches = { matched: [], wrongAmount: [], duplicates: [], unmatched: [] }
  const candidates = pending.map((transfer) => ({ ...transfer, key: compact(transfer.reference) }))
  const matchedIds = new Set<string>()
  for (const row of rows) {
    const description = compact(row.description)
    const named = candidates.filter((transfer) => transfer.key !== '' && description.includes(transfer.key))
    const exact = named.find((transfer) => transfer.amount === row.amount)
    if (exact && !matchedIds.has(exact.paymentId)) {
      matchedIds.add(exact.paymentId)
      result.matched.push({ paymentId: exact.paymentId, row })
    } else if (exact) {
      result.duplicates.push({ paymentId: exact.paymentId, row })
    } else if (named[0]) {
      result.wrongAmount.push({ paymentId: named[0].paymentId, row })
    } else {
      result.unmatched.push(row)
    }
  }
  return result
}
