import ArgumentParser
import LiabilityGraph
import LiabilityReports
import LiabilityRules

/// Output formats of `duties`.
enum DutiesFormats: OutputFormats {
  static let formats: [FileFormat] = [.text, .json, .md, .csv]
}

struct Duties: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Who owes which duty under a regime, why, and where the law misplaces it.")
  @OptionGroup var options: GraphOptions
  @Option(help: "A built-in regime id (see `lgraph regimes`) or a regime file.")
  var regime: String
  @Option(help: "Only this party.")
  var party: String?
  @OptionGroup var output: OutputOptions<DutiesFormats>
  @Flag(
    help: """
      Also list every rule that did not apply to each party, and why (not in force, outside \
      the territory, no party with its role, a condition unmet with its values).
      """)
  var explain = false

  func run() throws {
    let regime = try loadRegime(self.regime)
    let graph = try options.load()
    let node = try party.map { try options.node($0, in: graph, kinds: [.party]) }
    let report = DutyEngine.evaluate(regime, on: graph, explain: explain)
    let text: String
    switch output.chosen {
    case .md: text = DutiesReport.text(report, graph: graph, party: node, markdown: true)
    case .json: text = DutiesReport.json(report, graph: graph, party: node).rendered()
    case .csv:
      try output.write(
        Registers.dutiesCSV(report, graph: graph, party: node), inputs: options.source.inputs)
      return
    default: text = DutiesReport.text(report, graph: graph, party: node)
    }
    try output.write(text + "\n", inputs: options.source.inputs)
  }
}
