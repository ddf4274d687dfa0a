import { mkdirSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  appRouter,
  createHttpContextFactory,
  createServices,
  defaultApiConfig,
  SANDBOX_MOMO,
  SANDBOX_VNPAY,
  type Services,
} from '@medbook/api'
import type { PrismaClient } from '@medbook/db'
import { createHTTPHandler } from '@trpc/server/adapters/standalone'
import sirv from 'sirv'
import { handleActivityLogExport } from './activity-log-export-route.js'
import { withCompressedJson } from './compressed-json.js'
import { handleDrawnImage } from './drawn-images-route.js'
import { handleVerificationFile } from './files-route.js'
import {
  answerUnservedRequests,
  MAX_HEADER_SIZE,
  READ_METHODS,
  refusedLongUrl,
  refusedMethod,
  TRPC_METHODS,
} from './http-guards.js'
import { handleRecordFile, handleRecordFileUpload, handleRecordPdf } from './medical-record-routes.js'
import { handleMessageFile, handleMessageFileUpload } from './message-file-routes.js'
import { handleMomoIpn, handlePaymentsExport, handleReceipt, handleVnpayIpn } from './payment-routes.js'
import { createMomoSandbox } from './payment-sandbox/momo-sandbox.js'
import type { SandboxHandler } from './payment-sandbox/sandbox-handler.js'
import { createVnpaySandbox } from './payment-sandbox/vnpay-sandbox.js'
import { PATIENT_DIST, PORTAL_DIST, serveSpa } from './static-apps.js'
import {
  handleHospitalImageUpload,
  handleProfilePictureUpload,
  handleVerificationDocumentUpload,
} from './uploads-route.js'

export interface RunningServer {
  url: string
  server: Server
  services: Services
  close(): Promise<void>
}

export interface ServerOptions {
  db: PrismaClient
  services?: Services
  port?: number
  host?: string
  patientDir?: string
  portalDir?: string
  /** where uploaded files are kept and served from under /uploads/; default: the services' config */
  uploadsDir?: string
  /** where private uploads (verification documents) are kept; default: the services' config */
  privateFilesDir?: string
}

/** The local stand-ins for the gateways that have no credentials configured. */
function paymentSandboxes(services: Services): SandboxHandler[] {
  const sandboxes: SandboxHandler[] = []
  if (services.payments.isSandbox('vnpay')) {
    sandboxes.push(
      createVnpaySandbox({
        ...SANDBOX_VNPAY,
        ipnUrl: () => `${services.payments.callbackOrigin()}/payments/ipn/vnpay`,
      }),
    )
  }
  if (services.payments.isSandbox('momo')) sandboxes.push(createMomoSandbox(SANDBOX_MOMO))
  return sandboxes
}

export const DEFAULT_UPLOADS_DIR = fileURLToPath(new URL('../../../.data/uploads', import.meta.url))

/** One HTTP server: /trpc, /health, /uploads, /images (drawn demo pictures), the portal under /portal/ and the patient app at /. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const uploadsDir = path.resolve(options.uploadsDir ?? options.services?.config.uploadsDir ?? DEFAULT_UPLOADS_DIR)
  const base = options.services ?? createServices(defaultApiConfig({ uploadsDir }))
  const privateFilesDir = path.resolve(options.privateFilesDir ?? base.config.privateFilesDir)
  // procedures that remove files (hospital images, documents) look in the folders this server serves
  const services: Services = { ...base, config: { ...base.config, uploadsDir, privateFilesDir } }
  const createContext = createHttpContextFactory(options.db, services)
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    createContext,
  })
  const patient = serveSpa(options.patientDir ?? PATIENT_DIST)
  const portal = serveSpa(options.portalDir ?? PORTAL_DIST)
  mkdirSync(uploadsDir, { recursive: true })
  // dev mode looks files up per request: uploads arrive while the server runs
  const uploads = sirv(uploadsDir, { dev: true, etag: true })
  const sandboxes = paymentSandboxes(services)

  const server = createServer({ maxHeaderSize: MAX_HEADER_SIZE }, async (req, res) => {
    const url = req.url ?? '/'
    if (refusedLongUrl(req, res)) return
    if (url === '/trpc' || url.startsWith('/trpc/') || url.startsWith('/trpc?')) {
      // tRPC answers TRACE with a 500: the fetch Request it builds refuses that method
      if (refusedMethod(req, res, TRPC_METHODS)) return
      return withCompressedJson(req, res, () => void trpc(req, res))
    }
    if (url === '/health') {
      if (refusedMethod(req, res, READ_METHODS)) return
      try {
        await options.db.$queryRaw`SELECT 1`
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', database: 'up' }))
      } catch {
        res
          .writeHead(503, { 'content-type': 'application/json' })
          .end(JSON.stringify({ status: 'error', database: 'down' }))
      }
      return
    }
    const pathname = url.split('?')[0] ?? '/'
    if (pathname.startsWith('/sandbox/')) {
      for (const sandbox of sandboxes) if (await sandbox(req, res, pathname)) return
      return res.writeHead(404).end()
    }
    if (pathname === '/payments/ipn/vnpay') return handleVnpayIpn(req, res, options.db, services)
    if (pathname === '/payments/ipn/momo') return handleMomoIpn(req, res, options.db, services)
    if (pathname.startsWith('/files/receipts/')) return handleReceipt(req, res, createContext)
    if (pathname === '/hospital/payments.csv') return handlePaymentsExport(req, res, createContext)
    if (url === '/uploads/profile-picture') return handleProfilePictureUpload(req, res, createContext, uploadsDir)
    if (url === '/uploads/hospital-image') return handleHospitalImageUpload(req, res, createContext, uploadsDir)
    if (pathname === '/uploads/verification-document') {
      return handleVerificationDocumentUpload(req, res, createContext, privateFilesDir)
    }
    if (url.startsWith('/files/verification/')) return handleVerificationFile(req, res, createContext, privateFilesDir)
    if (pathname === '/uploads/medical-record-file') {
      return handleRecordFileUpload(req, res, createContext, privateFilesDir)
    }
    if (pathname.startsWith('/files/records/')) return handleRecordFile(req, res, createContext, privateFilesDir)
    if (pathname.startsWith('/files/medical-records/') || pathname.startsWith('/files/lab-results/')) {
      return handleRecordPdf(req, res, createContext)
    }
    if (pathname === '/uploads/message-file') return handleMessageFileUpload(req, res, createContext, privateFilesDir)
    if (pathname.startsWith('/files/messages/')) return handleMessageFile(req, res, createContext, privateFilesDir)
    if (pathname === '/admin/activity-logs.csv') return handleActivityLogExport(req, res, createContext)
    // what is left serves files and the apps
    if (refusedMethod(req, res, READ_METHODS)) return
    if (pathname?.startsWith('/images/')) return handleDrawnImage(req, res, pathname)
    if (url.startsWith('/uploads/')) {
      req.url = url.slice('/uploads'.length)
      return uploads(req, res, () => {
        res.writeHead(404).end()
      })
    }
    if (url === '/portal') return res.writeHead(308, { location: '/portal/' }).end()
    if (url.startsWith('/portal/')) {
      req.url = url.slice('/portal'.length)
      return portal(req, res, () => res.writeHead(404).end())
    }
    return patient(req, res, () => res.writeHead(404).end())
  })

  answerUnservedRequests(server)

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  // gateways send payers back and post IPNs to APP_URL when it is set, else to this server
  if (!services.config.appUrlConfigured) services.payments.setCallbackOrigin(`http://127.0.0.1:${port}`)
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    services,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
