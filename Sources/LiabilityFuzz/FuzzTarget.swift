import Foundation
import LiabilityGraph
import LiabilityInterop
import LiabilityRender
import LiabilityReports
import LiabilityRules
import LiabilityStore

/// What the fuzzers drive: every reader of outside input, each with the
/// invariant it must keep beyond "no crash". `Scripts/fuzz` runs them under
/// libFuzzer with the address sanitizer; the tests replay the seeds and
/// every input that once failed (`Fuzz/regressions`).
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// A chain in YAML: what loads, written back as JSON, loads again to
  /// the same graph; its reports and drawing are made, and hold no
  /// character their format forbids.
  case chainYAML = "chain-yaml"
  /// A chain in JSON, with the same invariants.
  case chainJSON = "chain-json"
  /// A regime pack: what loads is shown, and its own text loads again to
  /// the same rules.
  case regime
  /// A Hugging Face model card: what the import writes loads.
  case huggingFace = "hf"
  /// A CycloneDX ML-BOM: what the import writes loads.
  case cycloneDX = "cyclonedx"
  /// An SPDX 3 document: what the import writes loads.
  case spdx3
  /// A Model Openness Framework file: what the import writes loads.
  case mof
  /// An ecosystem-graphs asset file: what the import writes loads.
  case ecosystemGraphs = "ecosystem-graphs"
  /// An answer of the Hugging Face Hub's API (a model's information, read
  /// offline from the cache the client keeps): what the import made
  /// passes the checks and reads back the same.
  case hub
  /// An AI Incident Database export (`incidents.csv`): what the import
  /// made passes the checks and reads back the same.
  case aiid
  /// A CSV edge list: every record's fields have places, lines only grow,
  /// and an import of it leaves a store that loads.
  case csv
  /// A store file: what opens reads as a chain that loads.
  case store

  /// Feeds `bytes` to the target and returns every invariant it broke
  /// (empty when none). A crash is the sanitizer's to report.
  public func run(_ bytes: [UInt8]) -> [String] {
    switch self {
    case .chainYAML: return Self.chain(bytes, json: false)
    case .chainJSON: return Self.chain(bytes, json: true)
    case .regime: return Self.regime(bytes)
    case .huggingFace, .cycloneDX, .spdx3, .mof, .ecosystemGraphs, .hub, .aiid:
      return importer(bytes)
    case .csv: return Self.csv(bytes)
    case .store: return Self.store(bytes)
    }
  }

  // MARK: Chains

  static func chain(_ bytes: [UInt8], json: Bool) -> [String] {
    let file = json ? "fuzz.json" : "fuzz.yaml"
    let (result, syntax) = Loader.loadKeepingSyntax(bytes: bytes, file: file, json: json)
    var problems: [String] = []
    for diagnostic in result.diagnostics where diagnostic.location.line < 1 {
      problems.append("a diagnostic without a place: \(diagnostic)")
    }
    guard let document = result.document, let graph = result.graph, let syntax else {
      if result.diagnostics.allSatisfy({ $0.severity != .error }) {
        problems.append("nothing loaded, and no error said why")
      }
      return problems
    }
    // Written back as JSON, it loads again to the same graph.
    let written = StoredText.json(syntax)
    let again = Loader.load(bytes: Array(written.utf8), file: "again.json", json: true)
    if let reloaded = again.graph {
      if Shape(reloaded) != Shape(graph) {
        problems.append("the JSON written back is another graph")
      }
    } else {
      problems.append(
        "the JSON written back does not load: \(again.errors.first.map { "\($0)" } ?? "")")
    }
    // Its reports and its drawing.
    let dot = DOTWriter().write(graph)
    problems += forbidden(in: dot, "the DOT source")
    problems += forbidden(in: GraphReports.rolesText(graph), "the roles report")
    if let incident = document.incidents.first,
      let trace = try? IncidentTrace.trace(document, incident: incident.id)
    {
      let html = TraceHTML.html(trace, svg: nil)
      problems += forbidden(in: html, "the HTML report")
      let markdown = TraceReport.text(trace, markdown: true)
      if markdown.contains("<script") { problems.append("the Markdown report holds raw HTML") }
      for line in TraceReport.csv(trace).split(separator: "\n") where !line.isEmpty {
        if let first = line.first, "=+-@".contains(first) {
          problems.append("a CSV row starts like a formula: \(line.prefix(40))")
        }
      }
    }
    return problems
  }

  /// Characters no text output may hold: control characters but tab and
  /// line breaks, and the noncharacters U+FFFE and U+FFFF.
  package static func forbidden(in text: String, _ what: String) -> [String] {
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0D: continue
      case 0x00...0x1F, 0x7F, 0xFFFE, 0xFFFF:
        return ["\(what) holds U+\(String(scalar.value, radix: 16, uppercase: true))"]
      default: continue
      }
    }
    return []
  }

  /// The nodes and edges of a graph, to compare two readings.
  struct Shape: Equatable {
    var nodes: [String]
    var edges: [String]

    init(_ graph: SupplyChainGraph) {
      nodes = (0..<graph.nodeCount).map { "\(graph.kinds[$0].rawValue) \(graph.ids[$0])" }.sorted()
      edges = graph.edges.map {
        "\(graph.ids[$0.from]) \($0.kind.rawValue) \($0.relation?.rawValue ?? "-") \(graph.ids[$0.to])"
      }.sorted()
    }
  }

  // MARK: Packs

  static func regime(_ bytes: [UInt8]) -> [String] {
    guard let text = String(validating: bytes, as: UTF8.self) else { return [] }
    let result = RegimeLoader.load(text: text, file: "fuzz-pack.yaml")
    guard let regime = result.regime else {
      return result.diagnostics.contains { $0.severity == .error }
        ? [] : ["nothing loaded, and no error said why"]
    }
    var problems = forbidden(in: RegimeReport.text(regime), "the pack report")
    _ = RegimeReport.json(regime).rendered()
    let again = RegimeLoader.load(text: regime.text ?? text, file: "again.yaml")
    if again.regime?.rules.map(\.id) != regime.rules.map(\.id) {
      problems.append("the pack's own text loads to other rules")
    }
    return problems
  }

  // MARK: Importers

  func importer(_ bytes: [UInt8]) -> [String] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lgraph-fuzz-\(getpid())-\(rawValue)")
    let (directory, name) = importPlace(folder)
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent(name)
    guard (try? Data(bytes).write(to: file)) != nil else { return [] }
    defer { try? FileManager.default.removeItem(at: file) }
    let result: ImportResult
    switch self {
    case .hub:
      // The answer as the client keeps it: the cache file of the request
      // for `org/model`, read offline (its bases and children are not in
      // the cache: warnings).
      let cache = directory.appendingPathComponent("cache")
      try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: cache) }
      let kept = cache.appendingPathComponent(
        HubClient.cacheName("/api/models/org/model?blobs=true"))
      let envelope: [String: Any] = [
        "url": "https://huggingface.co/api/models/org/model?blobs=true",
        "retrieved": "2026-12-01", "body": String(decoding: bytes, as: UTF8.self),
      ]
      guard let data = try? JSONSerialization.data(withJSONObject: envelope),
        (try? data.write(to: kept)) != nil
      else { return [] }
      let client = HubClient(cache: cache.path, offline: true)
      result = HubImport(roots: ["org/model"], depth: 2, down: true).read(with: client)
    case .aiid: result = AIIDImport.read(paths: [file.path])
    case .huggingFace: result = HuggingFaceImport.read(paths: [file.path])
    case .cycloneDX: result = CycloneDXImport.read(paths: [file.path])
    case .spdx3: result = SPDX3Import.read(paths: [file.path])
    case .mof: result = MOFImport.read(paths: [file.path])
    default: result = EcosystemGraphsImport.read(paths: [file.path])
    }
    // What the import made passes the checks, and reads back the same
    // once written, as YAML and as JSON.
    let checked = Loader.check(result.document)
    guard checked.errors.isEmpty else {
      return ["what the import made does not pass the checks: \(checked.errors[0])"]
    }
    var problems: [String] = []
    for format in [DocumentWriter.Format.json, .yaml] {
      let text = DocumentWriter.text(result.document, as: format)
      let again = Loader.load(
        bytes: Array(text.utf8), file: "import.\(format.rawValue)", json: format == .json)
      guard let document = again.document else {
        problems.append(
          "what the import made does not load once written as \(format.rawValue): "
            + "\(again.errors.first.map(\.description) ?? "")")
        continue
      }
      if DocumentWriter.text(document, as: format) != text {
        problems.append("what the import made reads back changed from \(format.rawValue)")
      }
    }
    return problems
  }

  /// Where an importer's input is written: a card sits in `org/model/`.
  func importPlace(_ folder: URL) -> (URL, String) {
    switch self {
    case .huggingFace: return (folder.appendingPathComponent("org/model"), "README.md")
    case .cycloneDX: return (folder, "bom.json")
    case .spdx3: return (folder, "doc.spdx3.json")
    case .mof: return (folder, "model.yml")
    case .aiid: return (folder, "incidents.csv")
    default: return (folder, "assets.yaml")
    }
  }

  // MARK: CSV and the store

  static func csv(_ bytes: [UInt8]) -> [String] {
    var problems = FuzzProbe.csvRecords(bytes)
    // Imported into a store, the list leaves one that loads.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lgraph-fuzz-\(getpid())-csv")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let list = folder.appendingPathComponent("list.csv")
    let path = folder.appendingPathComponent("s.sqlite").path
    guard (try? Data(bytes).write(to: list)) != nil,
      let store = try? GraphStore.open(at: path, create: true)
    else { return problems }
    defer { try? store.close() }
    _ = try? store.importEdgeList(
      at: list.path, defaultRelation: .finetune, message: "fuzz", origin: "fuzz")
    do {
      let document = try store.document()
      _ = SupplyChainGraph(document: document)
      let json = try store.export(as: .json)
      let loaded = Loader.load(bytes: Array(json.utf8), file: "export.json", json: true)
      if !loaded.errors.isEmpty {
        problems.append("the store's export does not load: \(loaded.errors[0])")
      }
    } catch {
      problems.append("the store cannot be read after an edge-list import: \(error)")
    }
    return problems
  }

  /// The store's read path on any file: it opens read-only or is refused
  /// with a reason, and what opens reads (whole, and in parts around its
  /// first items) or fails with a StoreError (the sanitizer reports
  /// anything worse).
  static func store(_ bytes: [UInt8]) -> [String] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lgraph-fuzz-\(getpid())-store")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("s.sqlite").path
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: path + suffix)
    }
    guard (try? Data(bytes).write(to: URL(fileURLWithPath: path))) != nil else { return [] }
    let store: GraphStore
    do {
      store = try GraphStore.open(at: path, readOnly: true)
    } catch {
      return error.message.isEmpty ? ["a store refused without a reason"] : []
    }
    defer { try? store.close() }
    _ = try? store.log()
    _ = try? store.stats()
    let document = try? store.document()
    _ = try? store.export(as: .json)
    // The part reads walk the edge rows themselves.
    let ids = [
      document?.models.first?.id, document?.products.first?.id, document?.parties.first?.id,
    ]
    for id in ids.compactMap({ $0 }) {
      _ = try? store.document(around: StoreFocus(ids: [id], downstream: true))
      _ = try? store.document(around: StoreFocus(ids: [id], depth: 2))
    }
    return []
  }
}
