import { describe, expect, it } from 'vitest'
import { AppError } from '../src/errors.js'
import {
  decodeStatement,
  matchTransfers,
  parseBankStatementCsv,
  type StatementRow,
} from '../src/payments/transfers/bank-statement.js'
import { parseAmount } from '../src/payments/transfers/statement-cells.js'

// Shaped like a Vietcombank (VCB Digibank) account statement export: a preamble about the account,
// comma-separated, quoted amounts with comma thousands, separate debit/credit columns, a totals line.
const vietcombank = [
  'SAO KÊ TÀI KHOẢN / ACCOUNT STATEMENT',
  'Số tài khoản:,0071000123456',
  'Chủ tài khoản:,BENH VIEN BACH MAI',
  'Từ ngày:,01/12/2026,Đến ngày:,03/12/2026',
  '',
  'STT,Ngày giao dịch,Số tham chiếu,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung chi tiết',
  '1,01/12/2026,5213 - 40125,,"160,000","12,160,000",MBVCB.5712345.MB0123456789.NGUYEN THI HUONG chuyen tien',
  '2,02/12/2026,5214 - 11873,"50,000",,"12,110,000",Phi quan ly tai khoan',
  '3,02/12/2026,5214 - 20411,,"300,000","12,410,000","IBFT MB 98K2 JH4P 0T thanh toan, kham benh"',
  '4,03/12/2026,5215 - 00032,,"250,000","12,660,000",CT tu 0451000999 TRAN VAN AN kham rang',
  '5,03/12/2026,5215 - 00077,,"1.234.5","12,660,000",loi so tien',
  'Tổng cộng,,,"50,000","710,000",,',
].join('\r\n')

// Shaped like a Techcombank export: bilingual headers in one cell, semicolons, dot thousands,
// timestamps, a multi-line quoted description.
const techcombank = [
  '\uFEFFTECHCOMBANK;;;;;;',
  'Tài khoản/Account;19036789012015;;;;;',
  'Ngày giao dịch/Transaction Date;Đối tác/Remitter;NH Đối tác/Remitter Bank;Diễn giải/Details;Nợ/Debit;Có/Credit;Số dư/Balance;Số bút toán/Transaction No',
  '03/12/2026 09:15:02;NGUYEN THI HUONG;VCB;"Thanh toan lich kham mb-0123-456789";;160.000;2.160.000;FT26337000111',
  '03/12/2026 10:01:44;LE MINH;BIDV;"MB98K2JH4P0T',
  'kham tong quat";;150.000;2.310.000;FT26337000222',
  '03/12/2026 23:59:59;;;"Chuyen tien noi bo";500.000;;1.810.000;FT26337000333',
].join('\n')

describe('parseBankStatementCsv', () => {
  it('reads a Vietcombank-like export: credits only, totals skipped, bad amounts reported by line', () => {
    const { rows, errors } = parseBankStatementCsv(vietcombank)
    expect(rows.map((row) => [row.line, row.amount, row.bankReference])).toEqual([
      [7, 160000, '5213 - 40125'],
      [9, 300000, '5214 - 20411'],
      [10, 250000, '5215 - 00032'],
    ])
    expect(rows[1]?.description).toBe('IBFT MB 98K2 JH4P 0T thanh toan, kham benh')
    // 01/12/2026 in Hà Nội is 30/11 17:00 UTC.
    expect(rows[0]?.bookedAt?.toISOString()).toBe('2026-11-30T17:00:00.000Z')
    expect(errors).toEqual([{ line: 11, reason: 'unreadable_amount', message: 'Unreadable amount "1.234.5"' }])
  })

  it('reads a Techcombank-like export: BOM, semicolons, bilingual headers, multi-line fields', () => {
    const { rows, errors } = parseBankStatementCsv(techcombank)
    expect(errors).toEqual([])
    expect(rows).toEqual([
      {
        line: 4,
        bookedAt: new Date('2026-12-03T02:15:02Z'),
        amount: 160000,
        description: 'Thanh toan lich kham mb-0123-456789',
        bankReference: 'FT26337000111',
      },
      {
        line: 6,
        bookedAt: new Date('2026-12-03T03:01:44Z'),
        amount: 150000,
        description: 'MB98K2JH4P0T\nkham tong quat',
        bankReference: 'FT26337000222',
      },
    ])
  })

  it('reads a signed English amount column with "+160,000 VND" and ISO dates', () => {
    const csv = [
      'Transaction date,Amount,Description,Reference',
      '2026-12-03,"+160,000 VND",MB0123456789,R1',
      '2026-12-03,"-20,000 VND",fee,R2',
      '2026-12-04,160000,no ref,',
    ].join('\n')
    const { rows } = parseBankStatementCsv(csv)
    expect(rows.map((row) => [row.amount, row.bankReference, row.bookedAt?.toISOString()])).toEqual([
      [160000, 'R1', '2026-12-02T17:00:00.000Z'],
      [160000, null, '2026-12-03T17:00:00.000Z'],
    ])
  })

  it('keeps a row whose date it cannot read, without a date', () => {
    const { rows } = parseBankStatementCsv('Ngày,Ghi có,Diễn giải\n31/02/2026,"10,000",x\nhôm qua,"20,000",y')
    expect(rows.map((row) => row.bookedAt)).toEqual([null, null])
  })

  it('refuses a file without a recognisable header', () => {
    expect(() => parseBankStatementCsv('a,b,c\n1,2,3')).toThrow(/No header row/)
    expect(() => parseBankStatementCsv('a,b,c\n1,2,3')).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST', details: { reason: 'statement_no_header' } }),
    )
  })

  it('refuses malformed CSV with the line', () => {
    const attempt = () => parseBankStatementCsv('Date,Amount,Description\n03/12/2026,"160,000,unclosed\n')
    expect(attempt).toThrow(AppError)
    expect(attempt).toThrow(/not valid CSV/)
    expect(attempt).toThrow(expect.objectContaining({ details: { reason: 'statement_malformed', line: 2 } }))
  })

  it('refuses more than 2 MB and more than 5,000 rows', () => {
    const header = 'Date,Credit,Description\n'
    const big = header + '03/12/2026,1000,x'.padEnd(1000, 'x').concat('\n').repeat(2200)
    expect(() => parseBankStatementCsv(big)).toThrow(/larger than 2 MB/)
    const many = header + '03/12/2026,1000,x\n'.repeat(5001)
    expect(() => parseBankStatementCsv(many)).toThrow(/more than 5000 rows/)
    expect(parseBankStatementCsv(header + '03/12/2026,1000,x\n'.repeat(5000)).rows).toHaveLength(5000)
  })
})

describe('decodeStatement', () => {
  it('reads UTF-8 with a BOM and refuses a legacy code page', () => {
    const bytes = new TextEncoder().encode(techcombank)
    expect(parseBankStatementCsv(decodeStatement(bytes)).rows).toHaveLength(2)
    // "Nội dung" in Windows-1258: "ộ" is ô (0xF4) then the combining dot below (0xF2), bytes UTF-8 rejects.
    const windows1258 = Uint8Array.from([0x4e, 0xf4, 0xf2, 0x69, 0x20, 0x64, 0x75, 0x6e, 0x67])
    expect(() => decodeStatement(windows1258)).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST', details: { reason: 'statement_not_utf8' } }),
    )
    expect(() => decodeStatement(new Uint8Array(2 * 1024 * 1024 + 1))).toThrow(/larger than 2 MB/)
  })
})

describe('parseAmount', () => {
  it.each([
    ['160.000', 160000],
    ['160,000', 160000],
    ['160000', 160000],
    ['+160,000 VND', 160000],
    ['160.000 ₫', 160000],
    ['1.234.567', 1234567],
    ['160,000.00', 160000],
    ['160.000,00', 160000],
    ['-50,000', -50000],
  ])('%s → %d', (text, value) => {
    expect(parseAmount(text)).toEqual({ kind: 'amount', value })
  })

  it.each(['1.234.5', '16.0000', '160,5', 'abc', '1e5'])('%s is unreadable', (text) => {
    expect(parseAmount(text)).toEqual({ kind: 'invalid' })
  })
})

describe('matchTransfers', () => {
  const pending = [
    { reference: 'MB0123456789', amount: 160000, paymentId: 'pay-1' },
    { reference: 'MB98K2JH4P0T', amount: 150000, paymentId: 'pay-2' },
    { reference: 'MBZZZZZZZZZZ', amount: 90000, paymentId: 'pay-3' },
  ]

  it('matches by reference inside the description (case, spaces, dashes ignored) and equal amount', () => {
    const vcb = parseBankStatementCsv(vietcombank).rows
    const tcb = parseBankStatementCsv(techcombank).rows
    const result = matchTransfers([...vcb, ...tcb], pending)
    const ids = (list: { paymentId: string; row: StatementRow }[]) => list.map((m) => [m.paymentId, m.row.line])
    // VCB line 7 (dots around it) pays pay-1; TCB line 4 ("mb-0123-456789") pays it again.
    // VCB line 9 ("MB 98K2 JH4P 0T", 300,000) names pay-2 with the wrong amount; TCB line 6 pays it.
    expect(ids(result.matched)).toEqual([
      ['pay-1', 7],
      ['pay-2', 6],
    ])
    expect(ids(result.duplicates)).toEqual([['pay-1', 4]])
    expect(ids(result.wrongAmount)).toEqual([['pay-2', 9]])
    expect(result.unmatched.map((row) => row.line)).toEqual([10])
  })

  it('leaves everything unmatched when nothing is pending', () => {
    const rows = parseBankStatementCsv(vietcombank).rows
    expect(matchTransfers(rows, [])).toEqual({ matched: [], wrongAmount: [], duplicates: [], unmatched: rows })
  })
})
