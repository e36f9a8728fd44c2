import ArgumentParser
import LiabilityGraph
import LiabilityReports
import LiabilityStore

/// Output formats of `lineage`.
enum LineageFormats: OutputFormats {
  static let formats: [FileFormat] = [.text, .json, .csv]
}

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
  @OptionGroup var output: OutputOptions<LineageFormats>

  func run() throws {
    let graph = try options.load(around: StoreFocus(ids: [of], downstream: down))
    let kinds: [NodeKind] =
      supplyChain
      ? [.model, .dataset, .service, .product, .incident, .license] : [.model]
    let node = try options.node(of, in: graph, kinds: kinds)
    let direction: Direction = down ? .down : .up
    let text: String
    switch output.chosen {
    case .json:
      text =
        GraphReports.lineageJSON(
          graph, of: node, direction: direction, supplyChain: supplyChain
        ).rendered() + "\n"
    case .csv:
      text = Registers.lineageCSV(graph, of: node, direction: direction, supplyChain: supplyChain)
    default:
      text =
        GraphReports.lineageText(graph, of: node, direction: direction, supplyChain: supplyChain)
        + "\n"
    }
    try output.write(text, inputs: options.source.inputs)
  }
}
