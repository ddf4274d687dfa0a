// npm run admin:create -- --email admin@example.vn [--first-name An] [--last-name Nguyễn]
// Admins are never created by sign-up. The password is generated, printed once, and must
// be changed after the first sign-in.
import { parseArgs } from 'node:util'
import { ZEmail } from '@medbook/contracts'
import { openDatabase } from '@medbook/db'
import { logActivity } from '../audit/log-activity.js'
import { generateToken } from '../auth/crypto.js'
import { hashPassword } from '../auth/passwords.js'

const { values } = parseArgs({
  options: { email: { type: 'string' }, 'first-name': { type: 'string' }, 'last-name': { type: 'string' } },
})
const email = ZEmail.safeParse(values.email ?? '')
if (!email.success) {
  console.error('usage: npm run admin:create -- --email <address> [--first-name <name>] [--last-name <name>]')
  process.exit(2)
}

const db = await openDatabase()
try {
  if (await db.prisma.user.findUnique({ where: { email: email.data }, select: { id: true } })) {
    console.error(`${email.data} already has an account`)
    process.exitCode = 1
  } else {
    const password = generateToken(12)
    const user = await db.prisma.user.create({
      data: {
        role: 'admin',
        email: email.data,
        password: await hashPassword(password),
        firstName: values['first-name'] ?? 'Quản trị',
        lastName: values['last-name'] ?? 'MedBook',
        verificationStatus: true,
      },
    })
    await logActivity(
      db.prisma,
      { userId: user.id, userRole: 'admin', ipAddress: null, userAgent: 'admin:create' },
      'role_change',
      {
        to: 'admin',
        via: 'admin:create',
      },
    )
    console.log(`admin ${email.data} created. One-time password (change it after signing in): ${password}`)
  }
} finally {
  await db.close()
}
