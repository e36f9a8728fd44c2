import ArgumentParser
import LiabilityGraph
import LiabilityReports
import LiabilityStore

struct Lineage: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "The ancestors (or with --down, descendants) of a model.")
  @OptionGroup var options: GraphOptions
  @Option(help: "The model (or, with --supply-chain, any node) to start from.")
  var of: String
  @Flag(help: "Descendants instead of ancestors.")
  var down = false
  @Flag(help: "Follow the whole supply chain, not only lineage edges.")
  var supplyChain = false
  @OptionGroup var output: OutputOptions<TextOrJSON>

  func run() throws {
    let graph = try options.load(around: StoreFocus(ids: [of], downstream: down))
    let kinds: [NodeKind] =
      supplyChain
      ? [.model, .dataset, .service, .product, .incident, .license] : [.model]
    let node = try options.node(of, in: graph, kinds: kinds)
    let direction: Direction = down ? .down : .up
    try output.write(
      inputs: options.source.inputs,
      text: {
        GraphReports.lineageText(
          graph, of: node, direction: direction, supplyChain: supplyChain)
      },
      json: {
        GraphReports.lineageJSON(
          graph, of: node, direction: direction, supplyChain: supplyChain)
      })
  }
}
