import ArgumentParser
import LiabilityGraph
import LiabilityReports
import LiabilityRules

/// Output formats of `compare`.
enum CompareFormats: OutputFormats {
  static let formats: [FileFormat] = [.text, .json, .md, .csv]
}

struct Compare: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "What each party owes under several regimes, side by side.")
  @OptionGroup var options: GraphOptions
  @Option(help: "Comma-separated regime ids or files (default: every built-in regime).")
  var regimes: String?
  @OptionGroup var output: OutputOptions<CompareFormats>

  func run() throws {
    let all = try builtinRegimes().map(\.id)
    let names =
      regimes.map {
        $0.split(separator: ",", omittingEmptySubsequences: false).map {
          String($0).trimmingCharacters(in: .whitespaces)
        }
      } ?? all
    if names.contains(where: \.isEmpty) {
      throw UsageError(
        "--regimes has an empty name; give regime ids or files separated by commas "
          + "(lgraph regimes lists the built-in ones)")
    }
    let loaded = try names.map(loadRegime)
    var ids: Set<String> = []
    for regime in loaded where !ids.insert(regime.id).inserted {
      throw UsageError("regime '\(regime.id)' is given twice; each regime once")
    }
    let graph = try options.load()
    let report = CompareReport(graph: graph, regimes: loaded)
    let text: String
    switch output.chosen {
    case .md: text = report.text(markdown: true)
    case .json: text = report.json.rendered()
    case .csv: text = report.csv
    default: text = report.text()
    }
    try output.write(text + "\n", inputs: options.source.inputs)
  }
}
