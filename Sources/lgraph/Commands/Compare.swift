import ArgumentParser
import LiabilityGraph
import LiabilityReports
import LiabilityRules

/// Output formats of `compare`.
enum CompareFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, md, csv
}

struct Compare: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "What each party owes under several regimes, side by side.")
  @OptionGroup var options: GraphOptions
  @Option(help: "Comma-separated regime ids or files (default: every built-in regime).")
  var regimes: String?
  @Option(help: "Output format: text, json, md or csv.")
  var format: CompareFormat = .text

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
    switch format {
    case .text: print(report.text())
    case .md: print(report.text(markdown: true))
    case .json: print(report.json.rendered())
    case .csv: print(report.csv)
    }
  }
}
