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
        let entry = object([
          ("type", .string("machine-learning-model")),
          ("bom-ref", .string("pedigree:\(model.id):\(base)")),
          ("name", .string(graph.name(of: edge.from))),
          (
            "properties",
            .array([property("relation", relation.rawValue), property("ref", "model:" + base)])
          ),
        ])
        if variantRelations.contains(relation) {
          variants.append(entry)
        } else {
          ancestors.append(entry)
        }
      }
      var properties: [JSONValue] = []
      if let weights = model.weights { properties.append(property("weights", weights.rawValue)) }
      if let compute = model.trainingComputeFLOP {
        properties.append(property("training_compute_flop", Formatting.scientific(compute)))
      }
      if let general = model.generalPurpose {
        properties.append(property("general_purpose", general ? "true" : "false"))
      }
      if let released = model.released { properties.append(property("released", "\(released)")) }
      if let license = model.license { properties.append(property("license", license)) }
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
          ("description", model.description.map { .string($0) }),
          ("licenses", licenses(model.license)),
          (
            "externalReferences",
            model.url.map {
              .array([.object([("type", .string("website")), ("url", .string($0))])])
            }
          ),
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
          ("properties", properties.isEmpty ? nil : .array(properties)),
        ]))
      if !(datasets + bases).isEmpty {
        dependencies.append(("model:" + model.id, datasets + bases))
      }
    }
    for node in nodes {
      guard let dataset = graph.dataset(at: node) else { continue }
      components.append(
        object([
          ("type", .string("data")),
          ("bom-ref", .string("dataset:" + dataset.id)),
          ("supplier", entity(dataset.publisher)),
          ("name", .string(dataset.name)),
          ("description", dataset.description.map { .string($0) }),
          ("licenses", licenses(dataset.license)),
          (
            "externalReferences",
            dataset.url.map {
              .array([.object([("type", .string("website")), ("url", .string($0))])])
            }
          ),
          (
            "data",
            .array([.object([("type", .string("dataset")), ("name", .string(dataset.name))])])
          ),
          ("properties", dataset.license.map { .array([property("license", $0)]) }),
        ]))
    }
    for node in nodes {
      guard let product = graph.product(at: node) else { continue }
      let uses = graph.incoming(node).filter { $0.kind == .uses }.map { edge in
        (graph.kinds[edge.from] == .service ? "service:" : "model:") + graph.ids[edge.from]
      }
      components.append(
        object([
          ("type", .string("application")),
          ("bom-ref", .string("product:" + product.id)),
          ("supplier", entity(product.vendor)),
          ("name", .string(product.name)),
          ("description", product.description.map { .string($0) }),
          (
            "properties",
            product.markets.isEmpty
              ? nil : .array(product.markets.map { property("market", $0) })
          ),
        ]))
      if !uses.isEmpty { dependencies.append(("product:" + product.id, uses)) }
    }
    var services: [JSONValue] = []
    for node in nodes {
      guard let service = graph.service(at: node) else { continue }
      let models = graph.incoming(node).filter { $0.kind == .serves }.map {
        "model:" + graph.ids[$0.from]
      }
      let hosts = graph.incoming(node).filter { $0.kind == .hosts }.map {
        property("host", graph.name(of: $0.from))
      }
      services.append(
        object([
          ("bom-ref", .string("service:" + service.id)),
          ("provider", entity(service.provider)),
          ("name", .string(service.name)),
          ("description", service.description.map { .string($0) }),
          (
            "properties",
            (hosts + service.regions.map { property("region", $0) }).isEmpty
              ? nil : .array(hosts + service.regions.map { property("region", $0) })
          ),
        ]))
      if !models.isEmpty { dependencies.append(("service:" + service.id, models)) }
    }
    let stamp = (graph.asOf ?? document.asOf).map { "\($0)T00:00:00Z" } ?? "1970-01-01T00:00:00Z"
    // The serial number follows the content: the same chain, the same BOM;
    // a changed fact, a new serial number.
    let content =
      JSONValue.array(components).rendered(pretty: false)
      + JSONValue.array(services).rendered(pretty: false)
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
