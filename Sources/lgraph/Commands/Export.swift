import ArgumentParser
import Foundation
import LiabilityGraph
import LiabilityInterop

/// Formats `export` writes.
enum ExportTarget: String, ExpressibleByArgument, CaseIterable {
  case cyclonedx, spdx3
}

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the chain in a standard format (SPDX 3.0.1 AI, CycloneDX 1.6 ML-BOM).",
    discussion: """
      Neither format has a fine-tune relation: fine-tunes, adapters, distillations, \
      continued pre-training and merges are descent (SPDX descendantOf, CycloneDX pedigree \
      ancestors), quantizations and conversions variants, each with its relation kept \
      (docs/interop.md). SPDX's mandatory fields the chain cannot fill are warnings.
      """)
  @OptionGroup var options: GraphOptions
  @Option(help: "The format: spdx3 or cyclonedx.")
  var to: ExportTarget
  @Option(name: .shortAndLong, help: "Write to this file (whole or not at all).")
  var output: String?

  func run() throws {
    let graph = try options.load()
    let text: String
    switch to {
    case .cyclonedx: text = CycloneDXWriter.bom(graph).rendered() + "\n"
    case .spdx3:
      let (json, missing) = SPDX3Writer.document(graph)
      for line in missing {
        Diagnostics.stderr("warning: SPDX 3 requires a field the chain does not give: \(line)")
      }
      text = json.rendered() + "\n"
    }
    if let output {
      try OutputFile.write(text, to: output, inputs: options.source.inputs)
    } else {
      print(text, terminator: "")
    }
  }
}
