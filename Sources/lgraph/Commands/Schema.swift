import ArgumentParser
import LiabilityGraph

/// The schema is JSON, whatever the file is called.
enum SchemaFormats: OutputFormats {
  static let formats: [FileFormat] = [.json]
}

struct Schema: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the JSON Schema of liability-graph/1 (for editors' completion and checks).",
    discussion: """
      Point the YAML language server at it (docs/liability-graph-1.schema.json, or a file \
      this writes) for completion and checking in an editor. The loader stays the judge: \
      `lgraph validate` checks references, cycles and dates a schema cannot.
      """)
  @OptionGroup var output: OutputOptions<SchemaFormats>

  func run() throws {
    try output.write(FormatSchema.schema.rendered() + "\n", inputs: [])
  }
}
