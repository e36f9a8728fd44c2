import ArgumentParser
import Foundation
import LiabilityGraph
import LiabilityStore

/// `lgraph db ...`: the SQLite store.
struct DB: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "db",
    abstract: "Keep chains in a SQLite store with their history.",
    discussion: """
      A store records each import as a revision. Every graph command reads a store \
      with --db PATH (or ./liability.sqlite when no file is given), as recorded at a \
      revision or date with --as-recorded.
      """,
    subcommands: [
      DBInit.self, DBImport.self, DBExport.self, DBLog.self, DBDiff.self, DBStats.self,
    ])
}

/// The store path every `db` subcommand takes.
struct StoreOption: ParsableArguments {
  @Option(name: .customLong("db"), help: "The store (default: ./liability.sqlite).")
  var db: String = SourceOptions.defaultStore

  func open(create: Bool = false, readOnly: Bool = false) throws -> GraphStore {
    do {
      return try GraphStore.open(at: db, create: create, readOnly: readOnly)
    } catch {
      throw StoreFailure(error)
    }
  }
}

/// A store error, printed as `error: PATH: message` (exit 1).
struct StoreFailure: Error, CustomStringConvertible {
  var error: StoreError
  init(_ error: StoreError) { self.error = error }
  var description: String { error.description }
}

/// Runs `body`, turning store errors into diagnostics (any file
/// diagnostics first, then the store's own `PATH: error: [CODE]` line) and
/// exit status 1.
func reportingStoreErrors<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let failure as StoreFailure {
    Diagnostics.print(failure.error.diagnostics + [failure.error.diagnostic])
    throw ExitCode(1)
  } catch let error as StoreError {
    Diagnostics.print(error.diagnostics + [error.diagnostic])
    throw ExitCode(1)
  }
}
