import path from 'node:path'
import ts from 'typescript'

const PROCEDURE_TYPES = {
  query: 'trpc.TRPCQueryProcedure',
  mutation: 'trpc.TRPCMutationProcedure',
  subscription: 'trpc.TRPCSubscriptionProcedure',
}
const ERROR_SHAPE_ALIAS = 'MedBookErrorShape'

/**
 * Writes the router type that `routerFile` exports as `typeName` as a standalone declaration
 * module exporting it as `exportName`, built from @trpc/server's procedure types and plain
 * object types only.
 *
 * Why: the router's declaration, as tsc emits it, names every sub-router with its server
 * context (`ctx: Context`, and through it PrismaClient), although a client never sees that
 * context. Bundling it would drag the server's types into the SDK (tRPC issue #5004). Here the
 * type checker resolves the router and each procedure is printed from its resolved input,
 * output and error shape, which the zod contracts define as plain data.
 *
 * Types are printed from a virtual module next to `routerFile` that imports @trpc/server as
 * the namespace `trpc`, so any tRPC type they mention is printed as `trpc.Name`.
 */
export function printPublicRouterDeclaration({ tsconfig, routerFile, typeName, exportName }) {
  const { options } = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: fail },
  )
  const probeFile = path.join(path.dirname(path.resolve(routerFile)), '__public-router-probe.ts')
  const probeText = [
    `import type * as trpc from '@trpc/server'`,
    `import type { ${typeName} } from './${path.basename(routerFile).replace(/\.ts$/, '.js')}'`,
    `export type Probe = ${typeName}`,
  ].join('\n')
  const program = ts.createProgram({
    rootNames: [probeFile],
    options,
    host: hostWithFile(options, probeFile, probeText),
  })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(probeFile)
  const probe = checker
    .getExportsOfModule(checker.getSymbolAtLocation(source))
    .find((symbol) => symbol.name === 'Probe')
  const router = checker.getDeclaredTypeOfSymbol(probe)
  if (router.flags & ts.TypeFlags.Any) fail(`${typeName} from ${routerFile} resolved to any`)

  const printer = ts.createPrinter({ removeComments: true })
  const flags =
    ts.NodeBuilderFlags.NoTruncation | ts.NodeBuilderFlags.MultilineObjectLiterals | ts.NodeBuilderFlags.IgnoreErrors
  const print = (type) =>
    printer.printNode(ts.EmitHint.Unspecified, checker.typeToTypeNode(type, source, flags), source)
  const property = (type, name) => {
    const symbol =
      checker.getPropertyOfType(type, name) ?? fail(`expected a property "${name}" on ${checker.typeToString(type)}`)
    return checker.getTypeOfSymbol(symbol)
  }

  const def = property(router, '_def')
  const rootTypes = property(property(def, '_config'), '$types')
  const errorShape = print(property(rootTypes, 'errorShape'))
  const printErrorShape = (type) => {
    const printed = print(type)
    return printed === errorShape ? ERROR_SHAPE_ALIAS : printed
  }

  const printProcedure = (procedure, procedurePath) => {
    const procedureDef = property(procedure, '_def')
    const kind = property(procedureDef, 'type')
    const wrapper = kind.isStringLiteral() ? PROCEDURE_TYPES[kind.value] : undefined
    if (!wrapper || checker.getPropertyOfType(procedure, '_observable'))
      fail(`${procedurePath}: unsupported procedure type ${print(kind)}`)
    const types = property(procedureDef, '$types')
    const output = property(types, 'output')
    const fields = [
      `input: ${print(property(types, 'input'))}`,
      `output: ${kind.value === 'subscription' ? printSubscriptionOutput(output, procedurePath) : print(output)}`,
      // meta configures the server (scopes, limits); clients never read it
      'meta: object',
      `errorShape: ${printErrorShape(property(types, 'errorShape'))}`,
    ]
    return `${wrapper}<{\n${fields.join(';\n')};\n}>`
  }

  // A subscription yields tRPC's TrackedData<T> ({ id, data }), an interface @trpc/server does
  // not export: it is printed as the plain object it is.
  const printSubscriptionOutput = (output, procedurePath) => {
    const [yielded] = checker.getTypeArguments(output)
    if (!yielded || !checker.getPropertyOfType(yielded, 'id') || !checker.getPropertyOfType(yielded, 'data'))
      fail(`${procedurePath}: a subscription must yield tracked(id, data) events`)
    return `AsyncIterable<{ id: string; data: ${print(property(yielded, 'data'))} }, void, any>`
  }

  const printRecord = (record, recordPath) => {
    const entries = checker.getPropertiesOfType(record).map((symbol) => {
      const type = checker.getTypeOfSymbol(symbol)
      const childPath = recordPath ? `${recordPath}.${symbol.name}` : symbol.name
      const isProcedure =
        checker.getPropertyOfType(type, '_def') && checker.getPropertyOfType(property(type, '_def'), 'procedure')
      return `${JSON.stringify(symbol.name)}: ${isProcedure ? printProcedure(type, childPath) : printRecord(type, childPath)}`
    })
    return `{\n${entries.join(';\n')};\n}`
  }

  const rootFields = checker.getPropertiesOfType(rootTypes).map((symbol) => {
    if (symbol.name === 'ctx') return 'ctx: object'
    if (symbol.name === 'errorShape') return `errorShape: ${ERROR_SHAPE_ALIAS}`
    return `${symbol.name}: ${print(checker.getTypeOfSymbol(symbol))}`
  })

  const declaration = [
    `import type * as trpc from '@trpc/server';`,
    `/** What the MedBook API returns when a call fails. */`,
    `export type ${ERROR_SHAPE_ALIAS} = ${errorShape};`,
    `export type ${exportName} = trpc.TRPCBuiltRouter<{\n${rootFields.join(';\n')};\n}, ${printRecord(property(def, 'record'), '')}>;`,
    '',
  ].join('\n')
  const unnamed = declaration.match(/import\("[^"]*"\)\.\w+/)
  if (unnamed) fail(`${unnamed[0]} cannot be named from the SDK; contract outputs must be plain data types`)
  return reprint(declaration)
}

/** Re-indents the assembled declaration the way tsc prints declarations. */
function reprint(text) {
  const source = ts.createSourceFile('public-router.d.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  return ts.createPrinter().printFile(source)
}

function hostWithFile(options, fileName, text) {
  const host = ts.createCompilerHost(options)
  const { getSourceFile, fileExists, readFile } = host
  host.fileExists = (name) => name === fileName || fileExists.call(host, name)
  host.readFile = (name) => (name === fileName ? text : readFile.call(host, name))
  host.getSourceFile = (name, languageVersion, ...rest) =>
    name === fileName
      ? ts.createSourceFile(name, text, languageVersion)
      : getSourceFile.call(host, name, languageVersion, ...rest)
  return host
}

function fail(message) {
  throw new Error(
    `public router declaration: ${typeof message === 'string' ? message : ts.flattenDiagnosticMessageText(message.messageText, '\n')}`,
  )
}
