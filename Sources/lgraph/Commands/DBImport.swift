import ArgumentParser
import Foundation
import LiabilityGraph
import LiabilityStore
import Synchronization

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
        for (label, ids) in [("added", summary.added), ("removed", summary.removed)]
        where !ids.isEmpty && ids.count <= 20 {
          print("  \(label): " + ids.joined(separator: ", "))
        }
        for line in summary.changedLines { print(line) }
      }
    }
  }
}

/// A one-line progress bar on standard error, redrawn in place. The
/// import reports progress from its reading thread; the last percentage
/// drawn is kept under a mutex.
final class ProgressBar: Sendable {
  let enabled: Bool
  private let last = Mutex(-1)

  init(enabled: Bool) { self.enabled = enabled }

  func show(_ bytes: Int, _ total: Int) {
    guard enabled, total > 0 else { return }
    let percent = min(100, bytes * 100 / total)
    last.withLock { last in
      guard percent != last else { return }
      last = percent
      let width = 30
      let filled = percent * width / 100
      let bar =
        String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
      FileHandle.standardError.write(Data("\r[\(bar)] \(percent)%".utf8))
    }
  }

  func finish() {
    guard enabled, last.withLock({ $0 }) >= 0 else { return }
    FileHandle.standardError.write(Data("\n".utf8))
  }
}

extension ImportSummary {
  /// Each item changed, with the facts that changed (the first 20), then
  /// how many more: what a re-import prints, from `db import` or
  /// `import --db`.
  var changedLines: [String] {
    var lines = changed.prefix(20).map { id in
      let facts = changedFacts[id] ?? []
      return "  changed \(id)" + (facts.isEmpty ? "" : ": " + facts.joined(separator: ", "))
    }
    if changed.count > 20 {
      lines.append(
        "  ... and \(changed.count - 20) more changed (lgraph db diff "
          + "\(revision - 1) \(revision) lists them all)")
    }
    return lines
  }
}
