import Foundation
import LiabilityGraph

/// Reads CycloneDX 1.6 ML-BOMs (JSON) into a chain: `machine-learning-model`
/// components as models (their supplier, or manufacturer, the developer;
/// their `version` the revision; `hashes` and nested `file` components'
/// SHA-256 digests; `modelCard.modelParameters.datasets` their training
/// data), `data` components as datasets, `application` components as
/// products, `services` as services, and `dependencies` for what serves and
/// uses what.
///
/// Lineage in every form the specification allows: `pedigree.ancestors`
/// (the component derives from each), `pedigree.descendants` (each derives
/// from the component), each entry either a component of the BOM (by
/// `bom-ref`, `lgraph:ref`, `purl` or name) or an inline component read as
/// a model of its own (its supplier, license and pedigree too), at any
/// depth; `pedigree.variants` with an `lgraph:relation` (as lgraph writes a
/// quantization); and a model's `dependencies` on another model. A
/// relation the BOM does not state is assumed (a fine-tune, `merge` for
/// several ancestors) and marked `relation_assumed`. `pedigree.variants`
/// without a relation say only that two models are related, not which
/// derives from which: each is said and none recorded as lineage.
///
/// Facts CycloneDX has no field for come back from `lgraph:KEY`
/// properties, read by the file loader's own decoder, and the items it has
/// no element for (parties under their own ids, licenses, disclosures,
/// contracts, incidents, sources) from the BOM's `lgraph:SECTION`
/// properties (``CycloneDXWriter``).
public struct CycloneDXImport: ChainImporter {
  /// The chain's title.
  public var title: String { "Imported from CycloneDX" }
  var read = 0
  var skipped = 0
  var inline = 0
  /// The models, datasets, services and products of the BOM being read.
  var items: [String: NodeKind] = [:]

  /// An importer.
  public init() {}

  static let unattributed = "Unattributed (the document names no supplier)"

  /// Properties with a meaning of their own, never read as a carried fact.
  static let structural: Set<String> = [
    "ref", "relation", "market", "region", "host", "known", "artifact_known", "id",
  ]

  /// For each kind, the key of the party that owns it, and the section.
  static let owners: [NodeKind: (key: String, section: String)] = [
    .model: ("developer", "models"), .dataset: ("publisher", "datasets"),
    .product: ("vendor", "products"), .service: ("provider", "services"),
  ]

  /// A component read from the BOM: top-level, nested, or inline in a
  /// pedigree.
  struct Read {
    var view: JSONView
    var kind: NodeKind
    var id: String
  }

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
    readCarriedItems(bom, at: at, file: file, into: &chain)
    // A BOM lgraph wrote carries the chain's own facts, `known` included.
    let fromLgraph =
      (bom["properties"]?.array ?? []).contains {
        $0["name"]?.string?.hasPrefix(CarriedFacts.prefix) == true
      }
    func supplier(_ component: JSONView) -> String? {
      component["supplier"]?["name"]?.string ?? component["manufacturer"]?["name"]?.string
        ?? component["publisher"]?.string ?? component["provider"]?["name"]?.string
    }
    func property(_ component: JSONView, _ name: String) -> String? {
      component["properties"]?.array.first { $0["name"]?.string == "lgraph:\(name)" }?["value"]?
        .string
    }
    func properties(_ component: JSONView, _ name: String) -> [String] {
      (component["properties"]?.array ?? []).filter { $0["name"]?.string == "lgraph:\(name)" }
        .compactMap { $0["value"]?.string }
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
    // Every component: top level, nested in another, or inline in a
    // pedigree (an ancestor the BOM does not list is a model of its own).
    var all: [JSONView] = []
    var inlineRefs: Set<Int> = []
    func collect(_ list: [JSONView], pedigree: Bool) {
      for component in list {
        if pedigree { inlineRefs.insert(all.count) }
        all.append(component)
        collect(component["components"]?.array ?? [], pedigree: false)
        for key in ["ancestors", "descendants", "variants"] {
          collect(component["pedigree"]?[key]?.array ?? [], pedigree: true)
        }
      }
    }
    collect(bom["components"]?.array ?? [], pedigree: false)
    // bom-ref -> (kind, id); purl and name -> bom-ref of a model.
    var refs: [String: (NodeKind, String)] = [:]
    var kept: [String: Int] = [:]
    var byPurl: [String: String] = [:]
    var byName: [String: String] = [:]
    var reads: [Int: Read] = [:]
    func mintID(_ component: JSONView, _ ref: String, prefix: String, _ what: String) -> String {
      let base = ref.hasPrefix(prefix) ? String(ref.dropFirst(prefix.count)) : ref
      return chain.mint(
        base, name: component["name"]?.string ?? ref, what: what, at: at(component))
    }
    let kinds: [String: (NodeKind, String, String)] = [
      "machine-learning-model": (.model, "model:", "model"),
      "data": (.dataset, "dataset:", "dataset"), "application": (.product, "product:", "product"),
    ]
    // Top-level and nested components first, then inline pedigree
    // components that stand for none of them.
    for pass in [false, true] {
      for (index, component) in all.enumerated() where inlineRefs.contains(index) == pass {
        guard let (kind, prefix, what) = kinds[component["type"]?.string ?? ""] else { continue }
        if pass,
          target(component, property: property, refs: refs, byPurl: byPurl, byName: byName)
            != nil
        {
          continue
        }
        let ref: String
        if let given = component["bom-ref"]?.string {
          ref = given
        } else if pass, let name = component["name"]?.string {
          ref = "\u{1}inline:" + name
        } else {
          continue
        }
        if let first = kept[ref] {
          guard !pass else { continue }
          chain.warn(
            .duplicateID, "bom-ref '\(ref)' is used twice; this component is left out",
            at: at(component), notes: [.init("'\(ref)' first used here", at: at(all[first]))])
          continue
        }
        kept[ref] = index
        let id = mintID(component, ref.hasPrefix("\u{1}") ? "" : ref, prefix: prefix, what)
        refs[ref] = (kind, id)
        reads[index] = Read(view: component, kind: kind, id: id)
        if kind == .model {
          if let purl = component["purl"]?.string { byPurl[purl.lowercased()] = ref }
          if let name = component["name"]?.string, byName[name] == nil { byName[name] = ref }
        }
        if pass { inline += 1 }
      }
    }
    for service in bom["services"]?.array ?? [] {
      guard let ref = service["bom-ref"]?.string else { continue }
      refs[ref] = (.service, mintID(service, ref, prefix: "service:", "service"))
    }
    for (kind, id) in refs.values { items[id] = kind }
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
    /// The model an entry of a pedigree stands for.
    func pedigreeModel(_ entry: JSONView) -> String? {
      if let ref = target(entry, property: property, refs: refs, byPurl: byPurl, byName: byName) {
        return refs[ref]?.0 == .model ? refs[ref]?.1 : nil
      }
      let ref =
        entry["bom-ref"]?.string ?? entry["name"].flatMap(\.string).map { "\u{1}inline:" + $0 }
      return ref.flatMap { refs[$0] }.flatMap { $0.0 == .model ? $0.1 : nil }
    }
    func owner(_ component: JSONView, _ kind: NodeKind) -> String {
      // A party the BOM carries, named by id, is the owner itself.
      if let key = Self.owners[kind]?.key, let id = property(component, key) {
        if let adopted = chain.adoptedParty(id) { return adopted }
        chain.warn(
          .unknownReference,
          "lgraph:\(key) '\(id)' of '\(component["name"]?.string ?? "")' is not a party the BOM "
            + "carries; its supplier's name is used", at: at(component))
      }
      return chain.organization(
        supplier(component), unattributed: Self.unattributed, at: at(component))
    }
    func license(of component: JSONView) -> String? {
      // The chain's own license id, when the BOM carries it and it is known.
      if let id = property(component, "license"),
        BuiltinLicenses.shared.canonicalID(for: id) == id
          || chain.document.licenses.contains(where: { $0.id == id })
      {
        return id
      }
      guard let first = component["licenses"]?.array.first else { return nil }
      if let expression = first["expression"]?.string {
        return chain.license(expression, name: expression, at: at(first))
      }
      let license = first["license"]
      return chain.license(
        license?["id"]?.string, name: license?["name"]?.string, at: at(first))
    }
    var linked: Set<String> = []
    func link(
      _ child: String, _ base: String, relation: LineageRelation?, assumed: LineageRelation,
      because: String, entry: JSONView?, name: String
    ) {
      var facts: LineageLink? = nil
      if let entry {
        let carried = carriedFacts(entry, except: ["model", "relation"], name: name, &chain, file)
        if !carried.isEmpty {
          let native = LineageLink(base: base, fact: Fact(location: at(entry)))
          facts = CarriedFacts.apply(
            carried, to: native, named: name, section: "models",
            syntax: { DocumentWriter.syntax(link: $0) },
            wrap: { Self.linkHolder(child, $0, at: at(entry)) },
            extract: { $0.models.first?.derivedFrom.first }, chain: &chain)
        }
      }
      linked.insert(child + " " + base)
      chain.link(
        child, to: base, relation: relation, assumed: assumed, because: because, facts: facts,
        at: entry.map(at) ?? at(bom))
    }
    for index in all.indices {
      guard let read = reads[index] else {
        let component = all[index]
        let type = component["type"]?.string ?? ""
        if inlineRefs.contains(index) || type == "file" { continue }
        skipped += 1
        if kinds[type] != nil, component["bom-ref"]?.string == nil {
          chain.warn(
            .unsupportedItem, "a \(type) component without a bom-ref; left out",
            at: at(component))
        }
        continue
      }
      let component = read.view
      let itemID = read.id
      let place = at(component)
      let fact = Fact(location: place)
      let name = component["name"]?.string ?? itemID
      let description = component["description"]?.string
      let url = component["externalReferences"]?.array.first {
        ["website", "distribution", "vcs"].contains($0["type"]?.string ?? "")
      }?["url"]?.string
      let owned = owner(component, read.kind)
      let ref = component["bom-ref"]?.string ?? ""
      if fromLgraph { chain.keepKnowledge(of: itemID) }
      switch read.kind {
      case .model:
        let datasets = (component["modelCard"]?["modelParameters"]?["datasets"]?.array ?? [])
          .compactMap { entry -> Reference? in
            guard let target = entry["ref"]?.string else { return nil }
            return resolve(target, [.dataset], at: at(entry), "dataset")
          }
        for (list, derives) in [("ancestors", true), ("descendants", false)] {
          for entry in component["pedigree"]?[list]?.array ?? [] {
            guard let other = pedigreeModel(entry) else {
              chain.warn(
                .unknownReference,
                "\(list.dropLast()) '\(entry["name"]?.string ?? "")' of '\(name)' is not a "
                  + "model; left out", at: at(entry))
              continue
            }
            let stated = statedRelation(entry, property: property, name: name, at: at, &chain)
            let (child, base) = derives ? (itemID, other) : (other, itemID)
            link(
              child, base, relation: stated, assumed: .finetune,
              because: "the BOM does not say how", entry: entry, name: name)
          }
        }
        for entry in component["pedigree"]?["variants"]?.array ?? [] {
          let other = pedigreeModel(entry)
          guard property(entry, "relation") != nil, let other else {
            chain.warn(
              .lineageRelation,
              "'\(name)' and its variant '\(entry["name"]?.string ?? "")' are related, but "
                + "CycloneDX variants do not say which derives from which; not recorded as "
                + "lineage (state it in the chain)", at: at(entry))
            continue
          }
          let stated = statedRelation(entry, property: property, name: name, at: at, &chain)
          link(
            itemID, other, relation: stated, assumed: .quantize,
            because: "the BOM does not say how", entry: entry, name: name)
        }
        var model = Model(
          id: itemID, name: name, developer: owned, license: license(of: component),
          trainedOn: datasets, description: description, url: url, fact: fact)
        model.revision = component["version"]?.string
        model.hashes = fileHashes(component, property: property, at: at, &chain, name: name)
        let carried = carriedFacts(
          component, except: CycloneDXWriter.modelNative.union(["developer"]), name: name,
          &chain, file)
        // `lgraph:derived_from` `[]`: stated to derive from no model.
        if property(component, "derived_from") == "[]" { chain.statesNoBase(itemID) }
        chain.add(
          CarriedFacts.apply(
            carried, to: model, named: name,
            section: "models", syntax: DocumentWriter.syntax, extract: { $0.models.first },
            chain: &chain))
      case .dataset:
        let dataset = Dataset(
          id: itemID, name: name, publisher: owned, license: license(of: component),
          description: description, url: url, fact: fact)
        let carried = carriedFacts(
          component, except: CycloneDXWriter.datasetNative.union(["publisher"]), name: name,
          &chain, file)
        chain.add(
          CarriedFacts.apply(
            carried, to: dataset, named: name, section: "datasets",
            syntax: DocumentWriter.syntax, extract: { $0.datasets.first }, chain: &chain))
      default:
        var uses: [Reference] = []
        for dependency in dependsOn[ref] ?? [] {
          if let use = resolve(dependency, [.service, .model], at: place, "dependency") {
            uses.append(use)
          }
        }
        for nested in component["components"]?.array ?? [] {
          if let nestedRef = nested["bom-ref"]?.string, let (kind, id) = refs[nestedRef],
            kind == .model, !uses.contains(where: { $0.id == id })
          {
            uses.append(Reference(id: id, location: at(nested)))
          }
        }
        let markets = chain.jurisdictions(
          properties(component, "market"), key: "lgraph:market", of: name, at: place)
        let product = Product(
          id: itemID, name: name, vendor: owned, uses: uses, markets: markets,
          riskAreasStated: false, generatesStated: false, functionsStated: false,
          systemChangesStated: false, description: description, url: url, fact: fact)
        let carried = carriedFacts(
          component, except: CycloneDXWriter.productNative.union(["vendor"]), name: name,
          &chain, file)
        chain.add(
          CarriedFacts.apply(
            carried, to: product, named: name, section: "products",
            syntax: DocumentWriter.syntax, extract: { $0.products.first }, chain: &chain))
      }
    }
    // A model's dependency on another model, where no pedigree links the
    // two: lineage whose relation the BOM does not state.
    for read in reads.sorted(by: { $0.key < $1.key }).map(\.value) where read.kind == .model {
      let ref = read.view["bom-ref"]?.string ?? ""
      for dependency in dependsOn[ref] ?? [] {
        guard let (kind, base) = refs[dependency], kind == .model, base != read.id,
          !linked.contains(read.id + " " + base), !linked.contains(base + " " + read.id)
        else { continue }
        link(
          read.id, base, relation: nil, assumed: .finetune,
          because: "the BOM says only that it depends on the model", entry: nil,
          name: read.view["name"]?.string ?? read.id)
      }
    }
    for service in bom["services"]?.array ?? [] {
      guard let ref = service["bom-ref"]?.string, let (_, itemID) = refs[ref] else { continue }
      let place = at(service)
      let name = service["name"]?.string ?? itemID
      let provider = owner(service, .service)
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
      let url =
        service["endpoints"]?.array.first?.string
        ?? service["externalReferences"]?.array.first {
          ["website", "distribution"].contains($0["type"]?.string ?? "")
        }?["url"]?.string
      if fromLgraph { chain.keepKnowledge(of: itemID) }
      let native = Service(
        id: itemID, name: name, provider: provider, models: models, hosts: hosts,
        regions: regions, generatesStated: false, functionsStated: false,
        description: service["description"]?.string, url: url, fact: Fact(location: place))
      let carried = carriedFacts(
        service, except: CycloneDXWriter.serviceNative.union(["provider"]), name: name, &chain,
        file)
      chain.add(
        CarriedFacts.apply(
          carried, to: native, named: name, section: "services", syntax: DocumentWriter.syntax,
          extract: { $0.services.first }, chain: &chain))
    }
  }

  /// The bom-ref of the component of the BOM a pedigree entry stands for:
  /// by `lgraph:ref`, its own `bom-ref`, `model:` and its `bom-ref`, its
  /// `purl`, or its name.
  func target(
    _ entry: JSONView, property: (JSONView, String) -> String?,
    refs: [String: (NodeKind, String)], byPurl: [String: String], byName: [String: String]
  ) -> String? {
    if let ref = property(entry, "ref"), refs[ref] != nil { return ref }
    if let ref = entry["bom-ref"]?.string {
      if refs[ref] != nil { return ref }
      if refs["model:" + ref] != nil { return "model:" + ref }
    }
    if let purl = entry["purl"]?.string, let ref = byPurl[purl.lowercased()] { return ref }
    if let name = entry["name"]?.string, let ref = byName[name] { return ref }
    return nil
  }

  /// The relation an entry's `lgraph:relation` states, if it names one
  /// (an unknown one said).
  func statedRelation(
    _ entry: JSONView, property: (JSONView, String) -> String?, name: String,
    at: (JSONView) -> SourceLocation, _ chain: inout ChainAssembler
  ) -> LineageRelation? {
    let statedText = property(entry, "relation")
    let stated = statedText.flatMap(LineageRelation.init(rawValue:))
    if let statedText, stated == nil {
      chain.warn(
        .invalidValue,
        "unknown lgraph:relation '\(statedText)' of '\(name)'; its relation is assumed "
          + "(relation_assumed)", at: at(entry))
    }
    return stated
  }

  /// A model holding one lineage link, for the decoder to read the link's
  /// facts.
  static func linkHolder(_ child: String, _ link: SyntaxNode, at location: SourceLocation)
    -> SyntaxNode
  {
    func scalar(_ text: String) -> SyntaxNode {
      SyntaxNode(content: .scalar(text, quoted: true), line: location.line, column: location.column)
    }
    func entry(_ key: String, _ value: SyntaxNode) -> SyntaxEntry {
      SyntaxEntry(key: key, keyLine: location.line, keyColumn: location.column, value: value)
    }
    return SyntaxNode(
      content: .mapping([
        entry("id", scalar(child.isEmpty ? "m" : child)), entry("name", scalar("m")),
        entry("developer", scalar("p")),
        entry(
          "derived_from",
          SyntaxNode(content: .sequence([link]), line: location.line, column: location.column)),
      ]), line: location.line, column: location.column)
  }

  /// A component's SHA-256 digests: its own `hashes` (the artifact) and
  /// each nested `file` component's (that file); other algorithms said and
  /// left out.
  func fileHashes(
    _ component: JSONView, property: (JSONView, String) -> String?,
    at: (JSONView) -> SourceLocation, _ chain: inout ChainAssembler, name: String
  ) -> [FileHash] {
    var out: [FileHash] = []
    func read(_ holder: JSONView, file: String?, known: String?) {
      for hash in holder["hashes"]?.array ?? [] {
        let alg = hash["alg"]?.string ?? ""
        let content = hash["content"]?.string ?? ""
        guard alg == "SHA-256" else {
          chain.warn(
            .unsupportedItem,
            "a \(alg) digest of '\(file ?? name)' is left out (the format records SHA-256)",
            at: at(hash))
          continue
        }
        guard FileHash.isSHA256(content) else {
          chain.warn(
            .invalidValue,
            "SHA-256 digest '\(content)' of '\(file ?? name)' is not 64 hexadecimal digits; "
              + "left out", at: at(hash))
          continue
        }
        var knowledge: FactKnowledge? = nil
        if let known {
          knowledge = FactKnowledge(rawValue: known)
          if knowledge == nil {
            chain.warn(
              .invalidValue,
              "lgraph:known '\(known)' of '\(file ?? name)' is not declared, inferred or "
                + "verified; left out", at: at(holder))
          }
        }
        out.append(FileHash(file: file, sha256: content.lowercased(), known: knowledge))
      }
    }
    read(component, file: nil, known: property(component, "artifact_known"))
    for nested in component["components"]?.array ?? [] where nested["type"]?.string == "file" {
      read(nested, file: nested["name"]?.string, known: property(nested, "known"))
    }
    return out
  }

  /// The `lgraph:KEY` properties of `component` that carry facts (not the
  /// structural ones, not `except`), read back (``CarriedFacts/read(_:except:name:chain:)``).
  func carriedFacts(
    _ component: JSONView, except: Set<String>, name: String, _ chain: inout ChainAssembler,
    _ file: ImportedFile
  ) -> [CarriedFacts.Fact] {
    CarriedFacts.read(
      Self.named(component["properties"]?.array ?? [], file), except: except.union(Self.structural),
      name: name, items: items, chain: &chain)
  }

  /// The `name` and `value` of each property, where the BOM holds it.
  static func named(_ properties: [JSONView], _ file: ImportedFile) -> [CarriedFacts.Named] {
    properties.compactMap { entry in
      guard let name = entry["name"]?.string, let value = entry["value"]?.string else {
        return nil
      }
      return CarriedFacts.Named(
        name: name, value: value, location: file.at(entry.line, entry.column))
    }
  }

  /// The items the BOM carries whole and the chain's own facts.
  func readCarriedItems(
    _ bom: JSONView, at: (JSONView) -> SourceLocation, file: ImportedFile,
    into chain: inout ChainAssembler
  ) {
    CarriedFacts.adoptItems(Self.named(bom["properties"]?.array ?? [], file), into: &chain)
  }

  /// How many BOMs and items.
  public func summary(of chain: ChainAssembler, files: Int) -> [String] {
    let n = chain.counts
    return [
      "\(read) BOMs read of \(files) files: \(n.models) models, \(n.datasets) datasets, "
        + "\(n.services) services, \(n.products) products"
        + (inline > 0 ? " (\(inline) read from pedigrees)" : "")
        + "; \(skipped) other components left out"
    ]
  }
}
