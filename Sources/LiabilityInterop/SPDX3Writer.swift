import LiabilityGraph

/// Writes a chain as an SPDX 3.0.1 JSON-LD document with the AI and Dataset
/// profiles: models as `ai_AIPackage`, datasets as `dataset_DatasetPackage`,
/// services and products as `software_Package`, parties as `Organization`
/// (or `Person`), declared licenses as license expressions, and the chain's
/// links as relationships.
///
/// Lineage: SPDX has no fine-tune relation. A fine-tune, adapter,
/// distillation, continued pre-training or merge is a `descendantOf`
/// relationship from the derived model to each base; a quantization or
/// conversion a `hasVariant` relationship from the base to the derived
/// model. The relation itself is the relationship's `comment`.
///
/// The AI profile makes five fields of an AI package mandatory
/// (`releaseTime`, `suppliedBy`, `software_downloadLocation`,
/// `software_packageVersion`, `software_primaryPurpose`), and the Dataset
/// profile five of a dataset package; schema validation does not check
/// them. ``document(_:)`` does: it fills them from the chain's facts (a
/// model's release date is its version), never invents one, and returns
/// each it could not fill.
public enum SPDX3Writer {
  /// The keys of each kind of item SPDX holds in its own fields and
  /// relationships; the rest are carried in an `Annotation` of the element
  /// (``annotationLines(_:except:in:)``).
  static let modelNative: Set<String> = [
    "id", "name", "description", "developer", "released", "url", "derived_from",
  ]
  static let datasetNative: Set<String> = [
    "id", "name", "description", "publisher", "released", "built", "url",
  ]
  static let serviceNative: Set<String> = ["id", "name", "description", "provider", "url"]
  static let productNative: Set<String> = ["id", "name", "description", "vendor", "url"]
  static let partyNative: Set<String> = ["id", "name", "description"]

  /// The lines of an annotation that carries an item's facts SPDX has no
  /// field for: `lgraph:KEY=VALUE`, one per fact.
  static func annotationLines(
    _ item: SyntaxNode, except native: Set<String>, in graph: SupplyChainGraph
  ) -> [String] {
    CarriedFacts.entries(CarriedFacts.view(item, in: graph), except: native).map {
      CarriedFacts.prefix + $0.key + "=" + $0.value
    }
  }

  /// The document, and the mandatory fields the chain's facts could not
  /// fill (each "KIND ID: FIELD (what to state)").
  public static func document(_ graph: SupplyChainGraph) -> (json: JSONValue, missing: [String]) {
    let document = graph.document
    let base = "urn:lgraph:" + StableUUID.from(document.title ?? document.file, graph) + ":"
    let info = "_:creationinfo"
    let stamp = (graph.asOf ?? document.asOf).map { "\($0)T00:00:00Z" } ?? "1970-01-01T00:00:00Z"
    var elements: [JSONValue] = []
    var ids: [String] = []
    var missing: [String] = []
    var relationshipCount = 0
    func add(_ entries: [(String, JSONValue?)]) {
      let object = JSONValue.object(entries.compactMap { key, value in value.map { (key, $0) } })
      elements.append(object)
      if case .string(let id) = entries.first(where: { $0.0 == "spdxId" })?.1 ?? .null {
        ids.append(id)
      }
    }
    func relate(_ from: String, _ type: String, _ to: [String], comment: String? = nil) {
      relationshipCount += 1
      add([
        ("type", .string("Relationship")),
        ("spdxId", .string(base + "relationship:\(relationshipCount)")),
        ("creationInfo", .string(info)),
        ("from", .string(from)),
        ("relationshipType", .string(type)),
        ("to", .strings(to)),
        ("comment", comment.map { .string($0) }),
      ])
    }
    var annotationCount = 0
    /// An annotation of `subject` carrying `lines` (none when empty).
    func annotate(_ subject: String, _ lines: [String]) {
      guard !lines.isEmpty else { return }
      annotationCount += 1
      add([
        ("type", .string("Annotation")),
        ("spdxId", .string(base + "annotation:\(annotationCount)")),
        ("creationInfo", .string(info)), ("annotationType", .string("other")),
        ("subject", .string(subject)), ("statement", .string(lines.joined(separator: "\n"))),
      ])
    }
    func relate(
      _ from: String, _ type: String, _ to: [String], comment: String? = nil, carrying: [String]
    ) {
      relate(from, type, to, comment: comment)
      annotate(base + "relationship:\(relationshipCount)", carrying)
    }
    let agent = base + "agent:lgraph"
    elements.append(
      .object([
        ("type", .string("CreationInfo")), ("@id", .string(info)),
        ("specVersion", .string("3.0.1")), ("created", .string(stamp)),
        ("createdBy", .strings([agent])),
      ]))
    add([
      ("type", .string("SoftwareAgent")), ("spdxId", .string(agent)),
      ("creationInfo", .string(info)), ("name", .string("lgraph")),
    ])
    var partyID: [String: String] = [:]
    for node in 0..<graph.nodeCount {
      guard let party = graph.party(at: node) else { continue }
      let id = base + "party:" + party.id
      partyID[party.id] = id
      add([
        ("type", .string(party.kind == .individual ? "Person" : "Organization")),
        ("spdxId", .string(id)), ("creationInfo", .string(info)), ("name", .string(party.name)),
        ("description", party.description.map { .string($0) }),
      ])
      annotate(id, annotationLines(DocumentWriter.syntax(party), except: partyNative, in: graph))
    }
    var licenseIDs: [String: String] = [:]
    func declare(_ element: String, _ licenseID: String?) {
      guard let licenseID else { return }
      let license = graph.licenses[licenseID] ?? BuiltinLicenses.shared.license(licenseID)
      let spdx = license?.url?.hasPrefix("https://spdx.org/licenses/") == true
      let expression = spdx ? (license?.id ?? licenseID) : "LicenseRef-" + sanitized(licenseID)
      let id = licenseIDs[expression] ?? base + "license:" + sanitized(expression)
      if licenseIDs[expression] == nil {
        licenseIDs[expression] = id
        add([
          ("type", .string("simplelicensing_LicenseExpression")), ("spdxId", .string(id)),
          ("creationInfo", .string(info)),
          ("simplelicensing_licenseExpression", .string(expression)),
          ("name", license.map { .string($0.name) }),
        ])
      }
      relate(element, "hasDeclaredLicense", [id])
    }
    var roots: [String] = []
    for node in 0..<graph.nodeCount {
      guard let model = graph.model(at: node) else { continue }
      let id = base + "model:" + model.id
      let supplier = partyID[model.developer]
      let released = model.released.map { "\($0)" }
      let version = model.revision ?? released
      add([
        ("type", .string("ai_AIPackage")), ("spdxId", .string(id)),
        ("creationInfo", .string(info)), ("name", .string(model.name)),
        ("description", model.description.map { .string($0) }),
        ("suppliedBy", supplier.map { .string($0) }),
        ("releaseTime", released.map { .string("\($0)T00:00:00Z") }),
        ("software_packageVersion", version.map { .string($0) }),
        ("software_downloadLocation", model.url.map { .string($0) }),
        ("software_primaryPurpose", .string("model")),
        ("verifiedUsing", digests(model.hashes.filter { $0.file == nil })),
      ])
      var modelLines = annotationLines(DocumentWriter.syntax(model), except: modelNative, in: graph)
      if model.lineageStated && model.derivedFrom.isEmpty {
        // Stated to derive from no model: not the same as unknown lineage.
        modelLines.append(CarriedFacts.prefix + "derived_from=[]")
      }
      annotate(id, modelLines)
      var files: [String] = []
      for hash in model.hashes {
        guard let file = hash.file else { continue }
        let fileID = base + "file:" + model.id + ":" + sanitized(file)
        add([
          ("type", .string("software_File")), ("spdxId", .string(fileID)),
          ("creationInfo", .string(info)), ("name", .string(file)),
          ("verifiedUsing", digests([hash])),
        ])
        files.append(fileID)
      }
      if !files.isEmpty { relate(id, "contains", files) }
      if supplier == nil { missing.append("model \(model.id): suppliedBy (its developer)") }
      if released == nil { missing.append("model \(model.id): releaseTime (state released)") }
      if version == nil {
        missing.append("model \(model.id): software_packageVersion (state revision or released)")
      }
      if model.url == nil {
        missing.append("model \(model.id): software_downloadLocation (state url)")
      }
      declare(id, model.license)
      let datasets = graph.incoming(node).filter { $0.kind == .trainedOn }.map {
        base + "dataset:" + graph.ids[$0.from]
      }
      if !datasets.isEmpty { relate(id, "trainedOn", datasets) }
      for edge in graph.incoming(node) where edge.kind == .lineage {
        let relation = edge.relation ?? .finetune
        let parent = base + "model:" + graph.ids[edge.from]
        let link = model.derivedFrom.first { $0.base == graph.ids[edge.from] }
        let lines =
          link.map {
            annotationLines(
              DocumentWriter.syntax(link: $0), except: ["model", "relation"], in: graph)
          } ?? []
        if CycloneDXWriter.variantRelations.contains(relation) {
          relate(
            parent, "hasVariant", [id], comment: "lgraph relation: \(relation.rawValue)",
            carrying: lines)
        } else {
          relate(
            id, "descendantOf", [parent], comment: "lgraph relation: \(relation.rawValue)",
            carrying: lines)
        }
      }
      roots.append(id)
    }
    for node in 0..<graph.nodeCount {
      guard let dataset = graph.dataset(at: node) else { continue }
      let id = base + "dataset:" + dataset.id
      let publisher = dataset.publisher.flatMap { partyID[$0] }
      let released = dataset.released.map { "\($0)T00:00:00Z" }
      let built = dataset.built.map { "\($0)T00:00:00Z" }
      add([
        ("type", .string("dataset_DatasetPackage")), ("spdxId", .string(id)),
        ("creationInfo", .string(info)), ("name", .string(dataset.name)),
        ("description", dataset.description.map { .string($0) }),
        ("originatedBy", publisher.map { .strings([$0]) }),
        ("releaseTime", released.map { .string($0) }),
        ("builtTime", built.map { .string($0) }),
        ("software_downloadLocation", dataset.url.map { .string($0) }),
        ("software_primaryPurpose", .string("data")),
        ("dataset_datasetType", .strings(["noAssertion"])),
      ])
      annotate(
        id, annotationLines(DocumentWriter.syntax(dataset), except: datasetNative, in: graph))
      if publisher == nil {
        missing.append("dataset \(dataset.id): originatedBy (state publisher)")
      }
      if released == nil { missing.append("dataset \(dataset.id): releaseTime (state released)") }
      if built == nil { missing.append("dataset \(dataset.id): builtTime (state built)") }
      if dataset.url == nil {
        missing.append("dataset \(dataset.id): software_downloadLocation (state url)")
      }
      declare(id, dataset.license)
    }
    for node in 0..<graph.nodeCount {
      if let service = graph.service(at: node) {
        let id = base + "service:" + service.id
        add([
          ("type", .string("software_Package")), ("spdxId", .string(id)),
          ("creationInfo", .string(info)), ("name", .string(service.name)),
          ("description", service.description.map { .string($0) }),
          ("suppliedBy", partyID[service.provider].map { .string($0) }),
          ("software_primaryPurpose", .string("application")),
          ("software_downloadLocation", service.url.map { .string($0) }),
        ])
        annotate(
          id, annotationLines(DocumentWriter.syntax(service), except: serviceNative, in: graph))
        let models = graph.incoming(node).filter { $0.kind == .serves }.map {
          base + "model:" + graph.ids[$0.from]
        }
        if !models.isEmpty { relate(id, "dependsOn", models, comment: "serves") }
        let hosts = graph.incoming(node).filter { $0.kind == .hosts }.compactMap {
          partyID[graph.ids[$0.from]]
        }
        if !hosts.isEmpty { relate(id, "availableFrom", hosts, comment: "hosted by") }
      }
      if let product = graph.product(at: node) {
        let id = base + "product:" + product.id
        add([
          ("type", .string("software_Package")), ("spdxId", .string(id)),
          ("creationInfo", .string(info)), ("name", .string(product.name)),
          ("description", product.description.map { .string($0) }),
          ("suppliedBy", partyID[product.vendor].map { .string($0) }),
          ("software_primaryPurpose", .string("application")),
          ("software_downloadLocation", product.url.map { .string($0) }),
        ])
        annotate(
          id, annotationLines(DocumentWriter.syntax(product), except: productNative, in: graph))
        let uses = graph.incoming(node).filter { $0.kind == .uses }.map { edge in
          base + (graph.kinds[edge.from] == .service ? "service:" : "model:") + graph.ids[edge.from]
        }
        if !uses.isEmpty { relate(id, "dependsOn", uses, comment: "uses") }
        roots.insert(id, at: 0)
      }
    }
    // Items SPDX has no element for (licenses a chain defines, disclosures,
    // contracts, incidents, sources) and the chain's own facts, carried in
    // an annotation of the document.
    var documentLines = CarriedFacts.entries(
      CycloneDXWriter.documentHeader(document), except: ["format"]
    ).map { CarriedFacts.prefix + "document:" + $0.key + "=" + $0.value }
    for (name, item) in CycloneDXWriter.unplaced(graph) where name != "party" {
      documentLines.append(CarriedFacts.prefix + name + "=" + StoredText.json(item))
    }
    annotate(base + "document", documentLines)
    add([
      ("type", .string("SpdxDocument")), ("spdxId", .string(base + "document")),
      ("creationInfo", .string(info)), ("name", .string(document.title ?? document.file)),
      ("profileConformance", .strings(["core", "software", "ai", "dataset", "simpleLicensing"])),
      ("rootElement", .strings(roots.isEmpty ? Array(ids.prefix(1)) : Array(roots.prefix(1)))),
      ("element", .strings(ids)),
    ])
    return (
      .object([
        ("@context", .string("https://spdx.org/rdf/3.0.1/spdx-context.jsonld")),
        ("@graph", .array(elements)),
      ]), missing
    )
  }

  /// SHA-256 digests as SPDX `Hash` integrity methods.
  static func digests(_ hashes: [FileHash]) -> JSONValue? {
    hashes.isEmpty
      ? nil
      : .array(
        hashes.map {
          .object([
            ("type", .string("Hash")), ("algorithm", .string("sha256")),
            ("hashValue", .string($0.sha256)),
          ])
        })
  }

  /// An id part safe in an IRI and a LicenseRef (letters, digits, `.` `-`).
  static func sanitized(_ text: String) -> String {
    String(
      text.map { character in
        character.isASCII
          && (character.isLetter || character.isNumber || character == "."
            || character == "-")
          ? character : "-"
      })
  }
}
