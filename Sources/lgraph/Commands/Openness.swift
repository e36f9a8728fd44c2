import ArgumentParser
import Foundation
import LiabilityGraph
import LiabilityInterop
import LiabilityReports
import LiabilityRules

struct OpennessCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "openness",
    abstract: "The Model Openness Framework class of models (Class I, II, III or none).",
    discussion: """
      Reads a Model Openness Framework model file (framework: and release:) or a \
      liability-graph file (each model's components:). Prints the class, the progress \
      toward each class, and the components that are missing, not openly licensed or \
      unlicensed.
      """)
  @Argument(help: "A MOF model file, or a liability-graph/1 file.")
  var file: String
  @Option(help: "In a liability-graph file, only this model.")
  var model: String?
  @OptionGroup var output: OutputOptions<TextOrJSON>

  func run() throws {
    let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    if MOFModelFile.looksLikeMOF(text) {
      let release: MOFRelease
      do {
        release = try MOFModelFile.read(path: file)
      } catch {
        Diagnostics.stderr(error.description)
        throw ExitCode(1)
      }
      for unknown in release.unknownComponents {
        Diagnostics.stderr(
          "\(file):\(unknown.line): warning: '\(unknown.name)' is not a Model Openness Framework "
            + "component; it is left out")
      }
      for problem in release.componentProblems {
        Diagnostics.stderr("\(file):\(problem.line): warning: \(problem.message)")
      }
      let result = Openness.classify(
        components: release.frameworkComponents, global: release.licenses)
      try output.write(
        inputs: [file],
        text: { OpennessReport.text(release.name, result) },
        json: { OpennessReport.json(result, model: release.name) })
      return
    }
    let document = try SourceOptions.make(file: file).loadDocument()
    var models = document.models
    if let model {
      guard let found = models.first(where: { $0.id == model }) else {
        throw UsageError(
          "no model '\(model)' in \(file)"
            + (Suggestion.closest(to: model, in: models.map(\.id)).map { "; did you mean '\($0)'?" }
              ?? ""))
      }
      models = [found]
    }
    let results = models.map { ($0, Openness.of($0)) }
    try output.write(
      inputs: [file],
      text: {
        results.map { OpennessReport.text("\($0.0.id) (\($0.0.name))", $0.1) }
          .joined(separator: "\n\n")
      },
      json: {
        model != nil
          ? OpennessReport.json(results[0].1, model: results[0].0.id)
          : .object([
            ("models", .array(results.map { OpennessReport.json($0.1, model: $0.0.id) }))
          ])
      })
  }
}
