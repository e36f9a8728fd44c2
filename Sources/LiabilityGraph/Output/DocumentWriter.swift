/// Writes a ``Document`` as a canonical `liability-graph/1` file, YAML or
/// JSON, that the loader reads back to the same facts.
///
/// Canonical: keys in the order the format lists them, every list of ids
/// as a list (`models`, never `model`), evidence as `sources`, and nothing
/// written that the document does not hold: a fact that is unknown is left
/// out (a list whose `...Stated` flag is false is not written), so that it
/// reads back unknown.
///
/// ```swift
/// var document = Document(file: "new.yaml")
/// document.parties.append(Party(id: "acme", name: "Acme", fact: Fact(location: here)))
/// print(DocumentWriter.text(document, as: .yaml))
/// ```
public enum DocumentWriter {
  /// The two spellings of the format.
  public enum Format: String, Sendable, CaseIterable {
    /// Block YAML.
    case yaml
    /// Compact JSON on one line.
    case json
  }

  /// The document as a file's text, ending in a newline.
  public static func text(_ document: Document, as format: Format) -> String {
    let root = syntax(document)
    switch format {
    case .json: return StoredText.json(root) + "\n"
    case .yaml: return StoredText.yaml(root)
    }
  }

  /// The document's syntax tree: `format`, the header, then each section
  /// that has items.
  package static func syntax(_ document: Document) -> SyntaxNode {
    var top = Writer()
    top.text("format", DocumentDecoder.formatName)
    top.text("title", document.title)
    top.text("description", document.description)
    top.day("as_of", document.asOf)
    top.extra(document.extra)
    top.list("parties", document.parties.map(syntax))
    top.list("licenses", document.licenses.map(syntax))
    top.list("datasets", document.datasets.map(syntax))
    top.list("models", document.models.map(syntax))
    top.list("services", document.services.map(syntax))
    top.list("products", document.products.map(syntax))
    top.list("disclosures", document.disclosures.map(syntax))
    top.list("contracts", document.contracts.map(syntax))
    top.list("incidents", document.incidents.map(syntax))
    top.list("sources", document.sources.map(syntax))
    return top.node
  }

  package static func syntax(_ party: Party) -> SyntaxNode {
    var w = Writer(id: party.id)
    // An unidentified party needs no name (the loader gives it one).
    if party.identified || !["", "unidentified party"].contains(party.name) {
      w.text("name", party.name)
    }
    w.text("kind", party.kind?.rawValue)
    w.texts("jurisdictions", party.jurisdictions)
    w.number("revenue_usd", party.revenueUSD)
    w.integer("employees", party.employees)
    w.texts("roles", party.assertedRoles.map(\.rawValue))
    w.text("description", party.description)
    w.text("url", party.url)
    if !party.identified { w.bool("identified", false) }
    w.fact(party.fact)
    return w.node
  }

  package static func syntax(_ license: License) -> SyntaxNode {
    var w = Writer(id: license.id)
    w.text("name", license.name)
    w.bool("osi_approved", license.osiApproved)
    w.bool("revocable", license.revocable)
    w.bool("use_restrictions", license.useRestrictions)
    w.text("url", license.url)
    w.text("description", license.description)
    w.fact(license.fact)
    return w.node
  }

  package static func syntax(_ dataset: Dataset) -> SyntaxNode {
    var w = Writer(id: dataset.id)
    w.text("name", dataset.name)
    w.text("publisher", dataset.publisher)
    w.text("license", dataset.license)
    w.day("released", dataset.released)
    w.day("built", dataset.built)
    w.text("description", dataset.description)
    w.text("url", dataset.url)
    w.fact(dataset.fact)
    return w.node
  }

  package static func syntax(_ model: Model) -> SyntaxNode {
    var w = Writer(id: model.id)
    if model.identified || !["", "unidentified model"].contains(model.name) {
      w.text("name", model.name)
    }
    w.text("developer", model.developer)
    w.day("released", model.released)
    w.number("parameters", model.parameters)
    w.number("training_compute_flop", model.trainingComputeFLOP)
    w.number("training_cost_usd", model.trainingCostUSD)
    w.bool("general_purpose", model.generalPurpose)
    if let generates = model.generates {
      w.add("generates", Writer.sequence(generates.map { Writer.scalar($0.rawValue) }))
    }
    w.text("weights", model.weights?.rawValue)
    w.text("license", model.license)
    w.bool("monetized", model.monetized)
    w.references("trained_on", model.trainedOn)
    w.references("distributed_by", model.distributedBy)
    if !model.components.isEmpty {
      w.add(
        "components",
        Writer.mapping(
          model.components.map { ($0.component.rawValue, Writer.scalar($0.license)) }))
    }
    if model.lineageStated || !model.derivedFrom.isEmpty {
      w.add("derived_from", Writer.sequence(model.derivedFrom.map { syntax(link: $0) }))
    }
    w.text("revision", model.revision)
    if !model.hashes.isEmpty {
      w.add(
        "hashes",
        Writer.sequence(
          model.hashes.map { hash in
            var h = Writer()
            h.text("file", hash.file)
            h.text("sha256", hash.sha256)
            h.text("known", hash.known?.rawValue)
            return h.node
          }))
    }
    w.text("description", model.description)
    w.text("url", model.url)
    w.marking(model.marking)
    if !model.identified { w.bool("identified", false) }
    w.fact(model.fact)
    return w.node
  }

  /// A lineage link's syntax: an entry of `derived_from`.
  package static func syntax(link: LineageLink) -> SyntaxNode {
    var l = Writer()
    l.text("model", link.base)
    l.text("relation", link.relation?.rawValue)
    l.number("compute_flop", link.computeFLOP)
    l.number("cost_usd", link.costUSD)
    l.day("date", link.date)
    l.fact(link.fact)
    return l.node
  }

  package static func syntax(_ service: Service) -> SyntaxNode {
    var w = Writer(id: service.id)
    w.text("name", service.name)
    w.text("provider", service.provider)
    w.references("models", service.models)
    w.references("hosts", service.hosts)
    w.texts("regions", service.regions)
    w.references("deployers", service.deployers)
    w.day("released", service.released)
    w.text("description", service.description)
    w.text("url", service.url)
    w.system(
      purpose: service.intendedPurpose, highRisk: service.highRisk,
      generates: service.generatesStated ? service.generates : nil,
      excluded: service.highRiskUseExcluded,
      functions: service.functionsStated ? service.functions : nil)
    w.bool("safety_component", service.safetyComponent)
    w.bool("interacts_with_people", service.interactsWithPeople)
    w.number("monthly_users", service.monthlyUsers)
    w.marking(service.marking)
    w.fact(service.fact)
    return w.node
  }

  package static func syntax(_ product: Product) -> SyntaxNode {
    var w = Writer(id: product.id)
    w.text("name", product.name)
    w.text("vendor", product.vendor)
    w.references("uses", product.uses)
    w.texts("markets", product.markets)
    w.text("users", product.users?.rawValue)
    if product.riskAreasStated || !product.riskAreas.isEmpty {
      w.add("risk_areas", Writer.sequence(product.riskAreas.map { Writer.scalar($0.rawValue) }))
    }
    w.references("deployers", product.deployers)
    w.day("released", product.released)
    w.text("description", product.description)
    w.text("url", product.url)
    w.system(
      purpose: product.intendedPurpose, highRisk: product.highRisk,
      generates: product.generatesStated ? product.generates : nil,
      excluded: product.highRiskUseExcluded,
      functions: product.functionsStated ? product.functions : nil)
    w.bool("editorial_review", product.editorialReview)
    if product.systemChangesStated || !product.systemChanges.isEmpty {
      w.add(
        "system_changes",
        Writer.sequence(
          product.systemChanges.map { change in
            var c = Writer()
            c.text("system", change.system)
            c.text("change", change.change.rawValue)
            c.day("date", change.date)
            c.fact(change.fact)
            return c.node
          }))
    }
    w.bool("safety_component", product.safetyComponent)
    w.bool("interacts_with_people", product.interactsWithPeople)
    w.number("monthly_users", product.monthlyUsers)
    w.marking(product.marking)
    w.bool("digital_elements", product.digitalElements)
    w.fact(product.fact)
    return w.node
  }

  package static func syntax(_ disclosure: Disclosure) -> SyntaxNode {
    var w = Writer(id: disclosure.id)
    w.text("from", disclosure.from)
    w.text("to", disclosure.to ?? "public")
    w.add("items", Writer.sequence(disclosure.items.map { Writer.scalar($0.rawValue) }))
    w.text("subject", disclosure.subject)
    w.text("document", disclosure.document)
    w.day("date", disclosure.date)
    w.text("url", disclosure.url)
    w.fact(disclosure.fact)
    return w.node
  }

  package static func syntax(_ contract: Contract) -> SyntaxNode {
    var w = Writer(id: contract.id)
    w.text("name", contract.name)
    w.text("document", contract.document)
    w.add("parties", Writer.sequence(contract.parties.map { Writer.scalar($0) }))
    w.day("date", contract.date)
    if !contract.indemnities.isEmpty {
      w.add(
        "indemnifies",
        Writer.sequence(
          contract.indemnities.map { indemnity in
            var i = Writer()
            i.text("by", indemnity.by)
            i.text("to", indemnity.to)
            i.add("for", Writer.sequence(indemnity.harms.map { Writer.scalar($0) }))
            return i.node
          }))
    }
    w.number("liability_cap_usd", contract.liabilityCapUSD)
    w.texts("excludes", contract.excludes)
    w.fact(contract.fact)
    return w.node
  }

  package static func syntax(_ incident: Incident) -> SyntaxNode {
    var w = Writer(id: incident.id)
    w.text("name", incident.name)
    w.day("date", incident.date)
    w.text("product", incident.product)
    w.text("harm", incident.harm)
    w.text("jurisdiction", incident.jurisdiction)
    w.text("description", incident.description)
    if !incident.circumstances.isEmpty {
      w.add(
        "circumstances",
        Writer.mapping(
          incident.circumstances.map {
            ($0.circumstance.rawValue, Writer.scalar($0.holds ? "true" : "false", quoted: false))
          }))
    }
    if !incident.aware.isEmpty {
      w.add(
        "aware",
        Writer.mapping(
          incident.aware.map { ($0.party, Writer.scalar($0.date.description, quoted: false)) }))
    }
    if !incident.alleged.isEmpty {
      w.add(
        "alleged",
        Writer.sequence(
          incident.alleged.map { allegation in
            var a = Writer()
            a.text("by", allegation.by)
            a.texts("developers", allegation.developers)
            a.texts("deployers", allegation.deployers)
            a.texts("harmed", allegation.harmed)
            a.texts("systems", allegation.systems)
            a.fact(allegation.fact)
            return a.node
          }))
    }
    if !incident.proceedings.isEmpty {
      w.add(
        "proceedings",
        Writer.sequence(
          incident.proceedings.map { proceeding in
            var p = Writer()
            p.text("forum", proceeding.forum)
            p.text("claimant", proceeding.claimant)
            p.texts("respondents", proceeding.respondents)
            p.texts("causes_of_action", proceeding.causesOfAction)
            p.day("filed", proceeding.filed)
            p.day("decided", proceeding.decided)
            p.text("outcome", proceeding.outcome)
            p.number("damages_usd", proceeding.damagesUSD)
            p.text("citation", proceeding.citation)
            p.texts("pinpoints", proceeding.pinpoints)
            p.fact(proceeding.fact)
            return p.node
          }))
    }
    w.fact(incident.fact)
    return w.node
  }

  package static func syntax(_ source: Source) -> SyntaxNode {
    var w = Writer(id: source.id)
    w.text("title", source.title)
    w.text("url", source.url)
    w.day("retrieved", source.retrieved)
    w.text("publisher", source.publisher)
    w.text("description", source.description)
    w.fact(source.fact)
    return w.node
  }
}

/// A mapping written key by key; absent values are left out.
private struct Writer {
  var entries: [SyntaxEntry] = []

  init() {}

  init(id: String) { text("id", id) }

  var node: SyntaxNode { Self.mapping(entries) }

  static func scalar(_ text: String, quoted: Bool = true) -> SyntaxNode {
    SyntaxNode(content: .scalar(text, quoted: quoted), line: 0, column: 0)
  }

  static func sequence(_ items: [SyntaxNode]) -> SyntaxNode {
    SyntaxNode(content: .sequence(items), line: 0, column: 0)
  }

  static func mapping(_ entries: [SyntaxEntry]) -> SyntaxNode {
    SyntaxNode(content: .mapping(entries), line: 0, column: 0)
  }

  static func mapping(_ pairs: [(String, SyntaxNode)]) -> SyntaxNode {
    mapping(pairs.map { SyntaxEntry(key: $0.0, keyLine: 0, keyColumn: 0, value: $0.1) })
  }

  /// A number as the loader reads it back to the same value: an integer
  /// without a fraction, else the shortest decimal that round-trips.
  static func number(_ value: Double) -> String {
    if value == value.rounded(), value.magnitude < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  mutating func add(_ key: String, _ value: SyntaxNode) {
    entries.append(SyntaxEntry(key: key, keyLine: 0, keyColumn: 0, value: value))
  }

  mutating func text(_ key: String, _ value: String?) {
    if let value { add(key, Self.scalar(value)) }
  }

  mutating func list(_ key: String, _ items: [SyntaxNode]) {
    if !items.isEmpty { add(key, Self.sequence(items)) }
  }

  mutating func texts(_ key: String, _ values: [String]) {
    if !values.isEmpty { add(key, Self.sequence(values.map { Self.scalar($0) })) }
  }

  mutating func day(_ key: String, _ value: Day?) {
    if let value { add(key, Self.scalar(value.description, quoted: false)) }
  }

  mutating func bool(_ key: String, _ value: Bool?) {
    if let value { add(key, Self.scalar(value ? "true" : "false", quoted: false)) }
  }

  mutating func marking(_ marking: [StatedMarking]) {
    guard !marking.isEmpty else { return }
    add(
      "marking",
      Self.mapping(
        marking.map { ($0.fact.rawValue, Self.scalar($0.holds ? "true" : "false", quoted: false)) }
      ))
  }

  mutating func number(_ key: String, _ value: Double?) {
    if let value { add(key, Self.scalar(Self.number(value), quoted: false)) }
  }

  mutating func integer(_ key: String, _ value: Int?) {
    if let value { add(key, Self.scalar(String(value), quoted: false)) }
  }

  /// A list of references: plain ids, or mappings for those with their own
  /// validity and evidence or a way of running.
  mutating func references(_ key: String, _ list: [Reference]) {
    guard !list.isEmpty else { return }
    add(
      key,
      Self.sequence(
        list.map { reference in
          guard reference.fact != nil || reference.runs != nil else {
            return Self.scalar(reference.id)
          }
          var r = Writer(id: reference.id)
          r.text("runs", reference.runs?.rawValue)
          if let fact = reference.fact { r.fact(fact) }
          return r.node
        }))
  }

  /// The AI-system facts services and products share; a list that is
  /// `nil` is not stated and is left out.
  mutating func system(
    purpose: String?, highRisk: Bool?, generates: [ContentKind]?, excluded: Bool?,
    functions: [SystemFunction]?
  ) {
    text("intended_purpose", purpose)
    bool("high_risk", highRisk)
    if let generates { add("generates", Self.sequence(generates.map { Self.scalar($0.rawValue) })) }
    bool("high_risk_use_excluded", excluded)
    if let functions { add("functions", Self.sequence(functions.map { Self.scalar($0.rawValue) })) }
  }

  mutating func fact(_ fact: Fact) {
    day("valid_from", fact.validFrom)
    day("valid_to", fact.validTo)
    texts("sources", fact.sources)
    text("known", fact.known?.rawValue)
    extra(fact.extra)
  }

  mutating func extra(_ entries: [FreeValue.Entry]) {
    if !entries.isEmpty { add("extra", Self.free(.map(entries))) }
  }

  static func free(_ value: FreeValue) -> SyntaxNode {
    switch value {
    case .null: return SyntaxNode(content: .null, line: 0, column: 0)
    case .bool(let b): return scalar(b ? "true" : "false", quoted: false)
    case .number(let n): return scalar(number(n), quoted: false)
    case .string(let s): return scalar(s)
    case .list(let items): return sequence(items.map(free))
    case .map(let entries): return mapping(entries.map { ($0.key, free($0.value)) })
    }
  }
}
