import ArgumentParser
import LiabilityGraph
import LiabilityReports

struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Summarise what a file holds.")
  @OptionGroup var options: GraphOptions
  @OptionGroup var output: FormatOption

  func run() throws {
    let graph = try options.load()
    output.print(
      text: { GraphReports.showText(graph) },
      json: { GraphReports.showJSON(graph) })
  }
}
