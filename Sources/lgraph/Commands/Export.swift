import ArgumentParser
import Foundation
import LiabilityGraph
import LiabilityInterop

/// Formats `export` writes.
enum ExportTarget: String, ExpressibleByArgument, CaseIterable {
  case cyclonedx, spdx3
  case hfCard = "hf-card"
}

/// Both standards are JSON, whatever the file is called (`.spdx.json`,
/// `.jsonld`, `.cdx.json`); a Hub card's front matter is written to a
/// README (`.md`) or a `.yaml` file.
enum StandardFileFormats: OutputFormats {
  static let formats: [FileFormat] = [.json, .md, .yaml]
  static var otherFiles: FileFormat? { .json }
}

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Write the chain in a standard format (SPDX 3.0.1 AI, CycloneDX 1.6 ML-BOM, a Hub card).",
    discussion: """
      Neither format has a fine-tune relation: fine-tunes, adapters, distillations, \
      continued pre-training and merges are descent (SPDX descendantOf, CycloneDX pedigree \
      ancestors), quantizations and conversions variants, each with its relation kept \
      (docs/interop.md). SPDX's mandatory fields the chain cannot fill are warnings.
      """)
  @OptionGroup var options: GraphOptions
  @Option(
    help: "The format: spdx3, cyclonedx, or hf-card (a model's Hugging Face card front matter).")
  var to: ExportTarget
  @Option(help: "With --to hf-card: the model whose card to write.")
  var model: String?
  @OptionGroup var output: OutputOptions<StandardFileFormats>

  func validate() throws {
    if to == .hfCard, model == nil {
      throw ValidationError("--to hf-card writes one model's card: give --model ID")
    }
    if to != .hfCard, model != nil {
      throw ValidationError("--model is for --to hf-card; \(to.rawValue) exports the whole chain")
    }
  }

  func run() throws {
    let graph = try options.load()
    let text: String
    switch to {
    case .hfCard:
      let id = model ?? ""
      _ = try options.node(id, in: graph, kinds: [.model])
      guard let card = HubCardWriter.card(graph, model: id) else {
        throw UsageError("no model '\(id)' on the chain's date")
      }
      for note in card.notes { Diagnostics.stderr("warning: \(note)") }
      text = card.text
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
