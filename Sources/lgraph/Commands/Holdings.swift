import ArgumentParser
import LiabilityGraph
import LiabilityReports
import LiabilityRules

struct Holdings: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Who holds which information, and who controls what (as of a date).")
  @OptionGroup var options: GraphOptions
  @Option(help: "Only this party.")
  var party: String?
  @OptionGroup var output: OutputOptions<TextOrJSON>

  func run() throws {
    let graph = try options.load()
    let node = try party.map { try options.node($0, in: graph, kinds: [.party]) }
    let holdings = InformationHoldings(graph)
    try output.write(
      inputs: options.source.inputs,
      text: { HoldingsReport.text(holdings, party: node) },
      json: { HoldingsReport.json(holdings, party: node) })
  }
}
