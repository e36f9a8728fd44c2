import LiabilityGraph
import LiabilityRules

extension GraphReports {
  static let shownKinds: [NodeKind] = [
    .party, .model, .dataset, .service, .product, .incident, .license, .source,
  ]

  /// `lgraph show`: what a file contains.
  public static func showJSON(_ graph: SupplyChainGraph) -> JSONValue {
    let doc = graph.document
    var counts: [(String, JSONValue)] = []
    for kind in shownKinds {
      counts.append(
        (kind.rawValue, .number(Double(graph.kinds.filter { $0 == kind }.count))))
    }
    counts.append(("edges", .number(Double(graph.edges.count))))
    func nodes(_ kind: NodeKind) -> [Int] {
      (0..<graph.nodeCount).filter { graph.kinds[$0] == kind }
    }
    return .object([
      ("file", .string(doc.file)),
      ("title", .optional(doc.title)),
      ("as_of", asOf(graph)),
      ("counts", .object(counts)),
      (
        "parties",
        .array(
          nodes(.party).compactMap { graph.party(at: $0) }.map { party in
            .object([
              ("id", .string(party.id)), ("name", .string(party.name)),
              ("kind", .optional(party.kind?.rawValue)),
              ("jurisdictions", .strings(party.jurisdictions)),
            ])
          })
      ),
      (
        "models",
        .array(
          nodes(.model).compactMap { graph.model(at: $0) }.map { model in
            .object([
              ("id", .string(model.id)), ("name", .string(model.name)),
              ("developer", .string(model.developer)),
              ("weights", .optional(model.weights?.rawValue)),
              ("license", .optional(model.license)),
              (
                "openness",
                model.components.isEmpty
                  ? .null
                  : .object([
                    ("class", .number(Double(Openness.of(model).mofClass))),
                    ("label", .string(Openness.of(model).label)),
                  ])
              ),
              ("released", .optional(model.released?.description)),
              ("training_compute_flop", .optional(model.trainingComputeFLOP)),
              ("revision", .optional(model.revision)),
              ("known", .optional(model.fact.known?.rawValue)),
              (
                "derived_from",
                .array(
                  model.derivedFrom.filter { graph.hasLineage(from: $0.base, to: model.id) }.map {
                    .object([
                      ("model", .string($0.base)),
                      ("relation", .string($0.relationName)),
                      ("known", .optional($0.fact.known?.rawValue)),
                    ])
                  })
              ),
            ])
          })
      ),
      ("datasets", .strings(nodes(.dataset).map { graph.ids[$0] })),
      ("services", .strings(nodes(.service).map { graph.ids[$0] })),
      ("products", .strings(nodes(.product).map { graph.ids[$0] })),
      ("incidents", .strings(nodes(.incident).map { graph.ids[$0] })),
      ("licenses", .strings(nodes(.license).map { graph.ids[$0] })),
    ])
  }

  /// `lgraph show` as text.
  public static func showText(_ graph: SupplyChainGraph) -> String {
    let doc = graph.document
    var lines = [header(doc.title ?? doc.file, graph)]
    if let description = doc.description {
      lines.append(TextLayout.wrap(description))
    }
    let counts = shownKinds.compactMap { kind -> String? in
      let n = graph.kinds.filter { $0 == kind }.count
      return n == 0 ? nil : "\(n) \(plural(kind, n))"
    }
    lines.append(
      TextLayout.wrap(
        (counts.isEmpty ? "no items" : counts.joined(separator: ", "))
          + ", \(graph.edges.count) edge\(graph.edges.count == 1 ? "" : "s")"))
    for kind in shownKinds where kind != .source {
      let members = (0..<graph.nodeCount).filter { graph.kinds[$0] == kind }
      guard !members.isEmpty else { continue }
      lines.append("")
      lines.append(plural(kind, 2).capitalized)
      for node in members {
        lines.append(
          TextLayout.wrap(
            "\(graph.ids[node]): \(graph.name(of: node))"
              + showDetail(graph, node), first: "  ", rest: "      "))
      }
    }
    return lines.joined(separator: "\n")
  }

  /// How a node's facts are known, when its file says.
  static func knowledge(_ graph: SupplyChainGraph, _ node: Int) -> FactKnowledge? {
    switch graph.kinds[node] {
    case .party: return graph.party(at: node)?.fact.known
    case .model: return graph.model(at: node)?.fact.known
    case .dataset: return graph.dataset(at: node)?.fact.known
    case .service: return graph.service(at: node)?.fact.known
    case .product: return graph.product(at: node)?.fact.known
    case .incident: return graph.incident(at: node)?.fact.known
    case .license: return graph.license(at: node)?.fact.known
    default: return nil
    }
  }

  static func plural(_ kind: NodeKind, _ count: Int) -> String {
    if count == 1 { return kind.rawValue }
    return kind == .party ? "parties" : kind.rawValue + "s"
  }

  static func showDetail(_ graph: SupplyChainGraph, _ node: Int) -> String {
    var parts: [String] = []
    switch graph.kinds[node] {
    case .party:
      if let party = graph.party(at: node) {
        if let kind = party.kind { parts.append(kind.rawValue) }
        if !party.jurisdictions.isEmpty {
          parts.append(party.jurisdictions.joined(separator: ", "))
        }
      }
    case .model:
      if let model = graph.model(at: node) {
        parts.append("by \(model.developer)")
        if let released = model.released { parts.append("released \(released)") }
        if let weights = model.weights { parts.append("weights \(weights.rawValue)") }
        if let license = model.license { parts.append("license \(license)") }
        if !model.components.isEmpty {
          parts.append("Model Openness Framework \(Openness.of(model).shortLabel)")
        }
        for link in model.derivedFrom where graph.hasLineage(from: link.base, to: model.id) {
          parts.append(
            "\(link.relationName) of \(link.base)"
              + (link.fact.known.map { " (\($0.rawValue))" } ?? ""))
        }
        if let revision = model.revision { parts.append("revision \(revision)") }
        if !model.hashes.isEmpty {
          let verified = model.hashes.filter { $0.known == .verified }.count
          parts.append(
            "\(model.hashes.count) file digest\(model.hashes.count == 1 ? "" : "s")"
              + (verified > 0 ? " (\(verified) verified)" : ""))
        }
      }
    case .license:
      if let license = graph.license(at: node) {
        parts.append(license.osiApproved == true ? "OSI-approved" : "not OSI-approved")
        if let revocable = license.revocable {
          parts.append(revocable ? "revocable" : "irrevocable")
        }
        if license.useRestrictions == true { parts.append("use restrictions") }
      }
    case .incident:
      if let incident = graph.incident(at: node) {
        parts.append("\(incident.date)")
        parts.append("through \(incident.product)")
        if let harm = incident.harm { parts.append(harm) }
      }
    default:
      return GraphReports.detail(graph, node, within: nil)
    }
    if let known = knowledge(graph, node) { parts.append(known.rawValue) }
    return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
  }
}

extension GraphReports {
  /// `lgraph licenses`: the license facts in effect (built-ins, then the
  /// file's own, which override built-ins of the same id).
  public static func licensesJSON(_ licenses: [License], asOf: Day? = nil) -> JSONValue {
    .object([
      ("as_of", .optional(asOf?.description)),
      (
        "licenses",
        .array(
          licenses.map { license in
            .object([
              ("id", .string(license.id)),
              ("name", .string(license.name)),
              ("osi_approved", license.osiApproved.map { .bool($0) } ?? .null),
              ("revocable", license.revocable.map { .bool($0) } ?? .null),
              ("use_restrictions", license.useRestrictions.map { .bool($0) } ?? .null),
              ("builtin", .bool(license.isBuiltin)),
              ("url", .optional(license.url)),
              ("description", .optional(license.description)),
              ("sources", .strings(license.fact.sources)),
            ])
          })
      ),
    ])
  }

  /// `lgraph licenses` as text: a table.
  public static func licensesText(_ licenses: [License]) -> String {
    func flag(_ value: Bool?) -> String {
      value.map { $0 ? "yes" : "no" } ?? "?"
    }
    let width = min(30, licenses.map(\.id.count).max() ?? 10) + 1
    var lines = [
      TextLayout.pad("id", width) + "OSI revocable restricted name",
      String(repeating: "-", count: 78),
    ]
    for license in licenses {
      lines.append(
        TextLayout.wrap(
          license.name + (license.isBuiltin ? "" : " (from the file)"),
          first: TextLayout.pad(license.id, width)
            + TextLayout.pad(flag(license.osiApproved), 4)
            + TextLayout.pad(flag(license.revocable), 10)
            + TextLayout.pad(flag(license.useRestrictions), 11),
          rest: String(repeating: " ", count: width + 25)))
    }
    return lines.joined(separator: "\n")
  }
}
