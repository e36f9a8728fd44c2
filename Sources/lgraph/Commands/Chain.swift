import ArgumentParser
import LiabilityGraph
import LiabilityReports
import LiabilityStore

struct Chain: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "The supply chain of a product and every party's role in it.")
  @OptionGroup var options: GraphOptions
  @Option(help: "The product.")
  var product: String
  @OptionGroup var output: OutputOptions<TextOrJSON>

  func run() throws {
    let graph = try options.load(around: StoreFocus(ids: [product]))
    let node = try options.node(product, in: graph, kinds: [.product])
    try output.write(
      inputs: options.source.inputs,
      text: { GraphReports.chainText(graph, product: node) },
      json: { GraphReports.chainJSON(graph, product: node) })
  }
}
