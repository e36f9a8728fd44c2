import Foundation
import LiabilityGraph

/// What an import read, what it could not use, and the chain it made.
public struct ImportResult: Sendable {
  /// The chain, typed: check it with `Loader.check(_:)`, write it with
  /// `DocumentWriter`, or record it in a store.
  public var document: Document
  /// Problems found, each coded and placed in its file; none stops the
  /// import.
  public var diagnostics: [Diagnostic]
  /// A sentence per fact: how much was read and resolved.
  public var summary: [String]

  /// Creates a result.
  public init(document: Document, diagnostics: [Diagnostic], summary: [String]) {
    self.document = document
    self.diagnostics = diagnostics
    self.summary = summary
  }
}

/// A reader of another format into a chain. Every importer reads its files
/// through ``read(paths:)-swift.type.method``, which reads each file's bytes (a file that
/// cannot be read is a diagnostic, and the import goes on), hands them to
/// ``read(_:into:)``, then calls ``finish(into:)`` and has the one
/// ``ChainAssembler`` make the chain.
public protocol ChainImporter {
  /// An importer with nothing read yet.
  init()
  /// The title of the chain an import makes.
  var title: String { get }
  /// Reads one file into the chain being assembled; problems are the
  /// assembler's diagnostics.
  mutating func read(_ file: ImportedFile, into chain: inout ChainAssembler)
  /// Adds what needs every file read first (items named across files).
  mutating func finish(into chain: inout ChainAssembler)
  /// What was read, a sentence per fact.
  func summary(of chain: ChainAssembler, files: Int) -> [String]
}

extension ChainImporter {
  /// Nothing to add after the files.
  public mutating func finish(into chain: inout ChainAssembler) {}

  /// Reads the files at `paths` into one chain with a new importer; a file
  /// that cannot be read as the format is left out with a warning.
  public static func read(paths: [String]) -> ImportResult {
    var importer = Self()
    return importer.read(paths: paths)
  }

  /// Reads the files at `paths` into one chain.
  public mutating func read(paths: [String]) -> ImportResult {
    var chain = ChainAssembler(title: title)
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path) else {
        chain.warn(
          .unreadableFile, "cannot be read; left out",
          at: SourceLocation(file: path, line: 1, column: 1))
        continue
      }
      read(ImportedFile(path: path, bytes: [UInt8](data)), into: &chain)
    }
    finish(into: &chain)
    chain.complete()
    return ImportResult(
      document: chain.document, diagnostics: chain.diagnostics,
      summary: summary(of: chain, files: paths.count))
  }
}

/// One file an importer reads: its path as given and its bytes.
public struct ImportedFile: Sendable {
  /// The path, as given on the command line.
  public var path: String
  /// The file's bytes.
  public var bytes: [UInt8]

  /// Creates a file to read.
  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  /// A place in the file.
  public func at(_ line: Int, _ column: Int = 1) -> SourceLocation {
    SourceLocation(file: path, line: max(line, 1), column: max(column, 1))
  }

  /// The file as text, or nil with a diagnostic at the first byte that is
  /// not UTF-8.
  func text(_ chain: inout ChainAssembler) -> String? {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    let bad = UTF8Check.firstInvalid(in: bytes)
    let offset = bad?.offset ?? 0
    let byte = offset < bytes.count ? String(bytes[offset], radix: 16, uppercase: true) : "?"
    chain.warn(
      .notUTF8,
      "not UTF-8: byte 0x" + (byte.count < 2 ? "0" + byte : byte)
        + " at offset \(offset) is not valid UTF-8; left out",
      at: at(bad?.line ?? 1, bad?.column ?? 1))
    return nil
  }

  /// The file parsed as JSON, or nil with a diagnostic where it fails.
  func json(_ chain: inout ChainAssembler) -> JSONView? {
    switch JSONReader(file: path).read(bytes) {
    case .success(let node): return JSONView(node: node)
    case .failure(let list):
      chain.notRead(list, "not JSON", in: self)
      return nil
    }
  }

  /// The file parsed as YAML, or nil with a diagnostic where it fails.
  func yaml(_ chain: inout ChainAssembler) -> SyntaxNode? {
    guard let text = text(&chain) else { return nil }
    switch YAMLReader(file: path).read(text) {
    case .success(let node): return node
    case .failure(let list):
      chain.notRead(list, "not YAML", in: self)
      return nil
    }
  }
}

/// The one place every importer makes its chain: ids minted once in one
/// namespace, parties and licenses made once per name, lineage resolved
/// and its cycles broken by the one walk the loader uses, text made what
/// the format accepts, and every problem a coded `Diagnostic`.
///
/// An importer adds items whose ids it has minted or claimed here, links
/// models to their bases with ``link(_:to:relation:assumed:because:facts:at:)``,
/// and ``complete()`` finishes the `Document`.
public struct ChainAssembler: Sendable {
  /// The chain so far (lineage is added by ``complete()``).
  public private(set) var document: Document
  /// Problems found so far.
  public private(set) var diagnostics: [Diagnostic] = []
  /// Every id given to an item.
  var taken: Set<String> = []
  /// Parties and licenses by the key an importer made them for.
  var partyIDs: [String: String] = [:]
  var licenseIDs: [String: String] = [:]
  /// The models' ids, for lineage.
  var modelIndex: [String: Int] = [:]
  /// Each model's links to its bases, resolved at the end.
  var lineage: [String: [PendingLink]] = [:]

  /// A link of a model to a base as an importer read it: the relation the
  /// source states, or the one assumed (`fallback`: unstated ancestors are
  /// a merge when two or more remain), and why it is assumed.
  struct PendingLink: Sendable {
    var base: String
    var relation: LineageRelation?
    var fallback: LineageRelation
    var because: String?
    var location: SourceLocation
    /// The link's own facts as the source gives them (compute, cost,
    /// date, validity, sources), when it gives any.
    var facts: LineageLink? = nil
  }

  /// Models whose source states that they derive from no model.
  var statedBaseModels: Set<String> = []
  /// Items read from an lgraph export, whose facts say how they are known
  /// as the chain said it (an unstated `known` stays unstated).
  var faithful: Set<String> = []
  /// Where each item a source carried whole was read, with its kind.
  var adoptedAt: [SourceLocation: (what: String, id: String)] = [:]

  /// An assembler for a chain titled `title`.
  public init(title: String) {
    document = Document(file: "import")
    document.title = title
  }

  // MARK: Diagnostics

  /// Records an error: the import cannot make what it was asked to, and
  /// nothing is written.
  public mutating func fail(_ code: DiagnosticCode, _ message: String, at location: SourceLocation)
  {
    diagnostics.append(Diagnostic(.error, code, message, at: location))
  }

  /// Records a warning.
  public mutating func warn(
    _ code: DiagnosticCode, _ message: String, at location: SourceLocation,
    notes: [Diagnostic.Note] = []
  ) {
    diagnostics.append(Diagnostic(.warning, code, message, at: location, notes: notes))
  }

  /// A file that does not parse, said at its first problem.
  mutating func notRead(_ error: DiagnosticList, _ what: String, in file: ImportedFile) {
    let first = error.diagnostics.first
    warn(
      .syntaxError, "\(what) (\(first?.message ?? "")); left out",
      at: first?.location ?? file.at(1))
  }

  // MARK: Ids

  /// An id from a name: letters and digits kept, everything else a dash.
  public static func slug(_ name: String) -> String {
    var out = ""
    var dash = false
    for character in name.lowercased() {
      if character.isASCII, character.isLetter || character.isNumber || character == "." {
        out.append(character)
        dash = false
      } else if !dash, !out.isEmpty {
        out.append("-")
        dash = true
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    // An id is at most SyntaxLimits.maxIDBytes long, and a slug leaves
    // room for a prefix such as `org:`: a longer one keeps its start and a
    // hash of the whole, so distinct names stay distinct.
    if out.utf8.count > maxSlugBytes {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      let suffix = "-" + String(hash, radix: 16)
      out = String(out.prefix(maxSlugBytes - suffix.utf8.count)) + suffix
    }
    return out.isEmpty ? "asset" : out
  }

  /// The longest slug: an id's limit less room for a prefix.
  static let maxSlugBytes = SyntaxLimits.maxIDBytes - 16

  /// `base` numbered `n` to tell it from an id already taken (`base-n`),
  /// shortened so that the whole stays a valid id (ids are ASCII).
  static func numbered(_ base: String, _ n: Int) -> String {
    let suffix = "-\(n)"
    return cut(base, to: SyntaxLimits.maxIDBytes - suffix.utf8.count) + suffix
  }

  static func cut(_ text: String, to bytes: Int) -> String {
    text.utf8.count > bytes ? String(decoding: text.utf8.prefix(bytes), as: UTF8.self) : text
  }

  /// Whether `id` is a valid id.
  public static func isID(_ id: String) -> Bool { SyntaxDecoder.validIDBytes(id.utf8) }

  /// Whether an item has `id`.
  public func isTaken(_ id: String) -> Bool { taken.contains(id) }

  /// Takes `id` as it is (a valid id): false when an item has it.
  public mutating func claim(_ id: String) -> Bool {
    Self.isID(id) && taken.insert(id).inserted
  }

  /// A new item's id: `wanted` when it is a valid id no item has (else the
  /// slug of `name`, or of `wanted`); when that is taken, `prefix` put
  /// before it, then numbered (`-2`, `-3`, ...), said in a warning naming
  /// `what` the item is.
  public mutating func mint(
    _ wanted: String, name: String? = nil, prefix: String? = nil, what: String,
    at location: SourceLocation
  ) -> String {
    let base = Self.isID(wanted) ? wanted : Self.slug(name ?? wanted)
    guard taken.contains(base) else {
      taken.insert(base)
      return base
    }
    var candidate = base
    if let prefix { candidate = Self.cut(prefix + base, to: SyntaxLimits.maxIDBytes) }
    let stem = candidate
    var n = 2
    while taken.contains(candidate) {
      candidate = Self.numbered(stem, n)
      n += 1
    }
    taken.insert(candidate)
    warn(
      .renamedID,
      "\(what) '\(base)' has the id of another item of the import; recorded as '\(candidate)'",
      at: location)
    return candidate
  }

  // MARK: Parties and licenses

  /// The party made for `key` (an account, an organization's name), made
  /// by `make` with its minted id the first time.
  public mutating func party(
    key: String, wanted: String, prefix: String? = nil, at location: SourceLocation,
    make: (String) -> Party
  ) -> String {
    if let id = partyIDs[key] { return id }
    let id = mint(wanted, name: key, prefix: prefix, what: "party", at: location)
    partyIDs[key] = id
    document.parties.append(make(id))
    return id
  }

  /// The party of an organization's name (`org:` and its slug), or
  /// `unattributed` (named `unattributed`) when the source names none.
  public mutating func organization(
    _ name: String?, unattributed: String, at location: SourceLocation
  ) -> String {
    let fact = Fact(location: location)
    guard let name, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
      return party(key: "\u{0}unattributed", wanted: "unattributed", at: location) {
        Party(id: $0, name: unattributed, fact: fact)
      }
    }
    // Names that give one id (`Acme Inc`, `ACME inc.`) are one party.
    let wanted = "org:" + Self.slug(name)
    return party(key: wanted, wanted: wanted, at: location) {
      Party(id: $0, name: name, fact: fact)
    }
  }

  /// What to do with a license text that names no known license.
  public enum UnknownLicense: Sendable {
    /// Record a license item by its name, without its facts.
    case record
    /// Leave it out.
    case leaveOut
  }

  /// A license reference: the id of the known license `text` (or `name`)
  /// names, exactly or once spaces are dashes (`Apache 2.0`, said when
  /// `sayNormalised`); else, as `unknown` says, a new license item by its
  /// name or nothing, with a warning either way.
  public mutating func license(
    _ text: String?, name: String? = nil, at location: SourceLocation,
    unknown: UnknownLicense = .record, sayNormalised: Bool = false
  ) -> String? {
    let label = (text ?? name)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    guard !label.isEmpty else { return nil }
    if let text, let known = BuiltinLicenses.shared.canonicalID(for: text) { return known }
    for candidate in [text, name].compactMap({ $0 }) {
      guard let known = Self.knownLicense(candidate) else { continue }
      if sayNormalised {
        warn(
          .unknownLicense,
          "'\(candidate)' is not an SPDX id; recorded as \(known) (the license it names)",
          at: location)
      }
      return known
    }
    switch unknown {
    case .leaveOut:
      warn(
        .unknownLicense, "license '\(label.prefix(60))' is not a known license; left out",
        at: location)
      return nil
    case .record:
      if let id = licenseIDs[label] { return id }
      let wanted = Self.isID(label) ? label : Self.slug(label)
      let id = mint(wanted, prefix: "license:", what: "license", at: location)
      licenseIDs[label] = id
      document.licenses.append(License(id: id, name: label, fact: Fact(location: location)))
      warn(
        .unknownLicense,
        "license '\(label)' is not a known license; recorded by its name, without its facts "
          + "(OSI approval, revocability, use restrictions): state them in the chain",
        at: location)
      return id
    }
  }

  /// A license text as a known license id, if it is one once spaces are
  /// dashes or gone.
  public static func knownLicense(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return nil }
    let candidates = [
      trimmed, trimmed.replacingOccurrences(of: " ", with: "-"),
      trimmed.replacingOccurrences(of: " ", with: ""),
      trimmed.replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "--", with: "-"),
    ]
    for candidate in candidates {
      if let id = BuiltinLicenses.shared.canonicalID(for: candidate) { return id }
    }
    return nil
  }

  /// Jurisdiction codes as the format holds them: common non-ISO
  /// spellings mapped (UK to GB) and every other code that is not one left
  /// out, each said (`key` names the field, `item` what it belongs to).
  public mutating func jurisdictions(
    _ codes: [String], key: String, of item: String, at location: SourceLocation
  ) -> [String] {
    codes.compactMap { code in
      if SyntaxDecoder.isJurisdiction(code) { return code }
      if let iso = SyntaxDecoder.isoAlias(code) {
        warn(
          .invalidJurisdiction, "\(key) '\(code)' of '\(item)' is recorded as '\(iso)' (ISO 3166)",
          at: location)
        return iso
      }
      warn(
        .invalidJurisdiction, "\(key) '\(code)' of '\(item)' is not an ISO 3166 code; left out",
        at: location)
      return nil
    }
  }

  // MARK: Items

  /// Adds a dataset (its id minted or claimed here).
  public mutating func add(_ dataset: Dataset) {
    var dataset = dataset
    dataset.fact.sources = dataset.fact.sources.uniqued()
    document.datasets.append(dataset)
  }
  /// Adds a service (its id minted or claimed here).
  public mutating func add(_ service: Service) {
    var service = service
    service.models = once(service.models, "models")
    service.hosts = once(service.hosts, "hosts")
    service.deployers = once(service.deployers, "deployers")
    service.regions = service.regions.uniqued()
    service.fact.sources = service.fact.sources.uniqued()
    document.services.append(service)
  }
  /// Adds a product (its id minted or claimed here).
  public mutating func add(_ product: Product) {
    var product = product
    product.uses = once(product.uses, "uses")
    product.deployers = once(product.deployers, "deployers")
    product.markets = product.markets.uniqued()
    product.fact.sources = product.fact.sources.uniqued()
    document.products.append(product)
  }
  /// Adds a source (its id minted or claimed here).
  public mutating func add(_ source: Source) { document.sources.append(source) }

  /// Adds an incident (its id minted or claimed here).
  public mutating func add(_ incident: Incident) { document.incidents.append(incident) }

  /// Adds an item a source carried whole, as a chain file writes it (a
  /// license, disclosure, contract or incident): its id claimed, or, when
  /// another item of the import has it, the item left out with a warning.
  mutating func adopt<Item>(
    _ item: Item, id: String, what: String, at location: SourceLocation,
    into keyPath: WritableKeyPath<Document, [Item]>
  ) {
    guard claim(id) else {
      warn(.duplicateID, "\(what) '\(id)' is carried twice; the second is left out", at: location)
      return
    }
    adoptedAt[location] = (what, id)
    faithful.insert(id)
    document[keyPath: keyPath].append(item)
  }

  /// Adds a party a source carried whole, under its own id, so that every
  /// item naming it (by id, or by its name as an organization) is its.
  mutating func adopt(_ party: Party, at location: SourceLocation) {
    guard claim(party.id) else {
      warn(
        .duplicateID, "party '\(party.id)' is carried twice; the second is left out",
        at: location)
      return
    }
    partyIDs["\u{1}" + party.id] = party.id
    faithful.insert(party.id)
    let byName = "org:" + Self.slug(party.name)
    if partyIDs[byName] == nil { partyIDs[byName] = party.id }
    document.parties.append(party)
  }

  /// The id of a party adopted under `id`, if one was.
  public func adoptedParty(_ id: String) -> String? { partyIDs["\u{1}" + id] }

  /// Sets the chain's own facts (title, description, date, free keys) as a
  /// source carried them.
  mutating func adoptHeader(_ header: Document) {
    if let title = header.title { document.title = title }
    if let description = header.description { document.description = description }
    if let asOf = header.asOf { document.asOf = asOf }
    if !header.extra.isEmpty { document.extra = header.extra }
  }

  /// Keeps the facts of item `id` as its source states them: an lgraph
  /// export says how each fact is known, or that it does not say.
  public mutating func keepKnowledge(of id: String) { faithful.insert(id) }

  /// Records that `model`'s source states it derives from no model (not
  /// the same as a source that does not say).
  public mutating func statesNoBase(_ model: String) { statedBaseModels.insert(model) }

  /// Adds a model (its id minted or claimed here); its lineage is what
  /// ``link(_:to:relation:assumed:because:facts:at:)`` adds.
  public mutating func add(_ model: Model) {
    var model = model
    model.trainedOn = once(model.trainedOn, "trained_on")
    model.fact.sources = model.fact.sources.uniqued()
    modelIndex[model.id] = document.models.count
    document.models.append(model)
  }

  /// `references` with a plain reference to an id already listed left out,
  /// as the format holds a list (the loader reads a second one as
  /// `listed-twice`), each said.
  mutating func once(_ references: [Reference], _ key: String) -> [Reference] {
    var seen: Set<String> = []
    return references.filter { reference in
      guard reference.fact == nil, !seen.insert(reference.id).inserted else { return true }
      warn(
        .listedTwice, "'\(reference.id)' is listed twice in '\(key)'; once is kept",
        at: reference.location)
      return false
    }
  }

  /// Whether a model has `id`.
  public func hasModel(_ id: String) -> Bool { modelIndex[id] != nil }

  /// How many models, datasets, services, products and parties there are.
  public var counts: (models: Int, datasets: Int, services: Int, products: Int, parties: Int) {
    (
      document.models.count, document.datasets.count, document.services.count,
      document.products.count, document.parties.count
    )
  }

  /// Records `model`'s link to `base`: the relation stated, or else
  /// `fallback` (a fine-tune fallback becomes a merge when two or more
  /// unstated ancestors remain, or a stated merge is there), marked
  /// `relation_assumed` with `because`. A model naming itself is left out
  /// with a warning, and a base named twice is recorded once.
  public mutating func link(
    _ model: String, to base: String, relation: LineageRelation?,
    assumed fallback: LineageRelation = .finetune, because: String? = nil,
    facts: LineageLink? = nil, at location: SourceLocation
  ) {
    guard base != model else {
      warn(
        .lineageCycle, "'\(model)' names itself as its base (a self-loop); left out",
        at: location)
      return
    }
    guard !(lineage[model] ?? []).contains(where: { $0.base == base }) else { return }
    lineage[model, default: []].append(
      PendingLink(
        base: base, relation: relation, fallback: fallback, because: because,
        location: location, facts: facts))
  }

  // MARK: The chain

  /// Completes the chain: lineage cycles broken (each link closing one
  /// left out, said), each model's links resolved as the format holds
  /// them, and every text made one the format accepts (said).
  public mutating func complete() {
    breakCycles()
    for index in document.models.indices {
      let links = resolvedLinks(document.models[index].id)
      document.models[index].derivedFrom = links
      // No base read: the lineage is unknown, not "none".
      document.models[index].lineageStated =
        !links.isEmpty || statedBaseModels.contains(document.models[index].id)
    }
    lineage = [:]
    markKnowledge()
    var text = ImportedText()
    text.clean(&document)
    diagnostics += text.diagnostics
    dropUnloadableItems()
  }

  /// How each fact an import made is known, where the source does not say:
  /// `declared` (the card, BOM or export said so), and `inferred` for a
  /// lineage relation the import assumed (`relation_assumed`).
  mutating func markKnowledge() {
    let kept = faithful
    func mark(_ fact: inout Fact, _ id: String) {
      if fact.known == nil, !kept.contains(id) { fact.known = .declared }
    }
    for i in document.parties.indices { mark(&document.parties[i].fact, document.parties[i].id) }
    for i in document.licenses.indices {
      mark(&document.licenses[i].fact, document.licenses[i].id)
    }
    for i in document.datasets.indices {
      mark(&document.datasets[i].fact, document.datasets[i].id)
    }
    for i in document.services.indices {
      mark(&document.services[i].fact, document.services[i].id)
    }
    for i in document.products.indices {
      mark(&document.products[i].fact, document.products[i].id)
    }
    for i in document.incidents.indices {
      mark(&document.incidents[i].fact, document.incidents[i].id)
    }
    for i in document.models.indices where !kept.contains(document.models[i].id) {
      var model = document.models[i]
      mark(&model.fact, model.id)
      model.derivedFrom = model.derivedFrom.map { link in
        var link = link
        if link.fact.known == nil {
          link.fact.known =
            link.fact.extra.contains { $0.key == "relation_assumed" } ? .inferred : .declared
        }
        return link
      }
      document.models[i] = model
    }
  }

  /// Leaves out each item a source carried whole that the chain's checks
  /// refuse (a contract naming a party the document does not hold), each
  /// said with the check's reason, so that what an import makes loads.
  mutating func dropUnloadableItems() {
    guard !adoptedAt.isEmpty else { return }
    for _ in 0..<8 {
      let errors = Loader.check(document).errors
      let refused = errors.compactMap { error in adoptedAt[error.location].map { ($0, error) } }
      guard !refused.isEmpty else { return }
      var gone: Set<String> = []
      for (item, error) in refused where gone.insert(item.what + " " + item.id).inserted {
        warn(
          .unknownReference,
          "\(item.what) '\(item.id)' is left out: \(error.message)", at: error.location)
      }
      func keep(_ what: String, _ id: String) -> Bool { !gone.contains(what + " " + id) }
      document.licenses.removeAll { !keep("license", $0.id) }
      document.disclosures.removeAll { !keep("disclosure", $0.id) }
      document.contracts.removeAll { !keep("contract", $0.id) }
      document.incidents.removeAll { !keep("incident", $0.id) }
      document.sources.removeAll { !keep("source", $0.id) }
    }
  }

  /// Leaves out each link that closes a lineage cycle, with a warning.
  mutating func breakCycles() {
    let models = document.models
    let links = models.map { lineage[$0.id] ?? [] }
    let walk = LineageWalk.closingLinks(
      count: models.count, baseCount: { links[$0].count },
      base: { node, link in self.modelIndex[links[node][link].base] ?? -1 })
    var dropped: [String: Set<Int>] = [:]
    for closing in walk {
      let model = models[closing.node].id
      let link = links[closing.node][closing.link]
      warn(
        .lineageCycle,
        "'\(model)' derives from '\(link.base)', which derives from '\(model)' through its "
          + "bases (a lineage cycle); '\(model)' keeps no link to '\(link.base)'",
        at: link.location)
      dropped[model, default: []].insert(closing.link)
    }
    for (model, gone) in dropped {
      lineage[model] = lineage[model]?.enumerated().filter { !gone.contains($0.offset) }.map(
        \.element)
    }
  }

  /// A model's remaining links as the format can hold them: relations
  /// assumed now that cycles are broken, stated links before assumed ones,
  /// a merge left with one base recorded as a fine-tune, and a second base
  /// of one non-merge relation left out (an assumed one gives way to a
  /// stated one); each change said.
  mutating func resolvedLinks(_ model: String) -> [LineageLink] {
    let links = lineage[model] ?? []
    let statedMerge = links.contains { $0.relation == .merge }
    let unstatedAncestors = links.filter { $0.relation == nil && $0.fallback == .finetune }.count
    let all: [(link: PendingLink, relation: LineageRelation, assumed: Bool)] = links.map { link in
      if let relation = link.relation { return (link, relation, false) }
      let merge = link.fallback == .finetune && (statedMerge || unstatedAncestors > 1)
      return (link, merge ? .merge : link.fallback, true)
    }
    var resolved = all.filter { !$0.assumed } + all.filter(\.assumed)
    let merges = resolved.indices.filter { resolved[$0].relation == .merge }
    if merges.count == 1, let only = merges.first {
      warn(
        .lineageRelation,
        "'\(model)' is left with one merge base '\(resolved[only].link.base)'; recorded as a "
          + "fine-tune" + (resolved[only].link.because == nil ? "" : " (relation_assumed)"),
        at: resolved[only].link.location)
      resolved[only].relation = .finetune
      resolved[only].assumed = resolved[only].link.because != nil
    }
    var seen: Set<LineageRelation> = []
    var out: [LineageLink] = []
    for entry in resolved {
      if entry.relation != .merge, !seen.insert(entry.relation).inserted {
        warn(
          .lineageRelation,
          "'\(model)' already has a \(entry.relation.rawValue) base; '\(entry.link.base)' left "
            + "out (the format holds one base per relation, or a merge)",
          at: entry.link.location)
        continue
      }
      var link =
        entry.link.facts
        ?? LineageLink(base: entry.link.base, fact: Fact(location: entry.link.location))
      link.base = entry.link.base
      link.relation = entry.relation
      if entry.assumed, let because = entry.link.because,
        !link.fact.extra.contains(where: { $0.key == "relation_assumed" })
      {
        link.fact.extra.append(FreeValue.Entry(key: "relation_assumed", value: .string(because)))
      }
      out.append(link)
    }
    return out
  }
}

/// Makes what an importer read from another format into text the format
/// accepts, so that what an import makes always loads: control characters
/// other than tab and line breaks, and the noncharacters U+FFFE and U+FFFF,
/// removed; names cut to the format's length, other text too; a warning
/// says how many values were changed.
struct ImportedText {
  var removed = 0
  var shortened = 0
  var first: SourceLocation? = nil
  var at = SourceLocation(file: "import", line: 1, column: 1)

  mutating func clean(_ value: inout String, name: Bool = false) {
    var text = value
    if SyntaxDecoder.forbiddenCharacter(in: text) != nil {
      text = String(
        String.UnicodeScalarView(
          text.unicodeScalars.filter { SyntaxDecoder.forbiddenCharacter(in: String($0)) == nil }))
      removed += 1
    }
    if name, text.count > SyntaxLimits.maxNameCharacters {
      text = String(text.prefix(SyntaxLimits.maxNameCharacters - 1)) + "…"
      shortened += 1
    }
    if text.utf8.count > SyntaxLimits.maxTextBytes {
      var cut = Substring(text)
      while cut.utf8.count > SyntaxLimits.maxTextBytes - 3 {
        cut = cut.dropLast(cut.count / 8 + 1)
      }
      text = String(cut) + "…"
      shortened += 1
    }
    if text != value {
      if first == nil { first = at }
      value = text
    }
  }

  mutating func clean(_ value: inout String?) {
    guard var text = value else { return }
    clean(&text)
    value = text
  }

  mutating func clean(_ document: inout Document) {
    for i in document.parties.indices {
      at = document.parties[i].fact.location
      clean(&document.parties[i].name, name: true)
      clean(&document.parties[i].description)
      clean(&document.parties[i].url)
    }
    for i in document.licenses.indices {
      at = document.licenses[i].fact.location
      clean(&document.licenses[i].name, name: true)
    }
    for i in document.datasets.indices {
      at = document.datasets[i].fact.location
      clean(&document.datasets[i].name, name: true)
      clean(&document.datasets[i].description)
      clean(&document.datasets[i].url)
    }
    for i in document.models.indices {
      at = document.models[i].fact.location
      var name = document.models[i].name
      clean(&name, name: true)
      if name != document.models[i].name { document.models[i].name = name }
      var description = document.models[i].description
      clean(&description)
      if description != document.models[i].description {
        document.models[i].description = description
      }
      var url = document.models[i].url
      clean(&url)
      if url != document.models[i].url { document.models[i].url = url }
      var revision = document.models[i].revision
      clean(&revision)
      if revision != document.models[i].revision { document.models[i].revision = revision }
      var hashes = document.models[i].hashes
      for h in hashes.indices { clean(&hashes[h].file) }
      if hashes != document.models[i].hashes { document.models[i].hashes = hashes }
    }
    for i in document.services.indices {
      at = document.services[i].fact.location
      clean(&document.services[i].name, name: true)
      clean(&document.services[i].description)
      clean(&document.services[i].url)
    }
    for i in document.products.indices {
      at = document.products[i].fact.location
      clean(&document.products[i].name, name: true)
      clean(&document.products[i].description)
      clean(&document.products[i].url)
    }
    for i in document.sources.indices {
      at = document.sources[i].fact.location
      clean(&document.sources[i].title)
      clean(&document.sources[i].description)
      clean(&document.sources[i].url)
      clean(&document.sources[i].publisher)
      clean(&document.sources[i].fact.extra)
    }
    for i in document.incidents.indices {
      at = document.incidents[i].fact.location
      clean(&document.incidents[i].name)
      clean(&document.incidents[i].description)
      for a in document.incidents[i].alleged.indices {
        clean(&document.incidents[i].alleged[a].by)
        for s in document.incidents[i].alleged[a].systems.indices {
          clean(&document.incidents[i].alleged[a].systems[s])
        }
      }
    }
  }

  /// Free values, every text in them cleaned.
  mutating func clean(_ entries: inout [FreeValue.Entry]) {
    func cleaned(_ value: FreeValue) -> FreeValue {
      switch value {
      case .string(var text):
        clean(&text)
        return .string(text)
      case .list(let items): return .list(items.map(cleaned))
      case .map(let entries):
        return .map(entries.map { FreeValue.Entry(key: $0.key, value: cleaned($0.value)) })
      default: return value
      }
    }
    entries = entries.map { FreeValue.Entry(key: $0.key, value: cleaned($0.value)) }
  }

  var diagnostics: [Diagnostic] {
    var out: [Diagnostic] = []
    let place = first ?? at
    if removed > 0 {
      out.append(
        Diagnostic(
          .warning, .controlCharacter,
          "\(removed) text value\(removed == 1 ? "" : "s") held control characters or "
            + "noncharacters the format does not accept; they were removed", at: place))
    }
    if shortened > 0 {
      out.append(
        Diagnostic(
          .warning, .inputLimit,
          "\(shortened) text value\(shortened == 1 ? " was" : "s were") longer than the format "
            + "accepts (names \(SyntaxLimits.maxNameCharacters) characters, other text "
            + "\(SyntaxLimits.maxTextBytes) bytes) and cut, ending with …", at: place))
    }
    return out
  }
}
