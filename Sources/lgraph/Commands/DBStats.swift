import ArgumentParser
import Foundation
import LiabilityGraph
import LiabilityStore

struct DBStats: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats", abstract: "What the store holds now, and its history.")
  @OptionGroup var store: StoreOption
  @OptionGroup var output: OutputOptions<TextOrJSON>

  func run() throws {
    try reportingStoreErrors {
      let opened = try store.open(readOnly: true)
      defer { try? opened.close() }
      let stats = try opened.stats()
      try output.write(
        inputs: [store.db],
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
