import ArgumentParser
import LiabilityGraph
import LiabilityStore

struct DBLog: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log", abstract: "Every revision: when, what, and what changed.")
  @OptionGroup var store: StoreOption
  @OptionGroup var output: OutputOptions<TextOrJSON>

  func run() throws {
    try reportingStoreErrors {
      let opened = try store.open(readOnly: true)
      defer { try? opened.close() }
      let revisions = try opened.log()
      try output.write(
        inputs: [store.db],
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
