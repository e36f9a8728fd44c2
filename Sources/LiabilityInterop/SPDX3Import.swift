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
public enum SPDX3Import {
  /// Reads the SPDX documents at `paths` into one chain; a file that cannot
  /// be read as a JSON-LD document is left out with a warning.
  public static func read(paths: [String]) -> ImportResult {
    var warnings: [String] = []
    var chain = ImportedChain()
    var read = 0
    func text(_ value: String) -> String { ImportedChain.text(value) }
    for path in paths {
      let document: JSONView
      switch JSONView.parse(path: path) {
      case .success(let view): document = view
      case .failure(let failure):
        warnings.append(failure.message + "; left out")
        continue
      }
      guard let elements = document["@graph"]?.array, !elements.isEmpty else {
        warnings.append("\(path):1: not an SPDX 3 JSON-LD document (no @graph); left out")
        continue
      }
      read += 1
      // The first element of each spdxId is read; a second is left out.
      var byID: [String: JSONView] = [:]
      var kept: [String: Int] = [:]
      for (index, element) in elements.enumerated() {
        guard let id = element["spdxId"]?.string else { continue }
        if byID[id] != nil {
          warnings.append(
            "\(path):\(element.line): spdxId '\(id)' is defined twice (first at line "
              + "\(byID[id]?.line ?? 0)); this one is left out")
          continue
        }
        byID[id] = element
        kept[id] = index
      }
      func name(_ spdxID: String?) -> String? {
        spdxID.flatMap { byID[$0]?["name"]?.string }
      }
      var used: Set<String> = Set(
        chain.modelOrder + chain.datasets.map(\.id) + chain.services.map(\.id)
          + chain.products.map(\.id))
      var items: [String: (NodeKind, String)] = [:]
      func itemID(_ spdxID: String, _ element: JSONView) -> String {
        let tail = spdxID.split(separator: ":").last.map(String.init) ?? ""
        var base =
          SyntaxDecoder.validIDBytes(tail.utf8) && !tail.isEmpty
          ? tail : EcosystemGraphsImport.slug(element["name"]?.string ?? spdxID)
        if spdxID.contains(":model:") || spdxID.contains(":dataset:")
          || spdxID.contains(":product:")
          || spdxID.contains(":service:")
        {
          // An lgraph export: the id follows the kind.
          for marker in [":model:", ":dataset:", ":product:", ":service:"] {
            if let range = spdxID.range(of: marker) { base = String(spdxID[range.upperBound...]) }
          }
          // What follows the kind is an id only if it reads as one.
          if !SyntaxDecoder.validIDBytes(base.utf8) {
            base = EcosystemGraphsImport.slug(element["name"]?.string ?? base)
          }
        }
        var candidate = base
        var n = 2
        while used.contains(candidate) {
          candidate = EcosystemGraphsImport.numbered(base, n)
          n += 1
        }
        if candidate != base {
          warnings.append(
            "\(path):\(element.line): '\(base)' is already imported (from this or an earlier "
              + "file); this one is recorded as '\(candidate)'")
        }
        used.insert(candidate)
        return candidate
      }
      for (index, element) in elements.enumerated() {
        guard let spdxID = element["spdxId"]?.string, kept[spdxID] == index else { continue }
        switch element["type"]?.string {
        case "ai_AIPackage": items[spdxID] = (.model, itemID(spdxID, element))
        case "dataset_DatasetPackage": items[spdxID] = (.dataset, itemID(spdxID, element))
        case "software_Package":
          if spdxID.contains(":service:") {
            items[spdxID] = (.service, itemID(spdxID, element))
          } else if element["software_primaryPurpose"]?.string == "application" {
            items[spdxID] = (.product, itemID(spdxID, element))
          }
        default: break
        }
      }
      var relations: [(from: String, type: String, to: [String], comment: String?, line: Int)] = []
      for element in elements where element["type"]?.string == "Relationship" {
        guard let from = element["from"]?.string, let type = element["relationshipType"]?.string
        else {
          warnings.append(
            "\(path):\(element.line): a relationship without from or relationshipType; left out")
          continue
        }
        guard byID[from] != nil else {
          warnings.append(
            "\(path):\(element.line): \(type) from '\(from)', which the document does not "
              + "define; left out")
          continue
        }
        var to = element["to"]?.array.compactMap(\.string) ?? []
        if let single = element["to"]?.string {
          warnings.append(
            "\(path):\(element.line): 'to' of a \(type) relationship must be a list; read as "
              + "['\(single)']")
          to = [single]
        }
        relations.append((from, type, to, element["comment"]?.string, element.line))
      }
      func stated(_ comment: String?) -> LineageRelation? {
        guard let comment, comment.hasPrefix("lgraph relation: ") else { return nil }
        return LineageRelation(rawValue: String(comment.dropFirst("lgraph relation: ".count)))
      }
      func targets(_ from: String, _ type: String, _ kinds: [NodeKind]) -> [String] {
        relations.filter { $0.from == from && $0.type == type }.flatMap { relation in
          relation.to.compactMap { target -> String? in
            guard let item = items[target] else {
              if byID[target] == nil {
                warnings.append(
                  "\(path):\(relation.line): \(type) names '\(target)', which the document does "
                    + "not define; left out")
              }
              return nil
            }
            return kinds.contains(item.0) ? item.1 : nil
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
              String(text.dropFirst("LicenseRef-".count)), name: expression["name"]?.string)
          }
          return chain.license(text, name: expression["name"]?.string)
        }
        return nil
      }
      for (index, element) in elements.enumerated() {
        guard let spdxID = element["spdxId"]?.string, kept[spdxID] == index,
          let (kind, id) = items[spdxID]
        else {
          continue
        }
        var fields = [
          "\"id\":\(text(id))", "\"name\":\(text(element["name"]?.string ?? id))",
        ]
        if let description = element["description"]?.string {
          fields.append("\"description\":\(text(description))")
        }
        if let url = element["software_downloadLocation"]?.string, url.hasPrefix("http") {
          fields.append("\"url\":\(text(url))")
        }
        let released = element["releaseTime"]?.string.map { String($0.prefix(10)) }
        switch kind {
        case .model:
          fields.append("\"developer\":\(text(chain.party(name(element["suppliedBy"]?.string))))")
          if let released, Day(released) != nil { fields.append("\"released\":\(text(released))") }
          if let license = license(spdxID) { fields.append("\"license\":\(text(license))") }
          let datasets = targets(spdxID, "trainedOn", [.dataset])
          if !datasets.isEmpty {
            fields.append("\"trained_on\":[" + datasets.map(text).joined(separator: ",") + "]")
          }
          let descent = relations.filter { $0.from == spdxID && $0.type == "descendantOf" }
          let bases = descent.flatMap { relation in
            relation.to.map { ($0, stated(relation.comment)) }
          }
          for (target, relation) in bases {
            guard let base = items[target], base.0 == .model else { continue }
            chain.link(
              id, to: base.1, relation: relation, fallback: .finetune,
              assumedBecause: "SPDX does not say how", at: path)
          }
          for relation in relations
          where relation.type == "hasVariant" && relation.to.contains(spdxID) {
            guard let base = items[relation.from], base.0 == .model else { continue }
            chain.link(
              id, to: base.1, relation: stated(relation.comment), fallback: .quantize,
              assumedBecause: "SPDX does not say how", at: "\(path):\(relation.line)")
          }
          chain.models[id] = fields
          chain.modelOrder.append(id)
        case .dataset:
          let publisher = element["originatedBy"]?.array.first?.string
          fields.append("\"publisher\":\(text(chain.party(name(publisher))))")
          if let released, Day(released) != nil { fields.append("\"released\":\(text(released))") }
          if let built = element["builtTime"]?.string.map({ String($0.prefix(10)) }),
            Day(built) != nil
          {
            fields.append("\"built\":\(text(built))")
          }
          if let license = license(spdxID) { fields.append("\"license\":\(text(license))") }
          chain.datasets.append((id, fields))
        case .service:
          fields.append("\"provider\":\(text(chain.party(name(element["suppliedBy"]?.string))))")
          let models = targets(spdxID, "dependsOn", [.model])
          if !models.isEmpty {
            fields.append("\"models\":[" + models.map(text).joined(separator: ",") + "]")
          }
          chain.services.append((id, fields))
        default:
          fields.append("\"vendor\":\(text(chain.party(name(element["suppliedBy"]?.string))))")
          let uses = targets(spdxID, "dependsOn", [.service, .model])
          if !uses.isEmpty {
            fields.append("\"uses\":[" + uses.map(text).joined(separator: ",") + "]")
          }
          chain.products.append((id, fields))
        }
      }
    }
    let json = chain.json(title: "Imported from SPDX 3")
    return ImportResult(
      json: json, warnings: warnings + chain.notes,
      summary: [
        "\(read) documents read of \(paths.count) files: \(chain.modelOrder.count) models, "
          + "\(chain.datasets.count) datasets, \(chain.services.count) services, "
          + "\(chain.products.count) products"
      ])
  }
}
