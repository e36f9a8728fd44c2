import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityInterop

/// Every fact of every example comes back from CycloneDX and SPDX as
/// `docs/interop.md`'s round-trip table says: the facts it lists as carried
/// are the same after export and import, those it lists as not carried do
/// not come back, and every fact an example states has a row.
@Suite struct RoundTripTests {
  /// One row of the table: the item kind, the fact's key, and per format
  /// whether it comes back.
  struct Row: Hashable {
    var item: String
    var key: String
    var carried: [String: Bool]
  }

  static let formats = ["cyclonedx", "spdx3"]

  /// The round-trip table of `docs/interop.md`: `| item | `key` | cell |
  /// cell |`, a cell starting `not carried` for a fact that does not come
  /// back.
  static func table() throws -> [Row] {
    let text = try String(
      contentsOf: interopRoot.appendingPathComponent("docs/interop.md"), encoding: .utf8)
    guard let start = text.range(of: "<!-- round-trip table -->"),
      let end = text.range(of: "<!-- end of round-trip table -->")
    else {
      Issue.record("docs/interop.md has no round-trip table")
      return []
    }
    var rows: [Row] = []
    for line in text[start.upperBound..<end.lowerBound].split(separator: "\n") {
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard cells.count == 6, cells[1] != "Item", !cells[1].hasPrefix("-") else { continue }
      let keys = cells[2].split(separator: ",").map {
        $0.trimmingCharacters(in: CharacterSet(charactersIn: " `"))
      }
      for key in keys {
        rows.append(
          Row(
            item: cells[1], key: key,
            carried: [
              "cyclonedx": !cells[3].hasPrefix("not carried"),
              "spdx3": !cells[4].hasPrefix("not carried"),
            ]))
      }
    }
    return rows
  }

  /// The keys of reference lists, whose entries an export keeps when they
  /// name an item valid on its date.
  static let referenceLists: Set<String> = [
    "trained_on", "distributed_by", "uses", "models", "hosts", "deployers", "sources",
  ]

  /// The items of a graph's view (valid on its date), by `kind id`, each
  /// as its syntax's entries (canonical JSON per key; lineage and digests
  /// in a fixed order, which neither standard keeps; references to items
  /// outside the view left out).
  static func items(_ graph: SupplyChainGraph) -> [String: [String: String]] {
    var out: [String: [String: String]] = [:]
    func inView(_ reference: SyntaxNode) -> Bool {
      var id = ""
      var from: Day? = nil
      var to: Day? = nil
      switch reference.content {
      case .scalar(let text, _): id = text
      case .mapping(let entries):
        for entry in entries {
          guard case .scalar(let text, _) = entry.value.content else { continue }
          if entry.key == "id" { id = text }
          if entry.key == "valid_from" { from = Day(text) }
          if entry.key == "valid_to" { to = Day(text) }
        }
      default: return true
      }
      guard graph.node(id) != nil else { return false }
      guard let day = graph.asOf else { return true }
      return (from.map { $0 <= day } ?? true) && (to.map { day < $0 } ?? true)
    }
    func put(_ kind: String, _ id: String, _ node: SyntaxNode) {
      guard case .mapping(let entries) = node.content else { return }
      var values: [String: String] = [:]
      for entry in entries where entry.key != "id" {
        var value = entry.value
        if ["derived_from", "hashes"].contains(entry.key), case .sequence(let list) = value.content
        {
          value.content = .sequence(list.sorted { StoredText.json($0) < StoredText.json($1) })
        }
        if referenceLists.contains(entry.key), case .sequence(let list) = value.content {
          value.content = .sequence(list.filter(inView))
        }
        values[entry.key] = StoredText.json(value)
      }
      out[kind + " " + id] = values
    }
    let document = graph.document
    for node in 0..<graph.nodeCount {
      let id = graph.ids[node]
      if let party = graph.party(at: node) { put("party", id, DocumentWriter.syntax(party)) }
      if let model = graph.model(at: node) { put("model", id, DocumentWriter.syntax(model)) }
      if let dataset = graph.dataset(at: node) {
        put("dataset", id, DocumentWriter.syntax(dataset))
      }
      if let service = graph.service(at: node) {
        put("service", id, DocumentWriter.syntax(service))
      }
      if let product = graph.product(at: node) {
        put("product", id, DocumentWriter.syntax(product))
      }
      if let incident = graph.incident(at: node) {
        put("incident", id, DocumentWriter.syntax(incident))
      }
      if let source = graph.source(at: node) { put("source", id, DocumentWriter.syntax(source)) }
    }
    let valid = { (fact: Fact) in graph.asOf.map { fact.holds(on: $0) } ?? true }
    for license in document.licenses where valid(license.fact) {
      put("license", license.id, DocumentWriter.syntax(license))
    }
    for disclosure in document.disclosures where valid(disclosure.fact) {
      put("disclosure", disclosure.id, DocumentWriter.syntax(disclosure))
    }
    for contract in document.contracts where valid(contract.fact) {
      put("contract", contract.id, DocumentWriter.syntax(contract))
    }
    return out
  }

  /// What an import of `format` makes of `graph`'s export.
  static func roundTrip(_ graph: SupplyChainGraph, _ format: String, _ name: String) throws
    -> SupplyChainGraph
  {
    let text =
      format == "cyclonedx"
      ? CycloneDXWriter.bom(graph).rendered() : SPDX3Writer.document(graph).json.rendered()
    let file = try writeTemporary(text, "\(name).\(format).json")
    defer { try? FileManager.default.removeItem(at: file) }
    let result =
      format == "cyclonedx"
      ? CycloneDXImport.read(paths: [file.path]) : SPDX3Import.read(paths: [file.path])
    #expect(result.diagnostics.isEmpty, "\(name) \(format): \(result.printed)")
    let back = try importedDocument(result)
    return SupplyChainGraph(document: back, asOf: graph.asOf)
  }

  @Test(arguments: interopExamples)
  func everyFactComesBackAsTheTableSays(name: String) throws {
    let rows = try Self.table()
    #expect(rows.count > 40, "the table has \(rows.count) rows")
    let graph = try exampleGraph(name)
    let original = Self.items(graph)
    for format in Self.formats {
      let back = Self.items(try Self.roundTrip(graph, format, name))
      #expect(Set(back.keys) == Set(original.keys), "\(name) \(format): the same items")
      for (item, facts) in original.sorted(by: { $0.key < $1.key }) {
        let kind = String(item.prefix { $0 != " " })
        for (key, value) in facts.sorted(by: { $0.key < $1.key }) {
          guard let row = rows.first(where: { $0.item == kind && $0.key == key }) else {
            Issue.record("\(name): \(kind) fact '\(key)' has no row in docs/interop.md")
            continue
          }
          if row.carried[format] == true {
            #expect(
              back[item]?[key] == value,
              "\(name) \(format): \(item) \(key) came back as \(back[item]?[key] ?? "nothing")")
          } else {
            #expect(
              back[item]?[key] != value,
              "\(name) \(format): \(item) \(key) is said not to come back, but does")
          }
        }
      }
    }
  }

  // The chain's own facts come back, and a party keeps its id even where
  // its name would mint another.
  @Test func partyIdsAndTheChainsFactsSurvive() throws {
    let text = """
      format: liability-graph/1
      title: Acme's chain
      as_of: 2026-06-01
      parties:
        - {id: acme-ml, name: Acme ML Ltd, kind: company, jurisdictions: [GB], revenue_usd: 2.0e7}
        - {id: hub, name: Hub, kind: company, jurisdictions: [US]}
      models:
        - id: base
          name: Base
          developer: acme-ml
          derived_from: []
          parameters: 7.0e9
          weights: open
          distributed_by: [hub]
          revision: 0123456789abcdef0123456789abcdef01234567
          hashes:
            - {file: model.safetensors, sha256: \(String(repeating: "ab", count: 32)), known: verified}
            - {sha256: \(String(repeating: "cd", count: 32)), known: declared}
        - id: tuned
          name: Tuned
          developer: acme-ml
          derived_from:
            - {model: base, relation: finetune, compute_flop: 3.0e21, cost_usd: 12000, date: 2026-02-01}
      """
    let file = try writeTemporary(text, "acme.yaml")
    defer { try? FileManager.default.removeItem(at: file) }
    let document = try #require(Loader.load(path: file.path).document)
    let graph = SupplyChainGraph(document: document, asOf: document.asOf)
    for format in Self.formats {
      let back = try Self.roundTrip(graph, format, "acme")
      #expect(back.document.title == "Acme's chain", "\(format)")
      #expect(back.document.parties.map(\.id).sorted() == ["acme-ml", "hub"], "\(format)")
      #expect(Self.items(back) == Self.items(graph), "\(format)")
      let base = try #require(back.document.models.first { $0.id == "base" })
      #expect(base.lineageStated && base.derivedFrom.isEmpty, "\(format): no base, stated")
      #expect(base.hashes.count == 2, "\(format)")
      #expect(base.hashes.first { $0.file == "model.safetensors" }?.known == .verified)
      let link = try #require(back.document.models.first { $0.id == "tuned" }?.derivedFrom.first)
      #expect(link.computeFLOP == 3.0e21 && link.costUSD == 12000, "\(format)")
      #expect(link.date == Day("2026-02-01"), "\(format)")
    }
  }

  // The digests are where each standard puts them: CycloneDX `hashes`
  // (the artifact) and nested `file` components; SPDX `verifiedUsing` on
  // the package and on each `software_File` it contains.
  @Test func digestsAreInTheStandardsOwnFields() throws {
    let graph = try exampleGraph("llama-3.1-lexbot")
    var document = graph.document
    let index = try #require(document.models.firstIndex { $0.id == "llama-3.1-8b" })
    document.models[index].hashes = [
      FileHash(file: "model-00001-of-00004.safetensors", sha256: String(repeating: "1", count: 64)),
      FileHash(file: nil, sha256: String(repeating: "2", count: 64)),
    ]
    let pinned = SupplyChainGraph(document: document, asOf: graph.asOf)
    let bom = CycloneDXWriter.bom(pinned).rendered()
    #expect(bom.contains("\"alg\": \"SHA-256\""))
    #expect(bom.contains("\"type\": \"file\""))
    #expect(bom.contains("\"name\": \"model-00001-of-00004.safetensors\""))
    let spdx = SPDX3Writer.document(pinned).json.rendered()
    #expect(spdx.contains("\"verifiedUsing\""))
    #expect(spdx.contains("\"software_File\""))
    #expect(spdx.contains("\"algorithm\": \"sha256\""))
    // Both still pass the standards' own validators.
    let (bomStatus, bomOutput) = try validator(cycloneDXCheck, input: bom)
    #expect(bomStatus == 0, "\(bomOutput)")
    let (spdxStatus, spdxOutput) = try validator(spdxCheck, input: spdx)
    #expect(spdxStatus == 0, "\(spdxOutput)")
  }
}
