import ArgumentParser
import LiabilityGraph
import LiabilityReports
import LiabilityStore

struct Paths: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Every path from a product, incident, service or model to upstream models and datasets.")
  @OptionGroup var options: GraphOptions
  @Option(help: "The product, incident, service or model to start from.")
  var from: String
  @OptionGroup var output: OutputOptions<TextOrJSON>

  func run() throws {
    let graph = try options.load(around: StoreFocus(ids: [from]))
    let node = try options.node(
      from, in: graph, kinds: [.product, .incident, .service, .model])
    try output.write(
      inputs: options.source.inputs,
      text: { GraphReports.pathsText(graph, from: node) },
      json: { GraphReports.pathsJSON(graph, from: node) })
  }
}
