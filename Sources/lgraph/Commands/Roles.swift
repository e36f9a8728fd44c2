import ArgumentParser
import LiabilityGraph
import LiabilityReports

struct Roles: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Derive each party's roles, with the reason for each.")
  @OptionGroup var options: GraphOptions
  @OptionGroup var output: OutputOptions<TextOrJSON>

  func run() throws {
    let graph = try options.load()
    try output.write(
      inputs: options.source.inputs,
      text: { GraphReports.rolesText(graph) },
      json: { GraphReports.rolesJSON(graph) })
  }
}
