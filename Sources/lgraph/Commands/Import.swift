import ArgumentParser
import Foundation
import LiabilityGraph
import LiabilityInterop
import LiabilityRules
import LiabilityStore

/// Formats `import` reads.
enum ImportSource: String, ExpressibleByArgument, CaseIterable {
  case hf
  case ecosystemGraphs = "ecosystem-graphs"
  case mof
  case cyclonedx
  case spdx3
  case aiid
}

struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Build a chain from other formats (Hugging Face cards, ecosystem-graphs).",
    discussion: """
      hf: README.md files with YAML front matter (base_model, base_model_relation, \
      license, datasets). ecosystem-graphs: Stanford CRFM asset files (assets/*.yaml). \
      mof: Model Openness Framework model files (release: producer, origin, components). \
      cyclonedx: CycloneDX 1.6 ML-BOMs (JSON). spdx3: SPDX 3.0.1 JSON-LD documents. \
      aiid: the AI Incident Database's snapshot exports (incidents, reports, entities; CSV \
      or JSON). \
      Problems are warnings with their file and line; the import goes \
      on and says what it resolved. Writes liability-graph/1 YAML (or JSON by -o's \
      extension), or records it in a store with --db.
      """)
  @Argument(help: "The format: hf, ecosystem-graphs, mof, cyclonedx, spdx3 or aiid.")
  var format: ImportSource
  @Argument(help: "The files to read.")
  var paths: [String] = []
  @Option(
    name: .customLong("hub"),
    help: "hf: read this model (ORG/NAME) from the Hugging Face Hub's API (repeatable).")
  var hub: [String] = []
  @Option(help: "With --hub: how many lineage links to follow from each model.")
  var depth = 1
  @Flag(help: "With --hub: follow children (models that name it as their base) too.")
  var down = false
  @Option(
    help: """
      With --hub: keep every response in this folder (default: $XDG_CACHE_HOME/lgraph/hub, \
      else ~/.cache/lgraph/hub).
      """)
  var cache: String?
  @Flag(help: "With --hub: read only from the cache; never touch the network.")
  var offline = false
  @Option(
    help: "With --hub: the Hub's address (default: $HF_ENDPOINT, else https://huggingface.co).")
  var endpoint: String?
  @Option(
    help: """
      With one card: the model's Hub id, ORG/NAME (else the card's model_id; several cards \
      take ORG/NAME from their folders).
      """)
  var id: String?
  @OptionGroup var output: OutputOptions<ChainFileFormats>
  @Option(name: .customLong("db"), help: "Record the chain in this store instead.")
  var db: String?
  @OptionGroup var warnings: WarningOptions

  func validate() throws {
    if !hub.isEmpty {
      guard format == .hf else {
        throw ValidationError("--hub reads from the Hugging Face Hub: use import hf")
      }
      guard paths.isEmpty else {
        throw ValidationError("give --hub models or card files, not both")
      }
      guard depth >= 0 else { throw ValidationError("--depth is 0 or more") }
      for id in hub where !SyntaxDecoder.validIDBytes(Array(id.utf8)) || id.hasPrefix("/") {
        throw ValidationError("--hub '\(id)' is not a Hub model id (ORG/NAME)")
      }
    } else if down || offline || cache != nil || endpoint != nil {
      throw ValidationError("--depth, --down, --cache, --offline and --endpoint go with --hub")
    }
    if paths.isEmpty && hub.isEmpty { throw ValidationError("give at least one file") }
    if id != nil, paths.count > 1 { throw ValidationError("--id names one card; give one file") }
    if let id, !SyntaxDecoder.validIDBytes(Array(id.utf8)) {
      throw ValidationError(
        "--id '\(id)' is not a valid id: ids are non-empty and use letters, digits and "
          + ". _ - / : @ +")
    }
    if output.output != nil || output.format != nil, db != nil {
      throw ValidationError("give -o (or --format) or --db, not both")
    }
  }

  func run() throws {
    if let file = output.output { try OutputFile.refuseInput(file, inputs: paths) }
    let result: ImportResult
    switch format {
    case .hf where !hub.isEmpty: result = readHub()
    case .hf: result = HuggingFaceImport.read(paths: paths, id: id)
    case .ecosystemGraphs: result = EcosystemGraphsImport.read(paths: paths)
    case .mof: result = MOFImport.read(paths: paths)
    case .cyclonedx: result = CycloneDXImport.read(paths: paths)
    case .spdx3: result = SPDX3Import.read(paths: paths)
    case .aiid: result = AIIDImport.read(paths: paths)
    }
    Diagnostics.print(result.diagnostics, warnings: warnings.mode)
    if result.diagnostics.contains(where: { $0.severity == .error }) {
      Diagnostics.stderr("error: the import stopped on the error above; nothing was written")
      throw ExitCode(1)
    }
    for line in result.summary { Diagnostics.stderr(line) }
    // The chain made is checked as a file is, once.
    let document = result.document
    let checked = Loader.check(document)
    guard checked.document != nil else {
      Diagnostics.print(checked.diagnostics)
      Diagnostics.stderr("error: the imported chain does not load; nothing was written")
      throw ExitCode(1)
    }
    let items =
      document.parties.count + document.models.count + document.datasets.count
      + document.services.count + document.products.count + document.incidents.count
    guard items > 0 else {
      Diagnostics.stderr(
        "error: nothing usable was read from \((paths + hub).joined(separator: ", ")) as "
          + "\(format.rawValue); nothing was written")
      throw ExitCode(1)
    }
    if let db {
      try reportingStoreErrors {
        let store = try GraphStore.open(at: db, create: true)
        defer { try? store.close() }
        // The chain as made: recorded from the document, not written out first.
        let summary = try store.importDocument(
          document, checked: checked, file: "import:\(format.rawValue)",
          message: "import \(format.rawValue) "
            + (paths + hub.map { "--hub " + $0 }).joined(separator: " "),
          origin: "import:\(format.rawValue)")
        var line =
          "revision \(summary.revision): \(summary.added.count) added, "
          + "\(summary.changed.count) changed, \(summary.removed.count) removed"
        if !summary.removed.isEmpty {
          let shown = summary.removed.prefix(5).joined(separator: ", ")
          let more = summary.removed.count > 5 ? ", ..." : ""
          line +=
            " (the store's \(format.rawValue) import is replaced whole by each import: "
            + shown + more + ")"
        }
        print(line)
        // A re-import says, for each item changed, which facts changed.
        for line in summary.changedLines { print(line) }
      }
    } else {
      let text = DocumentWriter.text(document, as: DocumentWriter.Format(output.chosen) ?? .yaml)
      try output.write(text, inputs: paths)
    }
  }

  /// The models of `--hub` and their lineage, through the Hub's API.
  func readHub() -> ImportResult {
    let environment = ProcessInfo.processInfo.environment
    let folder =
      cache
      ?? (environment["XDG_CACHE_HOME"].map { $0 + "/lgraph/hub" }
        ?? environment["HOME"].map { $0 + "/.cache/lgraph/hub" })
    let client = HubClient(
      endpoint: endpoint ?? environment["HF_ENDPOINT"] ?? "https://huggingface.co",
      cache: folder, offline: offline, token: environment["HF_TOKEN"],
      log: { Diagnostics.stderr("note: " + $0) })
    return HubImport(roots: hub, depth: depth, down: down).read(with: client)
  }
}
