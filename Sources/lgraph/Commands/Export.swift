import ArgumentParser
import Foundation
import LiabilityGraph
import LiabilityInterop

/// Formats `export` writes.
enum ExportTarget: String, ExpressibleByArgument, CaseIterable {
  case cyclonedx, spdx3
}

/// Both standards are JSON, whatever the file is called (`.spdx.json`,
/// `.jsonld`, `.cdx.json`).
enum StandardFileFormats: OutputFormats {
  static let formats: [FileFormat] = [.json]
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
  @OptionGroup var output: OutputOptions<StandardFileFormats>

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
    try output.write(text, inputs: options.source.inputs)
  }
}
