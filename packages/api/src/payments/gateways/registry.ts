import type { GatewayMethod, PaymentGateway } from './gateway.js'

/** Builds one gateway client; `origin` is where the local sandbox is served when no credentials are set. */
export type GatewayFactory = (origin: string) => PaymentGateway

export interface PaymentGateways {
  /** the gateway for a method: the real one when credentials are configured, else the local sandbox */
  gateway(method: GatewayMethod): PaymentGateway
  isSandbox(method: GatewayMethod): boolean
  /** where payers are sent back and IPNs arrive: APP_URL when set, else the server's own address */
  callbackOrigin(): string
  setCallbackOrigin(origin: string): void
}

export function createPaymentGateways(options: {
  origin: string
  factories: Record<GatewayMethod, GatewayFactory>
  sandbox: Record<GatewayMethod, boolean>
}): PaymentGateways {
  let origin = options.origin.replace(/\/$/, '')
  const built = new Map<string, PaymentGateway>()
  return {
    gateway(method) {
      const key = `${method}@${origin}`
      let gateway = built.get(key)
      if (!gateway) {
        gateway = options.factories[method](origin)
        built.set(key, gateway)
      }
      return gateway
    },
    isSandbox: (method) => options.sandbox[method],
    callbackOrigin: () => origin,
    setCallbackOrigin(next) {
      origin = next.replace(/\/$/, '')
    },
  }
}
