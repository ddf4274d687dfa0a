export { createMockClient, type MockHandlers, type MockProcedureHandler } from './mock-client.js'
export { mockError } from './mock-error.js'
