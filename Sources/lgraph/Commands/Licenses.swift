import ArgumentParser
import LiabilityGraph
import LiabilityReports
import LiabilityRules

struct Licenses: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the license facts in effect: built-in, or with a file, the file's too.")
  @Argument(help: "A liability-graph/1 file whose licenses add to or override the built-ins.")
  var file: String?
  @Option(
    name: .customLong("as-of"),
    help: "Only the file's licenses valid on this date (YYYY-MM-DD).")
  var asOf: Day?
  @OptionGroup var output: OutputOptions<TextOrJSON>

  func run() throws {
    var licenses = BuiltinLicenses.shared.licenses
    var day: Day? = nil
    if file == nil, asOf != nil {
      throw UsageError("--as-of needs a file: the built-in licenses hold at every date")
    }
    if let file {
      let result = Loader.load(path: file)
      Diagnostics.print(result.diagnostics)
      guard let document = result.document else {
        Diagnostics.summary(result)
        throw ExitCode(1)
      }
      day = asOf ?? document.asOf ?? Day.today
      let valid = document.licenses.filter { license in
        day.map { license.fact.holds(on: $0) } ?? true
      }
      // A file's license overrides a built-in of the same id in any letter
      // case, as references resolve.
      let own = Set(valid.map { $0.id.lowercased() })
      licenses = licenses.filter { !own.contains($0.id.lowercased()) } + valid
    }
    try output.write(
      inputs: [file].compactMap { $0 },
      text: { GraphReports.licensesText(licenses) },
      json: { GraphReports.licensesJSON(licenses, asOf: day) })
  }
}
