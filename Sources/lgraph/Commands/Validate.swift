import ArgumentParser
import LiabilityGraph
import LiabilityStore

struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check files and print every problem as FILE:LINE:COLUMN.")

  @Argument(help: "One or more liability-graph/1 files (or --db, or ./liability.sqlite).")
  var files: [String] = []

  @Option(name: .customLong("db"), help: "Check the chain a store holds instead of files.")
  var db: String?

  @Option(
    name: .customLong("as-recorded"),
    help: "With a store: check it as recorded at this revision number or date.")
  var asRecorded: String?

  @Option(
    name: .customLong("as-of"),
    help: "Also count what is valid on this date (YYYY-MM-DD).")
  var asOf: Day?

  @OptionGroup var warnings: WarningOptions

  func validate() throws {
    if !files.isEmpty, db != nil { throw ValidationError("give files or --db, not both") }
    if let asRecorded, RecordedPoint(asRecorded) == nil {
      throw ValidationError(
        "--as-recorded takes a revision number or a date (YYYY-MM-DD), not '\(asRecorded)'")
    }
  }

  func run() throws {
    if files.isEmpty {
      var source = SourceOptions.make(db: db, asRecorded: asRecorded)
      source.warnings = warnings
      guard let path = source.storePath else {
        throw UsageError(
          "give liability-graph files or --db STORE (there is no ./\(SourceOptions.defaultStore) "
            + "here)")
      }
      let document = try source.loadDocument()
      report(path, document, warnings: 0)
      return
    }
    var failed = false
    for file in files {
      let result = Loader.load(path: file)
      Diagnostics.print(result.diagnostics, warnings: warnings.mode)
      if let document = result.document {
        report(file, document, warnings: result.warnings.count)
      } else {
        failed = true
        Diagnostics.summary(result)
      }
    }
    if failed { throw ExitCode(1) }
  }

  /// "FILE: ok (counts)".
  func report(_ file: String, _ document: Document, warnings: Int) {
    func count(_ n: Int, _ one: String, _ many: String) -> String {
      "\(n) \(n == 1 ? one : many)"
    }
    var numbers = [
      document.parties.count, document.models.count, document.datasets.count,
      document.services.count, document.products.count, document.incidents.count,
    ]
    if let asOf {
      let view = SupplyChainGraph(document: document, asOf: asOf)
      let kinds: [NodeKind] = [.party, .model, .dataset, .service, .product, .incident]
      numbers = kinds.map { kind in view.kinds.filter { $0 == kind }.count }
    }
    let counts = zip(
      numbers,
      [
        ("party", "parties"), ("model", "models"), ("dataset", "datasets"),
        ("service", "services"), ("product", "products"), ("incident", "incidents"),
      ]
    ).map { count($0, $1.0, $1.1) }
    print(
      "\(file): ok (" + counts.joined(separator: ", ")
        + (asOf.map { " valid on \($0)" } ?? "")
        + (warnings > 0 ? "; " + count(warnings, "warning", "warnings") : "") + ")")
  }
}
