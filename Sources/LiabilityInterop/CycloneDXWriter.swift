import LiabilityGraph

/// Writes a chain as a CycloneDX 1.6 ML-BOM (JSON): models as
/// `machine-learning-model` components with a model card (their training
/// datasets) and a pedigree (their bases), datasets as `data` components,
/// products as `application` components, services with their provider, and
/// the dependencies between them.
///
/// Lineage: CycloneDX has no fine-tune relation. A fine-tune, adapter,
/// distillation, continued pre-training or merge is written as an ancestor
/// in the derived model's `pedigree.ancestors` (a merge with one ancestor
/// per base); a quantization or format conversion as a `pedigree.variants`
/// entry. The relation itself is kept in the entry's `lgraph:relation`
/// property.
///
/// ```swift
/// let bom = CycloneDXWriter.bom(graph)
/// print(bom.rendered())
/// ```
public enum CycloneDXWriter {
  /// Relations written as variants rather than ancestors.
  static let variantRelations: Set<LineageRelation> = [.quantize, .convert]

  /// The keys of each kind of item CycloneDX holds in its own fields (the
  /// rest are carried as `lgraph:KEY` properties).
  static let modelNative: Set<String> = [
    "id", "name", "description", "url", "derived_from", "revision", "hashes",
  ]
  static let datasetNative: Set<String> = ["id", "name", "description", "url"]
  static let productNative: Set<String> = ["id", "name", "description", "url"]
  static let serviceNative: Set<String> = ["id", "name", "description", "url"]

  /// The items of `graph` CycloneDX has no element for, each with the
  /// name of its section (singular) and its syntax: the parties, the
  /// licenses the chain defines, disclosures, contracts, incidents and
  /// sources valid on the graph's date.
  static func unplaced(_ graph: SupplyChainGraph) -> [(String, SyntaxNode)] {
    let document = graph.document
    var out: [(String, SyntaxNode)] = []
    func valid(_ fact: Fact) -> Bool { graph.asOf.map { fact.holds(on: $0) } ?? true }
    // Disclosures and contracts are not nodes: valid on the date is enough.
    func add<Item>(
      _ name: String, _ items: [Item], id: (Item) -> String, fact: (Item) -> Fact,
      syntax: (Item) -> SyntaxNode, node: Bool = true
    ) {
      var seen: Set<String> = []
      for item in items where (!node || graph.node(id(item)) != nil) && valid(fact(item)) {
        guard seen.insert(id(item)).inserted else { continue }
        out.append((name, syntax(item)))
      }
    }
    add("party", document.parties, id: \.id, fact: \.fact, syntax: DocumentWriter.syntax)
    add("license", document.licenses, id: \.id, fact: \.fact, syntax: DocumentWriter.syntax)
    add(
      "disclosure", document.disclosures, id: \.id, fact: \.fact, syntax: DocumentWriter.syntax,
      node: false)
    add(
      "contract", document.contracts, id: \.id, fact: \.fact, syntax: DocumentWriter.syntax,
      node: false)
    add("incident", document.incidents, id: \.id, fact: \.fact, syntax: DocumentWriter.syntax)
    add("source", document.sources, id: \.id, fact: \.fact, syntax: DocumentWriter.syntax)
    return out
  }

  /// The document's own facts (title, description, as_of, extra).
  static func documentHeader(_ document: Document) -> SyntaxNode {
    var header = document
    header.parties = []
    header.licenses = []
    header.datasets = []
    header.models = []
    header.services = []
    header.products = []
    header.disclosures = []
    header.contracts = []
    header.incidents = []
    header.sources = []
    return DocumentWriter.syntax(header)
  }

  /// A model's file digests: the artifact's own digest (a hash without a
  /// file) as the component's `hashes`, and each file's as a nested `file`
  /// component with its name and `hashes`; how a digest is known in an
  /// `lgraph:known` property (of the file, or `lgraph:artifact_known` of
  /// the model).
  static func hashes(_ model: Model) -> (
    own: JSONValue?, files: JSONValue?, properties: [JSONValue]
  ) {
    func digest(_ hash: FileHash) -> JSONValue {
      .array([.object([("alg", .string("SHA-256")), ("content", .string(hash.sha256))])])
    }
    func property(_ name: String, _ value: String) -> JSONValue {
      .object([("name", .string("lgraph:\(name)")), ("value", .string(value))])
    }
    let whole = model.hashes.first { $0.file == nil }
    let files: [JSONValue] = model.hashes.compactMap { hash in
      guard let file = hash.file else { return nil }
      var entries: [(String, JSONValue)] = [
        ("type", .string("file")), ("bom-ref", .string("file:\(model.id):\(file)")),
        ("name", .string(file)), ("hashes", digest(hash)),
      ]
      if let known = hash.known {
        entries.append(("properties", .array([property("known", known.rawValue)])))
      }
      return .object(entries)
    }
    return (
      whole.map(digest), files.isEmpty ? nil : .array(files),
      whole?.known.map { [property("artifact_known", $0.rawValue)] } ?? []
    )
  }

  /// The BOM of `graph` (its view: facts valid on its date).
  public static func bom(_ graph: SupplyChainGraph) -> JSONValue {
    let document = graph.document
    func partyName(_ id: String?) -> String? {
      guard let id else { return nil }
      return graph.node(id).map { graph.name(of: $0) }
        ?? document.parties.first { $0.id == id }?.name ?? id
    }
    func entity(_ id: String?) -> JSONValue? {
      partyName(id).map { .object([("name", .string($0))]) }
    }
    func licenses(_ id: String?) -> JSONValue? {
      guard let id, let license = graph.licenses[id] ?? BuiltinLicenses.shared.license(id) else {
        return nil
      }
      let spdx = license.url?.hasPrefix("https://spdx.org/licenses/") == true
      let entry: JSONValue =
        spdx
        ? .object([("id", .string(license.id))])
        : .object(
          [("name", .string(license.name))]
            + (license.url.map { [("url", JSONValue.string($0))] } ?? []))
      return .array([.object([("license", entry)])])
    }
    func property(_ name: String, _ value: String) -> JSONValue {
      .object([("name", .string("lgraph:\(name)")), ("value", .string(value))])
    }
    func object(_ entries: [(String, JSONValue?)]) -> JSONValue {
      .object(entries.compactMap { key, value in value.map { (key, $0) } })
    }
    /// The item's facts CycloneDX has no field for, as `lgraph:KEY`.
    func carried(_ item: SyntaxNode, except native: Set<String>) -> [JSONValue] {
      CarriedFacts.entries(CarriedFacts.view(item, in: graph), except: native).map {
        property($0.key, $0.value)
      }
    }
    /// Its sources, as external references a reader can follow.
    func sourceReferences(_ fact: Fact, url: String?) -> JSONValue? {
      var references: [JSONValue] = []
      if let url {
        references.append(.object([("type", .string("website")), ("url", .string(url))]))
      }
      for id in fact.sources {
        guard let node = graph.node(id), let source = graph.source(at: node), let url = source.url
        else { continue }
        references.append(
          .object([
            ("type", .string("documentation")), ("url", .string(url)),
            ("comment", .string("source \(source.id): \(source.title)")),
          ]))
      }
      return references.isEmpty ? nil : .array(references)
    }
    var components: [JSONValue] = []
    var dependencies: [(String, [String])] = []
    let nodes = 0..<graph.nodeCount
    for node in nodes {
      guard let model = graph.model(at: node) else { continue }
      let datasets = graph.incoming(node).filter { $0.kind == .trainedOn }.map {
        "dataset:" + graph.ids[$0.from]
      }
      var ancestors: [JSONValue] = []
      var variants: [JSONValue] = []
      var bases: [String] = []
      for edge in graph.incoming(node) where edge.kind == .lineage {
        let base = graph.ids[edge.from]
        bases.append("model:" + base)
        let relation = edge.relation ?? .finetune
        let link = model.derivedFrom.first { $0.base == base }
        let linkFacts =
          link.map {
            carried(DocumentWriter.syntax(link: $0), except: ["model", "relation"])
          } ?? []
        let entry = object([
          ("type", .string("machine-learning-model")),
          ("bom-ref", .string("pedigree:\(model.id):\(base)")),
          ("name", .string(graph.name(of: edge.from))),
          (
            "properties",
            .array(
              [property("relation", relation.rawValue), property("ref", "model:" + base)]
                + linkFacts)
          ),
        ])
        if variantRelations.contains(relation) {
          variants.append(entry)
        } else {
          ancestors.append(entry)
        }
      }
      let pinned = hashes(model)
      var properties =
        carried(DocumentWriter.syntax(model), except: modelNative) + pinned.properties
      if model.lineageStated && model.derivedFrom.isEmpty {
        // Stated to derive from no model: not the same as unknown lineage.
        properties.append(property("derived_from", "[]"))
      }
      var pedigree: [(String, JSONValue?)] = []
      if !ancestors.isEmpty { pedigree.append(("ancestors", .array(ancestors))) }
      if !variants.isEmpty { pedigree.append(("variants", .array(variants))) }
      components.append(
        object([
          ("type", .string("machine-learning-model")),
          ("bom-ref", .string("model:" + model.id)),
          ("supplier", entity(model.developer)),
          ("manufacturer", entity(model.developer)),
          ("name", .string(model.name)),
          ("version", model.revision.map { .string($0) }),
          ("description", model.description.map { .string($0) }),
          ("hashes", pinned.own),
          ("licenses", licenses(model.license)),
          ("externalReferences", sourceReferences(model.fact, url: model.url)),
          (
            "modelCard",
            datasets.isEmpty
              ? nil
              : .object([
                (
                  "modelParameters",
                  .object([
                    ("datasets", .array(datasets.map { .object([("ref", .string($0))]) }))
                  ])
                )
              ])
          ),
          ("pedigree", pedigree.isEmpty ? nil : object(pedigree)),
          ("components", pinned.files),
          ("properties", properties.isEmpty ? nil : .array(properties)),
        ]))
      if !(datasets + bases).isEmpty {
        dependencies.append(("model:" + model.id, datasets + bases))
      }
    }
    for node in nodes {
      guard let dataset = graph.dataset(at: node) else { continue }
      let properties = carried(DocumentWriter.syntax(dataset), except: datasetNative)
      components.append(
        object([
          ("type", .string("data")),
          ("bom-ref", .string("dataset:" + dataset.id)),
          ("supplier", entity(dataset.publisher)),
          ("name", .string(dataset.name)),
          ("description", dataset.description.map { .string($0) }),
          ("licenses", licenses(dataset.license)),
          ("externalReferences", sourceReferences(dataset.fact, url: dataset.url)),
          (
            "data",
            .array([.object([("type", .string("dataset")), ("name", .string(dataset.name))])])
          ),
          ("properties", properties.isEmpty ? nil : .array(properties)),
        ]))
    }
    for node in nodes {
      guard let product = graph.product(at: node) else { continue }
      let uses = graph.incoming(node).filter { $0.kind == .uses }.map { edge in
        (graph.kinds[edge.from] == .service ? "service:" : "model:") + graph.ids[edge.from]
      }
      let properties = carried(DocumentWriter.syntax(product), except: productNative)
      components.append(
        object([
          ("type", .string("application")),
          ("bom-ref", .string("product:" + product.id)),
          ("supplier", entity(product.vendor)),
          ("name", .string(product.name)),
          ("description", product.description.map { .string($0) }),
          ("externalReferences", sourceReferences(product.fact, url: product.url)),
          ("properties", properties.isEmpty ? nil : .array(properties)),
        ]))
      if !uses.isEmpty { dependencies.append(("product:" + product.id, uses)) }
    }
    var services: [JSONValue] = []
    for node in nodes {
      guard let service = graph.service(at: node) else { continue }
      let models = graph.incoming(node).filter { $0.kind == .serves }.map {
        "model:" + graph.ids[$0.from]
      }
      let properties = carried(DocumentWriter.syntax(service), except: serviceNative)
      services.append(
        object([
          ("bom-ref", .string("service:" + service.id)),
          ("provider", entity(service.provider)),
          ("name", .string(service.name)),
          ("description", service.description.map { .string($0) }),
          ("externalReferences", sourceReferences(service.fact, url: service.url)),
          ("properties", properties.isEmpty ? nil : .array(properties)),
        ]))
      if !models.isEmpty { dependencies.append(("service:" + service.id, models)) }
    }
    // Items CycloneDX has no element for (parties, licenses a chain
    // defines, disclosures, contracts, incidents, sources): each whole, as
    // the chain file writes it, in a BOM property named after its section.
    var carriedItems: [JSONValue] = []
    for (name, item) in unplaced(graph) {
      carriedItems.append(property(name, StoredText.json(item)))
    }
    for (key, value) in CarriedFacts.entries(
      documentHeader(document), except: ["format"])
    {
      carriedItems.append(property("document:" + key, value))
    }
    let stamp = (graph.asOf ?? document.asOf).map { "\($0)T00:00:00Z" } ?? "1970-01-01T00:00:00Z"
    // The serial number follows the content: the same chain, the same BOM;
    // a changed fact, a new serial number.
    let content =
      JSONValue.array(components).rendered(pretty: false)
      + JSONValue.array(services).rendered(pretty: false)
      + JSONValue.array(carriedItems).rendered(pretty: false)
      + dependencies.map { "\($0.0)>\($0.1.joined(separator: ","))" }.joined(separator: ";")
    return object([
      ("bomFormat", .string("CycloneDX")),
      ("specVersion", .string("1.6")),
      ("serialNumber", .string("urn:uuid:" + StableUUID.from(content, graph))),
      ("version", .number(1)),
      (
        "metadata",
        .object([
          ("timestamp", .string(stamp)),
          (
            "tools",
            .object([
              (
                "components",
                .array([.object([("type", .string("application")), ("name", .string("lgraph"))])])
              )
            ])
          ),
        ])
      ),
      ("components", .array(components)),
      ("services", services.isEmpty ? nil : .array(services)),
      (
        "dependencies",
        dependencies.isEmpty
          ? nil
          : .array(
            dependencies.map { ref, on in
              .object([("ref", .string(ref)), ("dependsOn", .strings(on.uniqued()))])
            })
      ),
      ("properties", carriedItems.isEmpty ? nil : .array(carriedItems)),
    ])
  }
}

/// A UUID (version 5 form) derived from a chain's content, so that the same
/// chain always exports with the same serial number.
enum StableUUID {
  static func from(_ name: String, _ graph: SupplyChainGraph) -> String {
    var hashes: [UInt64] = [0xcbf2_9ce4_8422_2325, 0x8422_2325_cbf2_9ce4]
    func mix(_ text: String) {
      for byte in text.utf8 {
        for i in hashes.indices {
          hashes[i] ^= UInt64(byte) &+ UInt64(i)
          hashes[i] = hashes[i] &* 0x0000_0100_0000_01b3
        }
      }
    }
    mix(name)
    for id in graph.ids { mix(id + "\n") }
    var bytes: [UInt8] = []
    for hash in hashes {
      for shift in stride(from: 56, through: 0, by: -8) {
        bytes.append(UInt8((hash >> UInt64(shift)) & 0xFF))
      }
    }
    bytes[6] = (bytes[6] & 0x0F) | 0x50  // version 5
    bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 4122 variant
    let hex = bytes.map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
    let parts = [
      hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4),
      hex.dropFirst(16).prefix(4), hex.dropFirst(20),
    ]
    return parts.map(String.init).joined(separator: "-")
  }
}
