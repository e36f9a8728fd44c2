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
    subcommands: [DBInit.self, DBImport.self, DBExport.self, DBLog.self, DBStats.self])
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

/// Runs `body`, turning store errors into `error:` lines (with any file
/// diagnostics first) and exit status 1.
func reportingStoreErrors<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let failure as StoreFailure {
    Diagnostics.print(failure.error.diagnostics)
    Diagnostics.stderr("error: \(failure.error)")
    throw ExitCode(1)
  } catch let error as StoreError {
    Diagnostics.print(error.diagnostics)
    Diagnostics.stderr("error: \(error)")
    throw ExitCode(1)
  }
}

struct DBInit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init", abstract: "Create an empty store (or check an existing one).")
  @OptionGroup var store: StoreOption

  func run() throws {
    try reportingStoreErrors {
      let existed = FileManager.default.fileExists(atPath: store.db)
      try store.open(create: true).close()
      print(existed ? "\(store.db): already a store" : "\(store.db): created an empty store")
    }
  }
}

struct DBImport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Record files (or a bulk edge list) as a new revision each.",
    discussion: """
      A liability-graph/1 file is recorded as written; importing the same file again \
      records what changed. --lineage takes a CSV of child,parent[,relation] (or \
      id,base_model[,base_model_relation]); --edges a CSV of src,dst,type with --nodes \
      id,kind. Each import is one transaction: if it fails or is killed, the store stays \
      at its previous revision.
      """)
  @OptionGroup var store: StoreOption
  @Argument(help: "liability-graph/1 files to import, one revision each.")
  var files: [String] = []
  @Option(help: "A lineage edge list (CSV) to import in bulk.")
  var lineage: String?
  @Option(help: "A typed edge list (CSV src,dst,type) to import in bulk.")
  var edges: String?
  @Option(help: "The nodes file (CSV id,kind) of --edges.")
  var nodes: String?
  @OptionGroup var warnings: WarningOptions
  @Option(
    name: .customLong("default-relation"),
    help: "The relation of lineage rows that give none (finetune, adapter, merge, ...).")
  var defaultRelation: String?
  @Option(name: [.short, .customLong("message")], help: "What this import is (for the log).")
  var message: String?
  @Option(help: "Record under this name instead of the file's path.")
  var origin: String?

  func validate() throws {
    let bulk = [lineage, edges].compactMap { $0 }.count
    if bulk == 0 && files.isEmpty { throw ValidationError("give files, --lineage or --edges") }
    if bulk > 0 && !files.isEmpty || bulk > 1 {
      throw ValidationError("import files, or one edge list, at a time")
    }
    if nodes != nil && edges == nil { throw ValidationError("--nodes goes with --edges") }
    if let origin, origin.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("--origin needs a name (it says where the import came from)")
    }
    if origin != nil && files.count > 1 {
      throw ValidationError("--origin names one import; give one file")
    }
    if let defaultRelation, LineageRelation(rawValue: defaultRelation) == nil {
      throw ValidationError(
        "unknown relation '\(defaultRelation)'; use one of "
          + LineageRelation.allCases.map(\.rawValue).joined(separator: ", "))
    }
  }

  func run() throws {
    try reportingStoreErrors {
      let graphStore = try store.open(create: true)
      defer { try? graphStore.close() }
      if let list = lineage ?? edges {
        let bar = ProgressBar(enabled: !warnings.quiet && isatty(STDERR_FILENO) == 1)
        let summary = try graphStore.importEdgeList(
          at: list, nodes: nodes,
          defaultRelation: defaultRelation.flatMap { LineageRelation(rawValue: $0) },
          message: message, origin: origin, progress: { bytes, total in bar.show(bytes, total) })
        bar.finish()
        Diagnostics.print(summary.warnings, warnings: warnings.mode)
        if summary.skipped > summary.warnings.count {
          Diagnostics.stderr(
            "\(list): \(summary.skipped - summary.warnings.count) more rows left out")
        }
        let rate = summary.insertSeconds > 0 ? Double(summary.edgeRows) / summary.insertSeconds : 0
        print(
          "revision \(summary.base.revision): \(summary.rows) rows of \(list): "
            + "\(summary.edgeRows) edges recorded, \(summary.skipped) rows left out; insert "
            + "phase \(String(format: "%.2f", summary.insertSeconds)) s (\(Int(rate)) edge rows/s)")
        return
      }
      for file in files {
        let summary = try graphStore.importFile(at: file, message: message, origin: origin)
        Diagnostics.print(summary.warnings, warnings: warnings.mode)
        print(
          "revision \(summary.revision): \(file): \(summary.added.count) added, "
            + "\(summary.changed.count) changed, \(summary.removed.count) removed; "
            + "\(summary.edgesAdded) edges added, \(summary.edgesRemoved) removed")
        for (label, ids) in [
          ("added", summary.added), ("changed", summary.changed), ("removed", summary.removed),
        ] where !ids.isEmpty && ids.count <= 20 {
          print("  \(label): " + ids.joined(separator: ", "))
        }
      }
    }
  }
}

/// A one-line progress bar on standard error, redrawn in place.
final class ProgressBar: @unchecked Sendable {
  let enabled: Bool
  private var last = -1
  private let lock = NSLock()

  init(enabled: Bool) { self.enabled = enabled }

  func show(_ bytes: Int, _ total: Int) {
    guard enabled, total > 0 else { return }
    lock.lock()
    defer { lock.unlock() }
    let percent = min(100, bytes * 100 / total)
    guard percent != last else { return }
    last = percent
    let width = 30
    let filled = percent * width / 100
    let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
    FileHandle.standardError.write(Data("\r[\(bar)] \(percent)%".utf8))
  }

  func finish() {
    guard enabled, last >= 0 else { return }
    FileHandle.standardError.write(Data("\n".utf8))
  }
}

struct DBExport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the store as a liability-graph/1 file (YAML or JSON).")
  @OptionGroup var store: StoreOption
  @Option(
    name: .customLong("as-recorded"),
    help: "The revision number or date (YYYY-MM-DD) to export (default: the latest).")
  var asRecorded: String?
  @Option(help: "yaml or json (default: from -o, else yaml).")
  var format: String?
  @Option(name: .shortAndLong, help: "Write to this file (whole or not at all).")
  var output: String?

  func validate() throws {
    if let asRecorded, RecordedPoint(asRecorded) == nil {
      throw ValidationError(
        "--as-recorded takes a revision number or a date (YYYY-MM-DD), not '\(asRecorded)'")
    }
    if let format, ExportFormat(rawValue: format) == nil {
      throw ValidationError("--format is yaml or json")
    }
  }

  func run() throws {
    try reportingStoreErrors {
      let graphStore = try store.open(readOnly: true)
      defer { try? graphStore.close() }
      let kind =
        format.flatMap(ExportFormat.init(rawValue:))
        ?? (output?.lowercased().hasSuffix(".json") == true ? .json : .yaml)
      let text = try graphStore.export(
        at: asRecorded.flatMap(RecordedPoint.init) ?? .latest, as: kind)
      if let output {
        try OutputFile.write(text, to: output, inputs: [store.db])
      } else {
        print(text, terminator: "")
      }
    }
  }
}

struct DBLog: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log", abstract: "Every revision: when, what, and what changed.")
  @OptionGroup var store: StoreOption
  @OptionGroup var output: FormatOption

  func run() throws {
    try reportingStoreErrors {
      let opened = try store.open(readOnly: true)
      defer { try? opened.close() }
      let revisions = try opened.log()
      output.print(
        text: {
          revisions.isEmpty
            ? "\(store.db): no revisions yet"
            : revisions.map { r in
              "\(r.id)  \(r.recordedAt)  +\(r.added) ~\(r.changed) -\(r.removed)  \(r.message)"
                + " (\(r.origin))"
            }.joined(separator: "\n")
        },
        json: {
          .object([
            (
              "revisions",
              .array(
                revisions.map { r in
                  .object([
                    ("revision", .number(Double(r.id))), ("recorded_at", .string(r.recordedAt)),
                    ("message", .string(r.message)), ("origin", .string(r.origin)),
                    ("added", .number(Double(r.added))), ("changed", .number(Double(r.changed))),
                    ("removed", .number(Double(r.removed))),
                  ])
                })
            )
          ])
        })
    }
  }
}

struct DBStats: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats", abstract: "What the store holds now, and its history.")
  @OptionGroup var store: StoreOption
  @OptionGroup var output: FormatOption

  func run() throws {
    try reportingStoreErrors {
      let opened = try store.open(readOnly: true)
      defer { try? opened.close() }
      let stats = try opened.stats()
      output.print(
        text: {
          var lines = [
            "\(store.db): \(stats.revisions) revisions, \(stats.fileBytes) bytes, schema "
              + stats.schema.joined(separator: ", ")
          ]
          lines.append(
            "  now: " + stats.nodes.map { "\($0.count) \($0.kind)" }.joined(separator: ", "))
          lines.append(
            "  edges: " + stats.edges.map { "\($0.count) \($0.kind)" }.joined(separator: ", "))
          lines.append(
            "  history: \(stats.internedNodes) ids, \(stats.itemRows) item rows, "
              + "\(stats.edgeRows) edge rows")
          lines.append("  integrity: \(stats.integrity)")
          return lines.joined(separator: "\n")
        },
        json: {
          .object([
            ("revisions", .number(Double(stats.revisions))),
            ("file_bytes", .number(Double(stats.fileBytes))),
            ("schema", .strings(stats.schema)),
            ("nodes", .object(stats.nodes.map { ($0.kind, .number(Double($0.count))) })),
            ("edges", .object(stats.edges.map { ($0.kind, .number(Double($0.count))) })),
            ("ids", .number(Double(stats.internedNodes))),
            ("item_rows", .number(Double(stats.itemRows))),
            ("edge_rows", .number(Double(stats.edgeRows))),
            ("integrity", .string(stats.integrity)),
          ])
        })
      // What the store holds is printed, but a damaged store is a failure.
      if stats.integrity != "ok" {
        Diagnostics.stderr(
          "error: \(store.db): is damaged (SQLite's check: \(stats.integrity.prefix(300))); "
            + "restore it from a copy")
        throw ExitCode(1)
      }
    }
  }
}
