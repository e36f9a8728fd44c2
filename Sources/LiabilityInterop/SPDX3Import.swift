import Foundation
import LiabilityGraph

/// Reads SPDX 3.0.1 JSON-LD documents into a chain: `ai_AIPackage` as
/// models (`suppliedBy` the developer, `releaseTime` the release,
/// `software_downloadLocation` the address), `dataset_DatasetPackage` as
/// datasets (`originatedBy` the publisher), `software_Package` with the
/// `application` purpose as products, `Organization` and `Person` as
/// parties, and the relationships: `trainedOn`, `descendantOf` (a base),
/// `hasVariant` (a quantization of the base), `dependsOn` (what a product
/// uses) and `hasDeclaredLicense`. A relationship `comment` of the form
/// `lgraph relation: R` keeps the relation a document written by lgraph
/// carries; otherwise descent is a fine-tune and a variant a quantization,
/// marked `relation_assumed`. Packages an export marked as services
/// (`…:service:ID`) come back as services.
public struct SPDX3Import: ChainImporter {
  /// The chain's title.
  public var title: String { "Imported from SPDX 3" }
  var read = 0

  /// An importer.
  public init() {}

  static let unattributed = "Unattributed (the document names no supplier)"

  /// Reads one document.
  public mutating func read(_ file: ImportedFile, into chain: inout ChainAssembler) {
    guard let document = file.json(&chain) else { return }
    guard let elements = document["@graph"]?.array, !elements.isEmpty else {
      chain.warn(
        .notAChain, "not an SPDX 3 JSON-LD document (no @graph); left out", at: file.at(1))
      return
    }
    read += 1
    func at(_ view: JSONView) -> SourceLocation { file.at(view.line, view.column) }
    // The first element of each spdxId is read; a second is left out.
    var byID: [String: JSONView] = [:]
    var kept: [String: Int] = [:]
    for (index, element) in elements.enumerated() {
      guard let id = element["spdxId"]?.string else { continue }
      if let first = byID[id] {
        chain.warn(
          .duplicateID, "spdxId '\(id)' is defined twice; this one is left out", at: at(element),
          notes: [.init("'\(id)' first defined here", at: at(first))])
        continue
      }
      byID[id] = element
      kept[id] = index
    }
    func name(_ spdxID: String?) -> String? {
      spdxID.flatMap { byID[$0]?["name"]?.string }
    }
    var items: [String: (NodeKind, String)] = [:]
    func itemID(_ spdxID: String, _ element: JSONView, _ what: String) -> String {
      var wanted = spdxID.split(separator: ":").last.map(String.init) ?? ""
      // An lgraph export: the id follows the kind.
      for marker in [":model:", ":dataset:", ":product:", ":service:"] {
        if let range = spdxID.range(of: marker) { wanted = String(spdxID[range.upperBound...]) }
      }
      return chain.mint(
        wanted, name: element["name"]?.string ?? spdxID, what: what, at: at(element))
    }
    for (index, element) in elements.enumerated() {
      guard let spdxID = element["spdxId"]?.string, kept[spdxID] == index else { continue }
      switch element["type"]?.string {
      case "ai_AIPackage": items[spdxID] = (.model, itemID(spdxID, element, "model"))
      case "dataset_DatasetPackage":
        items[spdxID] = (.dataset, itemID(spdxID, element, "dataset"))
      case "software_Package":
        if spdxID.contains(":service:") {
          items[spdxID] = (.service, itemID(spdxID, element, "service"))
        } else if element["software_primaryPurpose"]?.string == "application" {
          items[spdxID] = (.product, itemID(spdxID, element, "product"))
        }
      default: break
      }
    }
    var relations:
      [(from: String, type: String, to: [String], comment: String?, at: SourceLocation)] = []
    for element in elements where element["type"]?.string == "Relationship" {
      guard let from = element["from"]?.string, let type = element["relationshipType"]?.string
      else {
        chain.warn(
          .missingKey, "a relationship without from or relationshipType; left out",
          at: at(element))
        continue
      }
      guard byID[from] != nil else {
        chain.warn(
          .unknownReference,
          "\(type) from '\(from)', which the document does not define; left out", at: at(element))
        continue
      }
      var to = element["to"]?.array.compactMap(\.string) ?? []
      if let single = element["to"]?.string {
        chain.warn(
          .wrongType, "'to' of a \(type) relationship must be a list; read as ['\(single)']",
          at: at(element))
        to = [single]
      }
      relations.append((from, type, to, element["comment"]?.string, at(element)))
    }
    func stated(_ comment: String?) -> LineageRelation? {
      guard let comment, comment.hasPrefix("lgraph relation: ") else { return nil }
      return LineageRelation(rawValue: String(comment.dropFirst("lgraph relation: ".count)))
    }
    func targets(_ from: String, _ type: String, _ kinds: [NodeKind]) -> [Reference] {
      relations.filter { $0.from == from && $0.type == type }.flatMap { relation in
        relation.to.compactMap { target -> Reference? in
          guard let item = items[target] else {
            if byID[target] == nil {
              chain.warn(
                .unknownReference,
                "\(type) names '\(target)', which the document does not define; left out",
                at: relation.at)
            }
            return nil
          }
          return kinds.contains(item.0) ? Reference(id: item.1, location: relation.at) : nil
        }
      }
    }
    func license(_ from: String) -> String? {
      for relation in relations
      where relation.from == from && relation.type == "hasDeclaredLicense" {
        guard let target = relation.to.first, let expression = byID[target] else { continue }
        let text = expression["simplelicensing_licenseExpression"]?.string
        if let text, text.hasPrefix("LicenseRef-") {
          return chain.license(
            String(text.dropFirst("LicenseRef-".count)), name: expression["name"]?.string,
            at: at(expression))
        }
        return chain.license(text, name: expression["name"]?.string, at: at(expression))
      }
      return nil
    }
    func party(_ element: JSONView, _ key: String) -> String {
      let named = element[key]?.string ?? element[key]?.array.first?.string
      return chain.organization(name(named), unattributed: Self.unattributed, at: at(element))
    }
    for (index, element) in elements.enumerated() {
      guard let spdxID = element["spdxId"]?.string, kept[spdxID] == index,
        let (kind, id) = items[spdxID]
      else {
        continue
      }
      let place = at(element)
      let fact = Fact(location: place)
      let itemName = element["name"]?.string ?? id
      let description = element["description"]?.string
      let url = element["software_downloadLocation"]?.string.flatMap {
        $0.hasPrefix("http") ? $0 : nil
      }
      let released = element["releaseTime"]?.string.flatMap { Day(String($0.prefix(10))) }
      switch kind {
      case .model:
        let developer = party(element, "suppliedBy")
        let license = license(spdxID)
        let datasets = targets(spdxID, "trainedOn", [.dataset])
        for relation in relations where relation.from == spdxID && relation.type == "descendantOf" {
          for target in relation.to {
            guard let base = items[target], base.0 == .model else { continue }
            chain.link(
              id, to: base.1, relation: stated(relation.comment), assumed: .finetune,
              because: "SPDX does not say how", at: relation.at)
          }
        }
        for relation in relations
        where relation.type == "hasVariant" && relation.to.contains(spdxID) {
          guard let base = items[relation.from], base.0 == .model else { continue }
          chain.link(
            id, to: base.1, relation: stated(relation.comment), assumed: .quantize,
            because: "SPDX does not say how", at: relation.at)
        }
        chain.add(
          Model(
            id: id, name: itemName, developer: developer, released: released, license: license,
            trainedOn: datasets, description: description, url: url, fact: fact))
      case .dataset:
        let publisher = party(element, "originatedBy")
        let built = element["builtTime"]?.string.flatMap { Day(String($0.prefix(10))) }
        chain.add(
          Dataset(
            id: id, name: itemName, publisher: publisher, license: license(spdxID),
            released: released, built: built, description: description, url: url, fact: fact))
      case .service:
        let provider = party(element, "suppliedBy")
        chain.add(
          Service(
            id: id, name: itemName, provider: provider,
            models: targets(spdxID, "dependsOn", [.model]), generatesStated: false,
            functionsStated: false, description: description, url: url, fact: fact))
      default:
        let vendor = party(element, "suppliedBy")
        chain.add(
          Product(
            id: id, name: itemName, vendor: vendor,
            uses: targets(spdxID, "dependsOn", [.service, .model]), riskAreasStated: false,
            generatesStated: false, functionsStated: false, systemChangesStated: false,
            description: description, url: url, fact: fact))
      }
    }
  }

  /// How many documents and items.
  public func summary(of chain: ChainAssembler, files: Int) -> [String] {
    let n = chain.counts
    return [
      "\(read) documents read of \(files) files: \(n.models) models, \(n.datasets) datasets, "
        + "\(n.services) services, \(n.products) products"
    ]
  }
}
