import Foundation
import LiabilityGraph

/// A small view of a parsed JSON document for the importers: typed lookups
/// that answer nil rather than fail.
struct JSONView {
  let node: SyntaxNode

  subscript(_ key: String) -> JSONView? {
    guard case .mapping(let entries) = node.content,
      let entry = entries.first(where: { $0.key == key })
    else { return nil }
    return JSONView(node: entry.value)
  }

  var string: String? {
    if case .scalar(let value, _) = node.content { return value }
    return nil
  }

  var array: [JSONView] {
    if case .sequence(let items) = node.content { return items.map(JSONView.init) }
    return []
  }

  var line: Int { node.line }

  /// The keys of a mapping, with the line each is on.
  var keys: [(key: String, line: Int, column: Int)] {
    guard case .mapping(let entries) = node.content else { return [] }
    return entries.map { ($0.key, $0.keyLine, $0.keyColumn) }
  }

  /// A parse problem, in words with its place.
  struct Failure: Error {
    var message: String
  }

  static func parse(path: String) -> Result<JSONView, Failure> {
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(Failure(message: "\(path): cannot be read"))
    }
    switch JSONReader(file: path).read([UInt8](data)) {
    case .success(let node): return .success(JSONView(node: node))
    case .failure(let list):
      let first = list.diagnostics.first
      return .failure(
        Failure(
          message: "\(path):\(first?.location.line ?? 1): not JSON (\(first?.message ?? ""))"))
    }
  }
}

/// Builds liability-graph JSON from what a standard document says.
struct ImportedChain {
  var parties: [(id: String, name: String)] = []
  var models: [String: [String]] = [:]  // id -> fields
  var modelOrder: [String] = []
  var datasets: [(id: String, fields: [String])] = []
  var services: [(id: String, fields: [String])] = []
  var products: [(id: String, fields: [String])] = []
  var licenses: [String] = []
  /// Warnings the chain itself raises (not tied to a file line).
  var notes: [String] = []
  /// One link of a model to a base: the relation the document states, or
  /// the one assumed (`fallback`; ancestors that are not stated are a merge
  /// when two or more remain), and why it is assumed.
  struct Link {
    var base: String
    var relation: LineageRelation?
    var fallback: LineageRelation
    var assumedBecause: String
    var place: String
  }

  /// Each model's links to its bases.
  var lineage: [String: [Link]] = [:]

  /// Records a model's link to a base; a model that names itself is left
  /// out with a note, and a base named twice is recorded once.
  mutating func link(
    _ model: String, to base: String, relation: LineageRelation?, fallback: LineageRelation,
    assumedBecause: String, at place: String
  ) {
    guard base != model else {
      notes.append("\(place): '\(model)' names itself as its base (a self-loop); left out")
      return
    }
    guard !(lineage[model] ?? []).contains(where: { $0.base == base }) else { return }
    lineage[model, default: []].append(
      Link(
        base: base, relation: relation, fallback: fallback, assumedBecause: assumedBecause,
        place: place))
  }

  /// A model's remaining links as the format can hold them: relations
  /// assumed now that cycles are broken (unstated ancestors are a merge when
  /// two or more remain or a stated merge is there), stated links before
  /// assumed ones, a merge left with one base recorded as a fine-tune, and a
  /// second base of one non-merge relation left out (an assumed one gives
  /// way to a stated one); each change noted.
  mutating func resolvedLinks(_ model: String) -> [String] {
    let links = lineage[model] ?? []
    let statedMerge = links.contains { $0.relation == .merge }
    let unstatedAncestors = links.filter { $0.relation == nil && $0.fallback == .finetune }.count
    let all: [(link: Link, relation: LineageRelation, assumed: Bool)] = links.map { link in
      if let relation = link.relation { return (link, relation, false) }
      let merge = link.fallback == .finetune && (statedMerge || unstatedAncestors > 1)
      return (link, merge ? .merge : link.fallback, true)
    }
    var resolved = all.filter { !$0.assumed } + all.filter(\.assumed)
    let merges = resolved.indices.filter { resolved[$0].relation == .merge }
    if merges.count == 1, let only = merges.first {
      notes.append(
        "\(resolved[only].link.place): '\(model)' is left with one merge base "
          + "'\(resolved[only].link.base)'; recorded as a fine-tune (relation_assumed)")
      resolved[only].relation = .finetune
      resolved[only].assumed = true
    }
    var seen: Set<LineageRelation> = []
    var out: [String] = []
    for entry in resolved {
      if entry.relation != .merge, !seen.insert(entry.relation).inserted {
        notes.append(
          "\(entry.link.place): '\(model)' already has a \(entry.relation.rawValue) base; "
            + "'\(entry.link.base)' left out (the format holds one base per relation, or a merge)")
        continue
      }
      let base = Self.text(entry.link.base)
      let relation = Self.text(entry.relation.rawValue)
      let because = Self.text(entry.link.assumedBecause)
      let extra = entry.assumed ? ",\"extra\":{\"relation_assumed\":\(because)}" : ""
      out.append("{\"model\":\(base),\"relation\":\(relation)\(extra)}")
    }
    return out
  }

  /// Leaves out each link that closes a lineage cycle, with a note.
  mutating func breakCycles() {
    var state: [String: Int] = [:]
    for start in modelOrder where state[start] == nil {
      var stack: [(String, Int)] = [(start, 0)]
      state[start] = 1
      while let (node, next) = stack.last {
        let bases = lineage[node] ?? []
        if next < bases.count {
          stack[stack.count - 1].1 += 1
          let base = bases[next].base
          if state[base] == 1 {
            notes.append(
              "'\(node)' derives from '\(base)', which derives from '\(node)' through its bases "
                + "(a lineage cycle); '\(node)' keeps no link to '\(base)'")
            lineage[node]?.remove(at: next)
            stack[stack.count - 1].1 -= 1
          } else if state[base] == nil {
            state[base] = 1
            stack.append((base, 0))
          }
        } else {
          state[node] = 2
          stack.removeLast()
        }
      }
    }
  }

  static func text(_ value: String) -> String { StoredText.quoted(value) }

  mutating func party(_ name: String?) -> String {
    guard let name, !name.isEmpty else {
      if !parties.contains(where: { $0.id == "unattributed" }) {
        parties.append(("unattributed", "Unattributed (the document names no supplier)"))
      }
      return "unattributed"
    }
    let id = "org:" + EcosystemGraphsImport.slug(name)
    if !parties.contains(where: { $0.id == id }) { parties.append((id, name)) }
    return id
  }

  /// A license reference: a known license's id, or a new license item.
  mutating func license(_ id: String?, name: String?) -> String? {
    if let id, let known = BuiltinLicenses.shared.canonicalID(for: id) { return known }
    if let name, let known = EcosystemGraphsImport.license(name) { return known }
    guard let label = id ?? name else { return nil }
    let licenseID =
      SyntaxDecoder.validIDBytes(label.utf8) ? label : EcosystemGraphsImport.slug(label)
    if !licenses.contains(licenseID) {
      licenses.append(licenseID)
      notes.append(
        "license '\(label)' is not a built-in license; it is recorded by name, without its facts "
          + "(OSI approval, revocability, use restrictions): state them in the chain")
    }
    return licenseID
  }

  /// The chain as liability-graph JSON, lineage cycles broken first.
  mutating func json(title: String) -> String {
    breakCycles()
    var links: [String: [String]] = [:]
    for id in modelOrder { links[id] = resolvedLinks(id) }
    func text(_ value: String) -> String { Self.text(value) }
    var out = "{\"format\":\"liability-graph/1\",\"title\":\(text(title))"
    out +=
      ",\"parties\":["
      + parties.map { "{\"id\":\(text($0.id)),\"name\":\(text($0.name))}" }.joined(separator: ",")
      + "]"
    if !licenses.isEmpty {
      out +=
        ",\"licenses\":["
        + licenses.map { "{\"id\":\(text($0)),\"name\":\(text($0))}" }.joined(separator: ",") + "]"
    }
    for (name, list) in [("datasets", datasets), ("services", services), ("products", products)]
    where !list.isEmpty {
      out +=
        ",\"\(name)\":["
        + list.map { "{" + $0.fields.joined(separator: ",") + "}" }
        .joined(separator: ",") + "]"
    }
    if !modelOrder.isEmpty {
      out +=
        ",\"models\":["
        + modelOrder.compactMap { id -> String? in
          guard let fields = models[id] else { return nil }
          let own = links[id] ?? []
          let all =
            own.isEmpty
            ? fields : fields + ["\"derived_from\":[" + own.joined(separator: ",") + "]"]
          return "{" + all.joined(separator: ",") + "}"
        }.joined(separator: ",") + "]"
    }
    return out + "}"
  }
}

/// Reads CycloneDX 1.6 ML-BOMs (JSON) into a chain: `machine-learning-model`
/// components as models (their supplier, or manufacturer, the developer;
/// `pedigree.ancestors` their bases, `pedigree.variants` the models they are
/// a quantization of; `modelCard.modelParameters.datasets` their training
/// data), `data` components as datasets, `application` components as
/// products, `services` as services, and `dependencies` for what serves and
/// uses what. An `lgraph:relation` property keeps the relation a BOM written
/// by lgraph carries; otherwise ancestors are fine-tunes and variants
/// quantizations, marked `relation_assumed`.
public enum CycloneDXImport {
  /// Reads the BOMs at `paths` into one chain; a file that cannot be read
  /// as a CycloneDX BOM is left out with a warning.
  public static func read(paths: [String]) -> ImportResult {
    var warnings: [String] = []
    var chain = ImportedChain()
    var read = 0
    var skipped = 0
    func text(_ value: String) -> String { ImportedChain.text(value) }
    for path in paths {
      let bom: JSONView
      switch JSONView.parse(path: path) {
      case .success(let view): bom = view
      case .failure(let failure):
        warnings.append(failure.message + "; left out")
        continue
      }
      guard bom["bomFormat"]?.string == "CycloneDX" else {
        warnings.append("\(path):1: not a CycloneDX BOM (no bomFormat CycloneDX); left out")
        continue
      }
      read += 1
      // bom-ref -> (kind, id)
      var refs: [String: (NodeKind, String)] = [:]
      var used: Set<String> = Set(
        chain.modelOrder + chain.datasets.map(\.id) + chain.services.map(\.id)
          + chain.products.map(\.id))
      func id(for component: JSONView, prefix: String) -> String {
        let ref = component["bom-ref"]?.string ?? ""
        var base = ref.hasPrefix(prefix) ? String(ref.dropFirst(prefix.count)) : ref
        if base.isEmpty || !SyntaxDecoder.validIDBytes(base.utf8) {
          base = EcosystemGraphsImport.slug(component["name"]?.string ?? ref)
        }
        var candidate = base
        var n = 2
        while used.contains(candidate) {
          candidate = EcosystemGraphsImport.numbered(base, n)
          n += 1
        }
        if candidate != base {
          warnings.append(
            "\(path):\(component.line): '\(base)' is already imported (from this or an earlier "
              + "file); this one is recorded as '\(candidate)'")
        }
        used.insert(candidate)
        return candidate
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
      /// Jurisdiction codes, with the common non-ISO spellings mapped (UK
      /// to GB) and every other code that is not one said and left out.
      func places(_ codes: [String], _ key: String, of item: String, _ line: Int) -> [String] {
        codes.compactMap { code in
          if SyntaxDecoder.isJurisdiction(code) { return code }
          if let iso = SyntaxDecoder.isoAlias(code) {
            warnings.append(
              "\(path):\(line): lgraph:\(key) '\(code)' of '\(item)' is recorded as '\(iso)' "
                + "(ISO 3166)")
            return iso
          }
          warnings.append(
            "\(path):\(line): lgraph:\(key) '\(code)' of '\(item)' is not an ISO 3166 code; "
              + "left out")
          return nil
        }
      }
      func licenseOf(_ component: JSONView) -> String? {
        guard let first = component["licenses"]?.array.first else { return nil }
        if let expression = first["expression"]?.string {
          return chain.license(expression, name: expression)
        }
        let license = first["license"]
        return chain.license(license?["id"]?.string, name: license?["name"]?.string)
      }
      // A BOM whose components list is missing, misspelt or not a list
      // says so: otherwise it would import nothing without a word.
      if let list = bom["components"] {
        if case .sequence = list.node.content {
        } else {
          warnings.append(
            "\(path):\(list.line):\(list.node.column): 'components' is not a list; no "
              + "component of this BOM is read")
        }
      } else if let near = bom.keys.first(where: {
        $0.key != "components"
          && Suggestion.closest(to: "components", in: [$0.key.lowercased()]) != nil
      }) {
        warnings.append(
          "\(path):\(near.line):\(near.column): '\(near.key)' is not a CycloneDX key; did you "
            + "mean 'components'? No component of this BOM is read")
      }
      let components = bom["components"]?.array ?? []
      // First pass: ids for every component we keep; the first component
      // of each bom-ref is read, a second left out.
      var kept: [String: Int] = [:]
      for (index, component) in components.enumerated() {
        guard let ref = component["bom-ref"]?.string else { continue }
        if kept[ref] != nil {
          warnings.append(
            "\(path):\(component.line): bom-ref '\(ref)' is used twice (first at line "
              + "\(components[kept[ref] ?? 0].line)); this component is left out")
          continue
        }
        kept[ref] = index
        switch component["type"]?.string {
        case "machine-learning-model": refs[ref] = (.model, id(for: component, prefix: "model:"))
        case "data": refs[ref] = (.dataset, id(for: component, prefix: "dataset:"))
        case "application": refs[ref] = (.product, id(for: component, prefix: "product:"))
        default: break
        }
      }
      for service in bom["services"]?.array ?? [] {
        guard let ref = service["bom-ref"]?.string else { continue }
        refs[ref] = (.service, id(for: service, prefix: "service:"))
      }
      var dependsOn: [String: [String]] = [:]
      for entry in bom["dependencies"]?.array ?? [] {
        guard let ref = entry["ref"]?.string else { continue }
        dependsOn[ref] = entry["dependsOn"]?.array.compactMap(\.string) ?? []
      }
      func resolve(_ ref: String, _ kinds: [NodeKind], line: Int, _ what: String) -> (
        NodeKind, String
      )? {
        guard let target = refs[ref] else {
          warnings.append("\(path):\(line): \(what) '\(ref)' is not in the BOM; left out")
          return nil
        }
        guard kinds.contains(target.0) else { return nil }
        return target
      }
      for (index, component) in components.enumerated() {
        let type = component["type"]?.string ?? ""
        if let ref = component["bom-ref"]?.string, kept[ref] != index { continue }
        guard let ref = component["bom-ref"]?.string, let (kind, itemID) = refs[ref] else {
          skipped += 1
          if !["machine-learning-model", "data", "application"].contains(type) { continue }
          warnings.append(
            "\(path):\(component.line): a \(type) component without a bom-ref; left out")
          continue
        }
        let name = component["name"]?.string ?? itemID
        var fields = ["\"id\":\(text(itemID))", "\"name\":\(text(name))"]
        if let description = component["description"]?.string {
          fields.append("\"description\":\(text(description))")
        }
        let url = component["externalReferences"]?.array.first {
          ["website", "distribution", "vcs"].contains($0["type"]?.string ?? "")
        }?["url"]?.string
        if let url { fields.append("\"url\":\(text(url))") }
        let owner = chain.party(supplier(component))
        switch kind {
        case .model:
          fields.append("\"developer\":\(text(owner))")
          if let id = property(component, "license"), SyntaxDecoder.validIDBytes(id.utf8) {
            fields.append("\"license\":\(text(chain.license(id, name: nil) ?? id))")
          } else if let license = licenseOf(component) {
            fields.append("\"license\":\(text(license))")
          }
          func invalid(_ key: String, _ value: String, _ expected: String) {
            warnings.append(
              "\(path):\(component.line): lgraph:\(key) '\(value)' of '\(name)' is not \(expected); "
                + "left out")
          }
          if let general = property(component, "general_purpose") {
            if ["true", "false"].contains(general) {
              fields.append("\"general_purpose\":\(general)")
            } else {
              invalid("general_purpose", general, "true or false")
            }
          }
          if let weights = property(component, "weights") {
            if WeightsAccess(rawValue: weights) != nil {
              fields.append("\"weights\":\(text(weights))")
            } else {
              invalid("weights", weights, "open, gated, closed or api-only")
            }
          }
          if let released = property(component, "released") {
            if Day(released) != nil {
              fields.append("\"released\":\(text(released))")
            } else {
              invalid("released", released, "a date (YYYY-MM-DD)")
            }
          }
          if let compute = property(component, "training_compute_flop") {
            if let number = SyntaxDecoder.parseNumber(compute), number.isFinite, number >= 0 {
              fields.append("\"training_compute_flop\":\(number)")
            } else {
              invalid("training_compute_flop", compute, "a non-negative number")
            }
          }
          let datasets = (component["modelCard"]?["modelParameters"]?["datasets"]?.array ?? [])
            .compactMap { entry -> String? in
              guard let target = entry["ref"]?.string else { return nil }
              return resolve(target, [.dataset], line: entry.line, "dataset")?.1
            }
          if !datasets.isEmpty {
            fields.append("\"trained_on\":[" + datasets.map(text).joined(separator: ",") + "]")
          }
          for (list, assumed) in [("ancestors", LineageRelation.finetune), ("variants", .quantize)]
          {
            let entries = component["pedigree"]?[list]?.array ?? []
            for entry in entries {
              let target = property(entry, "ref") ?? entry["bom-ref"]?.string ?? ""
              guard
                let base = refs[target] ?? refs["model:" + target] ?? refs.values.first(where: {
                  $0.0 == .model && entry["name"]?.string == $0.1
                })
                  ?? components.first(where: {
                    $0["type"]?.string == "machine-learning-model"
                      && $0["name"]?.string == entry["name"]?.string
                  }).flatMap({ $0["bom-ref"]?.string }).flatMap({ refs[$0] })
              else {
                warnings.append(
                  "\(path):\(entry.line): \(list.dropLast()) '\(entry["name"]?.string ?? target)' "
                    + "of '\(name)' is not a model in the BOM; left out")
                continue
              }
              let statedText = property(entry, "relation")
              let stated = statedText.flatMap(LineageRelation.init(rawValue:))
              if let statedText, stated == nil {
                warnings.append(
                  "\(path):\(entry.line): unknown lgraph:relation '\(statedText)' of '\(name)'; "
                    + "its relation is assumed (relation_assumed)")
              }
              chain.link(
                itemID, to: base.1, relation: stated, fallback: assumed,
                assumedBecause: "the BOM does not say how", at: "\(path):\(entry.line)")
            }
          }
          chain.models[itemID] = fields
          chain.modelOrder.append(itemID)
        case .dataset:
          fields.append("\"publisher\":\(text(owner))")
          if let id = property(component, "license"), SyntaxDecoder.validIDBytes(id.utf8) {
            fields.append("\"license\":\(text(chain.license(id, name: nil) ?? id))")
          } else if let license = licenseOf(component) {
            fields.append("\"license\":\(text(license))")
          }
          chain.datasets.append((itemID, fields))
        default:
          fields.append("\"vendor\":\(text(owner))")
          let uses = (dependsOn[ref] ?? []).compactMap {
            resolve($0, [.service, .model], line: component.line, "dependency")?.1
          }
          if !uses.isEmpty {
            fields.append("\"uses\":[" + uses.map(text).joined(separator: ",") + "]")
          }
          let markets = places(properties(component, "market"), "market", of: name, component.line)
          if !markets.isEmpty {
            fields.append("\"markets\":[" + markets.map(text).joined(separator: ",") + "]")
          }
          chain.products.append((itemID, fields))
        }
      }
      for service in bom["services"]?.array ?? [] {
        guard let ref = service["bom-ref"]?.string, let (_, itemID) = refs[ref] else { continue }
        var fields = [
          "\"id\":\(text(itemID))", "\"name\":\(text(service["name"]?.string ?? itemID))",
          "\"provider\":\(text(chain.party(service["provider"]?["name"]?.string)))",
        ]
        let models = (dependsOn[ref] ?? []).compactMap {
          resolve($0, [.model], line: service.line, "dependency")?.1
        }
        if !models.isEmpty {
          fields.append("\"models\":[" + models.map(text).joined(separator: ",") + "]")
        }
        let regions = places(
          properties(service, "region"), "region", of: service["name"]?.string ?? "",
          service.line)
        if !regions.isEmpty {
          fields.append("\"regions\":[" + regions.map(text).joined(separator: ",") + "]")
        }
        let hosts = properties(service, "host").map { chain.party($0) }
        if !hosts.isEmpty {
          fields.append("\"hosts\":[" + hosts.map(text).joined(separator: ",") + "]")
        }
        chain.services.append((itemID, fields))
      }
    }
    let json = chain.json(title: "Imported from CycloneDX")
    return ImportResult(
      json: json, warnings: warnings + chain.notes,
      summary: [
        "\(read) BOMs read of \(paths.count) files: \(chain.modelOrder.count) models, "
          + "\(chain.datasets.count) datasets, \(chain.services.count) services, "
          + "\(chain.products.count) products; \(skipped) other components left out"
      ])
  }
}
