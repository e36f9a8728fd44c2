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
  @OptionGroup var output: OutputOptions<ChainFileFormats>

  func validate() throws {
    if let asRecorded, RecordedPoint(asRecorded) == nil {
      throw ValidationError(
        "--as-recorded takes a revision number or a date (YYYY-MM-DD), not '\(asRecorded)'")
    }
  }

  func run() throws {
    try reportingStoreErrors {
      let graphStore = try store.open(readOnly: true)
      defer { try? graphStore.close() }
      let text = try graphStore.export(
        at: asRecorded.flatMap(RecordedPoint.init) ?? .latest,
        as: DocumentWriter.Format(output.chosen) ?? .yaml)
      try output.write(text, inputs: [store.db])
    }
  }
}
