import { createMomoGateway, type MomoConfig } from './momo.js'
import { createPaymentGateways, type PaymentGateways } from './registry.js'
import { createVnpayGateway, type VnpayConfig } from './vnpay.js'

/**
 * The local sandbox's merchant credentials. They sign only messages between this server and
 * the sandbox it serves itself, which moves no money; real credentials come from VNPAY_* and
 * MOMO_* and turn the sandbox off. Fixed (not random per process) so that several server
 * processes behind one address verify each other's sandbox messages.
 */
export const SANDBOX_VNPAY = { tmnCode: 'MEDBOOK1', hashSecret: 'MEDBOOKSANDBOXVNPAYSECRETNOTREAL1' } as const
export const SANDBOX_MOMO = {
  partnerCode: 'MOMOMEDBOOK0001',
  accessKey: 'medbook-sandbox-access',
  secretKey: 'medbook-sandbox-secret-not-real',
} as const

export interface GatewayCredentials {
  vnpay: VnpayConfig | null
  momo: MomoConfig | null
}

/** Real gateways where credentials are set; the sandbox served at `origin` for the others. */
export function defaultPaymentGateways(credentials: GatewayCredentials, origin: string): PaymentGateways {
  return createPaymentGateways({
    origin,
    sandbox: { vnpay: credentials.vnpay === null, momo: credentials.momo === null },
    factories: {
      vnpay: (at) =>
        createVnpayGateway(
          credentials.vnpay ?? {
            ...SANDBOX_VNPAY,
            paymentUrl: `${at}/sandbox/vnpay/paymentv2/vpcpay.html`,
            apiUrl: `${at}/sandbox/vnpay/merchant_webapi/api/transaction`,
          },
        ),
      momo: (at) =>
        createMomoGateway(
          credentials.momo ?? { ...SANDBOX_MOMO, endpoint: `${at}/sandbox/momo`, requestType: 'captureWallet' },
        ),
    },
  })
}
