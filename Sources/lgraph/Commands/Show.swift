import ArgumentParser
import LiabilityGraph
import LiabilityReports

struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Summarise what a file holds.")
  @OptionGroup var options: GraphOptions
  @OptionGroup var output: OutputOptions<TextOrJSON>

  func run() throws {
    let graph = try options.load()
    try output.write(
      inputs: options.source.inputs,
      text: { GraphReports.showText(graph) },
      json: { GraphReports.showJSON(graph) })
  }
}
