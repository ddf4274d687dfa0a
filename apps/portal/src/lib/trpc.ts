// one client and one React context for both apps: packages/ui's hooks use the same ones
export { createApiClient, TRPCProvider, useTRPC } from '@medbook/ui'
