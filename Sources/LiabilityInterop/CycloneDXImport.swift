import Foundation
import LiabilityGraph

/// Reads CycloneDX 1.6 ML-BOMs (JSON) into a chain: `machine-learning-model`
/// components as models (their supplier, or manufacturer, the developer;
/// `pedigree.ancestors` their bases, `pedigree.variants` the models they are
/// a quantization of; `modelCard.modelParameters.datasets` their training
/// data), `data` components as datasets, `application` components as
/// products, `services` as services, and `dependencies` for what serves and
/// uses what. An `lgraph:relation` property keeps the relation a BOM written
/// by lgraph carries; otherwise ancestors are fine-tunes and variants
/// quantizations, marked `relation_assumed`.
public struct CycloneDXImport: ChainImporter {
  /// The chain's title.
  public var title: String { "Imported from CycloneDX" }
  var read = 0
  var skipped = 0

  /// An importer.
  public init() {}

  static let unattributed = "Unattributed (the document names no supplier)"

  /// Reads one BOM.
  public mutating func read(_ file: ImportedFile, into chain: inout ChainAssembler) {
    guard let bom = file.json(&chain) else { return }
    guard bom["bomFormat"]?.string == "CycloneDX" else {
      chain.warn(
        .notAChain, "not a CycloneDX BOM (no bomFormat CycloneDX); left out", at: file.at(1))
      return
    }
    read += 1
    func at(_ view: JSONView) -> SourceLocation { file.at(view.line, view.column) }
    // bom-ref -> (kind, id)
    var refs: [String: (NodeKind, String)] = [:]
    func id(for component: JSONView, prefix: String, _ what: String) -> String {
      let ref = component["bom-ref"]?.string ?? ""
      let base = ref.hasPrefix(prefix) ? String(ref.dropFirst(prefix.count)) : ref
      return chain.mint(
        base, name: component["name"]?.string ?? ref, what: what, at: at(component))
    }
    func supplier(_ component: JSONView) -> String? {
      component["supplier"]?["name"]?.string ?? component["manufacturer"]?["name"]?.string
        ?? component["publisher"]?.string
    }
    func property(_ component: JSONView, _ name: String) -> String? {
      component["properties"]?.array.first { $0["name"]?.string == "lgraph:\(name)" }?["value"]?
        .string
    }
    func properties(_ component: JSONView, _ name: String) -> [String] {
      (component["properties"]?.array ?? []).filter { $0["name"]?.string == "lgraph:\(name)" }
        .compactMap { $0["value"]?.string }
    }
    func license(of component: JSONView) -> String? {
      if let id = property(component, "license"), ChainAssembler.isID(id) {
        return chain.license(id, at: at(component))
      }
      guard let first = component["licenses"]?.array.first else { return nil }
      if let expression = first["expression"]?.string {
        return chain.license(expression, name: expression, at: at(first))
      }
      let license = first["license"]
      return chain.license(
        license?["id"]?.string, name: license?["name"]?.string, at: at(first))
    }
    // A BOM whose components list is missing, misspelt or not a list says
    // so: otherwise it would import nothing without a word.
    if let list = bom["components"] {
      if case .sequence = list.node.content {
      } else {
        chain.warn(
          .wrongType, "'components' is not a list; no component of this BOM is read", at: at(list))
      }
    } else if let near = bom.keys.first(where: {
      $0.key != "components"
        && Suggestion.closest(to: "components", in: [$0.key.lowercased()]) != nil
    }) {
      chain.warn(
        .unknownKey,
        "'\(near.key)' is not a CycloneDX key; did you mean 'components'? No component of this "
          + "BOM is read", at: file.at(near.line, near.column))
    }
    let components = bom["components"]?.array ?? []
    // First pass: ids for every component kept; the first component of
    // each bom-ref is read, a second left out.
    var kept: [String: Int] = [:]
    for (index, component) in components.enumerated() {
      guard let ref = component["bom-ref"]?.string else { continue }
      if let first = kept[ref] {
        chain.warn(
          .duplicateID, "bom-ref '\(ref)' is used twice; this component is left out",
          at: at(component), notes: [.init("'\(ref)' first used here", at: at(components[first]))])
        continue
      }
      kept[ref] = index
      switch component["type"]?.string {
      case "machine-learning-model":
        refs[ref] = (.model, id(for: component, prefix: "model:", "model"))
      case "data": refs[ref] = (.dataset, id(for: component, prefix: "dataset:", "dataset"))
      case "application":
        refs[ref] = (.product, id(for: component, prefix: "product:", "product"))
      default: break
      }
    }
    for service in bom["services"]?.array ?? [] {
      guard let ref = service["bom-ref"]?.string else { continue }
      refs[ref] = (.service, id(for: service, prefix: "service:", "service"))
    }
    var dependsOn: [String: [String]] = [:]
    for entry in bom["dependencies"]?.array ?? [] {
      guard let ref = entry["ref"]?.string else { continue }
      dependsOn[ref] = entry["dependsOn"]?.array.compactMap(\.string) ?? []
    }
    func resolve(_ ref: String, _ kinds: [NodeKind], at place: SourceLocation, _ what: String)
      -> Reference?
    {
      guard let target = refs[ref] else {
        chain.warn(.unknownReference, "\(what) '\(ref)' is not in the BOM; left out", at: place)
        return nil
      }
      guard kinds.contains(target.0) else { return nil }
      return Reference(id: target.1, location: place)
    }
    for (index, component) in components.enumerated() {
      let type = component["type"]?.string ?? ""
      if let ref = component["bom-ref"]?.string, kept[ref] != index { continue }
      guard let ref = component["bom-ref"]?.string, let (kind, itemID) = refs[ref] else {
        skipped += 1
        if !["machine-learning-model", "data", "application"].contains(type) { continue }
        chain.warn(
          .unsupportedItem, "a \(type) component without a bom-ref; left out", at: at(component))
        continue
      }
      let place = at(component)
      let fact = Fact(location: place)
      let name = component["name"]?.string ?? itemID
      let description = component["description"]?.string
      let url = component["externalReferences"]?.array.first {
        ["website", "distribution", "vcs"].contains($0["type"]?.string ?? "")
      }?["url"]?.string
      let owner = chain.organization(
        supplier(component), unattributed: Self.unattributed, at: place)
      switch kind {
      case .model:
        let license = license(of: component)
        func invalid(_ key: String, _ value: String, _ expected: String) {
          chain.warn(
            .invalidValue, "lgraph:\(key) '\(value)' of '\(name)' is not \(expected); left out",
            at: place)
        }
        var generalPurpose: Bool? = nil
        if let general = property(component, "general_purpose") {
          if ["true", "false"].contains(general) {
            generalPurpose = general == "true"
          } else {
            invalid("general_purpose", general, "true or false")
          }
        }
        var weights: WeightsAccess? = nil
        if let text = property(component, "weights") {
          weights = WeightsAccess(rawValue: text)
          if weights == nil { invalid("weights", text, "open, gated, closed or api-only") }
        }
        var released: Day? = nil
        if let text = property(component, "released") {
          released = Day(text)
          if released == nil { invalid("released", text, "a date (YYYY-MM-DD)") }
        }
        var compute: Double? = nil
        if let text = property(component, "training_compute_flop") {
          if let number = SyntaxDecoder.parseNumber(text), number.isFinite, number >= 0 {
            compute = number
          } else {
            invalid("training_compute_flop", text, "a non-negative number")
          }
        }
        let datasets = (component["modelCard"]?["modelParameters"]?["datasets"]?.array ?? [])
          .compactMap { entry -> Reference? in
            guard let target = entry["ref"]?.string else { return nil }
            return resolve(target, [.dataset], at: at(entry), "dataset")
          }
        for (list, assumed) in [("ancestors", LineageRelation.finetune), ("variants", .quantize)] {
          for entry in component["pedigree"]?[list]?.array ?? [] {
            let target = property(entry, "ref") ?? entry["bom-ref"]?.string ?? ""
            guard
              let base = refs[target] ?? refs["model:" + target]
                ?? refs.values.first(where: {
                  $0.0 == .model && entry["name"]?.string == $0.1
                })
                ?? components.first(where: {
                  $0["type"]?.string == "machine-learning-model"
                    && $0["name"]?.string == entry["name"]?.string
                }).flatMap({ $0["bom-ref"]?.string }).flatMap({ refs[$0] })
            else {
              chain.warn(
                .unknownReference,
                "\(list.dropLast()) '\(entry["name"]?.string ?? target)' of '\(name)' is not a "
                  + "model in the BOM; left out", at: at(entry))
              continue
            }
            let statedText = property(entry, "relation")
            let stated = statedText.flatMap(LineageRelation.init(rawValue:))
            if let statedText, stated == nil {
              chain.warn(
                .invalidValue,
                "unknown lgraph:relation '\(statedText)' of '\(name)'; its relation is assumed "
                  + "(relation_assumed)", at: at(entry))
            }
            chain.link(
              itemID, to: base.1, relation: stated, assumed: assumed,
              because: "the BOM does not say how", at: at(entry))
          }
        }
        chain.add(
          Model(
            id: itemID, name: name, developer: owner, released: released,
            trainingComputeFLOP: compute, generalPurpose: generalPurpose, weights: weights,
            license: license, trainedOn: datasets, description: description, url: url,
            fact: fact))
      case .dataset:
        chain.add(
          Dataset(
            id: itemID, name: name, publisher: owner, license: license(of: component),
            description: description, url: url, fact: fact))
      default:
        let uses = (dependsOn[ref] ?? []).compactMap {
          resolve($0, [.service, .model], at: place, "dependency")
        }
        let markets = chain.jurisdictions(
          properties(component, "market"), key: "lgraph:market", of: name, at: place)
        chain.add(
          Product(
            id: itemID, name: name, vendor: owner, uses: uses, markets: markets,
            riskAreasStated: false, generatesStated: false, functionsStated: false,
            systemChangesStated: false, description: description, url: url, fact: fact))
      }
    }
    for service in bom["services"]?.array ?? [] {
      guard let ref = service["bom-ref"]?.string, let (_, itemID) = refs[ref] else { continue }
      let place = at(service)
      let name = service["name"]?.string ?? itemID
      let provider = chain.organization(
        service["provider"]?["name"]?.string, unattributed: Self.unattributed, at: place)
      let models = (dependsOn[ref] ?? []).compactMap {
        resolve($0, [.model], at: place, "dependency")
      }
      let regions = chain.jurisdictions(
        properties(service, "region"), key: "lgraph:region", of: service["name"]?.string ?? "",
        at: place)
      let hosts = properties(service, "host").map {
        Reference(
          id: chain.organization($0, unattributed: Self.unattributed, at: place), location: place)
      }
      chain.add(
        Service(
          id: itemID, name: name, provider: provider, models: models, hosts: hosts,
          regions: regions, generatesStated: false, functionsStated: false,
          fact: Fact(location: place)))
    }
  }

  /// How many BOMs and items.
  public func summary(of chain: ChainAssembler, files: Int) -> [String] {
    let n = chain.counts
    return [
      "\(read) BOMs read of \(files) files: \(n.models) models, \(n.datasets) datasets, "
        + "\(n.services) services, \(n.products) products; \(skipped) other components left out"
    ]
  }
}
