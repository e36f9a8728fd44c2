import ArgumentParser
import Foundation
import LiabilityGraph

/// `lgraph`: maps the AI model supply chain and says who owes what.
struct LGraph: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lgraph",
    abstract: "Map the AI model supply chain and say who owes what.",
    discussion: """
      Reads supply chains written in the liability-graph/1 format (YAML or \
      JSON): who pre-trained, modified, hosts, serves and sells each model. \
      Exit status: 0 success, 1 the input has errors, 2 usage error.
      """,
    version: "0.1.0",
    subcommands: [
      Validate.self, Show.self, Roles.self, Lineage.self, Chain.self,
      Paths.self, Holdings.self, Duties.self, Compare.self, Regimes.self, Render.self,
      Licenses.self, Trace.self, DB.self, Export.self, Import.self, OpennessCommand.self,
      Schema.self, Verify.self,
    ]
  )
}

@main
enum Entry {
  static func main() {
    do {
      var command = try LGraph.parseAsRoot()
      try command.run()
    } catch let error as UsageError {
      Diagnostics.stderr("error: \(error)")
      Foundation.exit(2)
    } catch {
      let code = LGraph.exitCode(for: error)
      if code == .validationFailure {
        // Usage errors exit 2, as documented.
        Diagnostics.stderr(LGraph.fullMessage(for: error))
        Foundation.exit(2)
      }
      LGraph.exit(withError: error)
    }
  }
}
