import ArgumentParser
import LiabilityGraph
import LiabilityStore

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
