extension DocumentDecoder {
  static let factKeys = ["valid_from", "valid_to", "source", "sources", "known", "extra"]
  static let formatName = "liability-graph/1"
  static let sectionKeys = [
    "parties", "licenses", "datasets", "models", "services", "products",
    "disclosures", "contracts", "incidents", "sources",
  ]
  static let topKeys =
    ["format", "title", "description", "as_of", "extra"] + sectionKeys

  /// Decodes a whole file. Returns nil when the file cannot be read as a
  /// liability-graph at all (wrong top-level shape or format).
  func decode(_ root: SyntaxNode) -> Document? {
    guard var top = mapping(root, "the top level of the file") else {
      return nil
    }
    guard let formatNode = top.take("format") else {
      error(
        .unknownFormat,
        "missing 'format: \(Self.formatName)' at the top of the file",
        at: location(root))
      return nil
    }
    let format = text(formatNode, "format")
    guard format == Self.formatName else {
      error(
        .unknownFormat,
        "unknown format '\(format ?? "")'; this version of lgraph reads "
          + "'\(Self.formatName)'", at: location(formatNode))
      return nil
    }
    var document = Document(file: file)
    if let node = top.take("title") { document.title = text(node, "title") }
    if let node = top.take("description") {
      document.description = text(node, "description")
    }
    if let node = top.take("as_of") { document.asOf = date(node, "as_of") }
    if let node = top.take("extra") { document.extra = extraEntries(node) }

    // Sections are decoded in dependency order (licenses before the items
    // that name them), whatever their order in the file.
    let sources = top.take("sources")
    let parties = top.take("parties")
    let licenses = top.take("licenses")
    let datasets = top.take("datasets")
    let models = top.take("models")
    let services = top.take("services")
    let products = top.take("products")
    let disclosures = top.take("disclosures")
    let contracts = top.take("contracts")
    let incidents = top.take("incidents")
    reportUnknown(top, allowed: Self.topKeys, in: "the top level")

    document.sources = section(sources, "sources", decodeSource)
    document.parties = section(parties, "parties", decodeParty)
    document.licenses = section(licenses, "licenses", decodeLicense)
    for license in document.licenses {
      fileLicenses[license.id.lowercased()] = license.id
    }
    document.datasets = section(datasets, "datasets", decodeDataset)
    document.models = section(models, "models", decodeModel)
    document.services = section(services, "services", decodeService)
    document.products = section(products, "products", decodeProduct)
    document.disclosures = section(
      disclosures, "disclosures", decodeDisclosure)
    document.contracts = section(contracts, "contracts", decodeContract)
    document.incidents = section(incidents, "incidents", decodeIncident)
    return document
  }

  func section<T>(
    _ node: SyntaxNode?, _ key: String,
    _ decodeItem: (SyntaxNode) -> T?
  ) -> [T] {
    guard let node else { return [] }
    var out: [T] = []
    for item in list(node, key) {
      if let value = decodeItem(item) { out.append(value) }
    }
    return out
  }

  /// Reads `valid_from`, `valid_to`, `source`, `sources` and `extra`.
  func fact(_ fields: inout Fields) -> Fact {
    var fact = Fact(location: location(fields.node))
    if let node = fields.take("valid_from") {
      fact.validFrom = date(node, "valid_from")
    }
    if let node = fields.take("valid_to") {
      fact.validTo = date(node, "valid_to")
      if let from = fact.validFrom, let to = fact.validTo, to <= from {
        error(
          .validityOrder,
          to == from
            ? "valid_to (\(to)) equals valid_from (\(from)): the fact would "
              + "hold on no day (valid_to is exclusive)"
            : "valid_to (\(to)) is before valid_from (\(from))",
          at: location(node))
      }
    }
    if let node = fields.take("source") {
      if let id = idText(node, "source") {
        fact.sources.append(id)
        expect(id, [.source], at: location(node), role: "source")
      }
    }
    if let node = fields.take("sources") {
      var seen: Set<String> = []
      for item in list(node, "sources") {
        guard let id = idText(item, "sources") else { continue }
        guard seen.insert(id).inserted else {
          warning(.listedTwice, "'\(id)' is listed twice in 'sources'", at: location(item))
          continue
        }
        if fact.sources.contains(id) { continue }
        fact.sources.append(id)
        expect(id, [.source], at: location(item), role: "source")
      }
    }
    if let node = fields.take("known") {
      fact.known = enumValue(node, "known", FactKnowledge.self)
    }
    if let node = fields.take("extra") { fact.extra = extraEntries(node) }
    return fact
  }

  /// Records where a reference was written, for the checks on the
  /// decoded document.
  func expect(
    _ id: String, _ kinds: [NodeKind], at location: SourceLocation,
    role: String
  ) {
    sites.references.append((role, id, location))
  }

  /// Reads and registers an item's `id`.
  func defineID(_ fields: inout Fields, _ kind: NodeKind) -> String? {
    guard let node = fields.take("id") else {
      error(.missingKey, "\(kind.withArticle) needs an 'id'", at: location(fields.node))
      return nil
    }
    guard let id = idText(node, "id") else { return nil }
    // Duplicates are found by the checks on the decoded document.
    sites.definitions.append((id, kind, location(node)))
    if ids[id] == nil { ids[id] = kind }
    return id
  }

  /// A reference to one item of the given kinds.
  func reference(
    _ node: SyntaxNode, _ key: String, _ kinds: [NodeKind], role: String
  ) -> String? {
    guard let id = idText(node, key) else { return nil }
    expect(id, kinds, at: location(node), role: role)
    return id
  }

  /// A list of references, each a plain id or `{id: X, valid_from: ...}`.
  func references(
    _ node: SyntaxNode, _ key: String, _ kinds: [NodeKind], role: String,
    allowsRuns: Bool = false
  ) -> [Reference] {
    var out: [Reference] = []
    var seen: Set<String> = []
    for item in list(node, key) {
      let ref: Reference?
      if case .mapping = item.content, var fields = mapping(item, key) {
        let fact = self.fact(&fields)
        // A model use may say how the model runs: {model: ID, runs: self-hosted}.
        let idNode = fields.take("id") ?? (allowsRuns ? fields.take("model") : nil)
        var runs: ModelHosting?
        if allowsRuns, let node = fields.take("runs") {
          runs = enumValue(node, "runs", ModelHosting.self)
        }
        reportUnknown(
          fields, allowed: ["id"] + (allowsRuns ? ["model", "runs"] : []) + Self.factKeys,
          in: "an entry of '\(key)'")
        if let idNode, let id = reference(idNode, key, kinds, role: role) {
          var use = Reference(id: id, fact: fact, location: location(item))
          use.runs = runs
          ref = use
        } else {
          if idNode == nil {
            error(
              .missingKey,
              "an entry of '\(key)' needs an 'id'" + (allowsRuns ? " (or 'model')" : ""),
              at: location(item))
          }
          ref = nil
        }
      } else if let id = reference(item, key, kinds, role: role) {
        ref = Reference(id: id, location: location(item))
      } else {
        ref = nil
      }
      guard let ref else { continue }
      if ref.fact == nil, !seen.insert(ref.id).inserted {
        warning(.listedTwice, "'\(ref.id)' is listed twice in '\(key)'", at: ref.location)
        continue
      }
      out.append(ref)
    }
    return out
  }

  func jurisdictions(_ node: SyntaxNode, _ key: String) -> [String] {
    strings(node, key, jurisdiction)
  }

  /// A license id, resolved against the file's licenses and the built-ins
  /// (SPDX ids match case-insensitively; well-known aliases such as the
  /// Hugging Face `llama3.1` resolve to their canonical id).
  func licenseReference(_ node: SyntaxNode, _ key: String, role: String)
    -> String?
  {
    guard let id = idText(node, key) else { return nil }
    if ids[id] == .license { return id }
    if let fileID = fileLicenses[id.lowercased()] { return fileID }
    if let builtin = builtins?.canonicalID(for: id) { return builtin }
    expect(id, [.license], at: location(node), role: role)
    return id
  }
}
