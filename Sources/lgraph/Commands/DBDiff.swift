import ArgumentParser
import LiabilityGraph
import LiabilityReports
import LiabilityStore

struct DBDiff: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "What changed between two revisions (or dates), item by item and fact by fact.")
  @OptionGroup var store: StoreOption
  @Argument(help: "The older revision number or date (YYYY-MM-DD).")
  var from: String
  @Argument(help: "The newer revision number or date (default: the latest).")
  var to: String?
  @OptionGroup var output: OutputOptions<TextOrJSON>

  func validate() throws {
    for point in [from] + (to.map { [$0] } ?? []) where RecordedPoint(point) == nil {
      throw ValidationError("'\(point)' is not a revision number or a date (YYYY-MM-DD)")
    }
  }

  func run() throws {
    try reportingStoreErrors {
      let opened = try store.open(readOnly: true)
      defer { try? opened.close() }
      let older = RecordedPoint(from) ?? .latest
      let newer = to.flatMap(RecordedPoint.init) ?? .latest
      let diff = ChainDiff.between(
        try opened.document(at: older), try opened.document(at: newer))
      let fromName = "revision \(try opened.revision(at: older).map(String.init) ?? from)"
      let toName = "revision \(try opened.revision(at: newer).map(String.init) ?? (to ?? "latest"))"
      try output.write(
        inputs: [store.db], text: { DiffReport.text(diff, from: fromName, to: toName) },
        json: { DiffReport.json(diff, from: fromName, to: toName) })
    }
  }
}
