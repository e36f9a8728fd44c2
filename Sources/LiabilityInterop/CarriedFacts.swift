import LiabilityGraph

/// Facts a standard has no field for, carried beside the fields it has:
/// `lgraph:KEY` properties in CycloneDX, one annotation per element in
/// SPDX. A carried value is the fact as a chain file writes it: plain text
/// when it reads back as the same text, else JSON (a number, a list, a
/// mapping, or a quoted string). An import reads the value back with the
/// file loader's own decoder, so a carried fact is checked as a file's is.
enum CarriedFacts {
  /// The namespace of every carried name.
  static let prefix = "lgraph:"

  /// The entries of an item's syntax (as ``DocumentWriter`` writes it)
  /// whose keys are not in `native`, each as its key and value text.
  static func entries(_ item: SyntaxNode, except native: Set<String>) -> [(
    key: String, value: String
  )] {
    guard case .mapping(let entries) = item.content else { return [] }
    return entries.filter { !native.contains($0.key) }.map { ($0.key, text($0.value)) }
  }

  /// The text of a carried value.
  static func text(_ node: SyntaxNode) -> String {
    if case .scalar(let value, let quoted) = node.content, plain(value),
      quoted || StoredText.bare(value) == nil
    {
      return value
    }
    return StoredText.json(node)
  }

  /// Whether `text` reads back as itself, text and not a number or a
  /// boolean, when a carried value is not JSON.
  static func plain(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
      !"{[\"".unicodeScalars.contains(first), first != " ", last != " ",
      StoredText.bare(text) == nil, text != "null"
    else { return false }
    return !text.unicodeScalars.contains { $0.properties.generalCategory == .control }
  }

  /// A carried value read back: JSON when it starts as JSON does, else the
  /// text as it is; every node placed at `location` (where the standard's
  /// document holds the value). Nil, with the reader's message, when JSON
  /// does not read.
  static func node(_ text: String, at location: SourceLocation) -> Result<SyntaxNode, Unreadable> {
    guard let first = text.unicodeScalars.first, "{[\"".unicodeScalars.contains(first) else {
      return .success(
        SyntaxNode(
          content: .scalar(text, quoted: false), line: location.line, column: location.column))
    }
    switch JSONReader(file: location.file).read(Array(text.utf8)) {
    case .success(let node): return .success(placed(node, at: location))
    case .failure(let list):
      return .failure(Unreadable(message: list.diagnostics.first?.message ?? "not JSON"))
    }
  }

  /// The keys whose value is a list of references to other items.
  static let referenceLists: Set<String> = [
    "trained_on", "distributed_by", "uses", "models", "hosts", "deployers", "sources",
  ]

  /// An item's syntax as of `graph`'s view: each reference list keeps the
  /// entries that name an item of the view and hold on its date (an
  /// export carries the chain as of one date).
  static func view(_ item: SyntaxNode, in graph: SupplyChainGraph) -> SyntaxNode {
    guard case .mapping(let entries) = item.content else { return item }
    var node = item
    node.content = .mapping(
      entries.map { entry in
        guard referenceLists.contains(entry.key), case .sequence(let list) = entry.value.content
        else { return entry }
        var entry = entry
        entry.value.content = .sequence(list.filter { holds($0, in: graph) })
        return entry
      })
    return node
  }

  /// Whether a reference (an id, or `{id, valid_from, valid_to, ...}`)
  /// names an item of `graph` and holds on its date.
  static func holds(_ reference: SyntaxNode, in graph: SupplyChainGraph) -> Bool {
    guard let id = referencedID(reference) else {
      // Not an id nor an entry with one: not a reference to drop.
      if case .mapping = reference.content { return false }
      return true
    }
    guard graph.node(id) != nil else { return false }
    guard let date = graph.asOf, case .mapping(let entries) = reference.content else {
      return true
    }
    func day(_ key: String) -> Day? {
      guard let value = entries.first(where: { $0.key == key })?.value,
        case .scalar(let text, _) = value.content
      else { return nil }
      return Day(text)
    }
    return (day("valid_from").map { $0 <= date } ?? true)
      && (day("valid_to").map { date < $0 } ?? true)
  }

  /// Why a carried value does not read.
  struct Unreadable: Error {
    var message: String
  }

  /// `node` with every value and key at `location`.
  static func placed(_ node: SyntaxNode, at location: SourceLocation) -> SyntaxNode {
    var node = node
    node.line = location.line
    node.column = location.column
    switch node.content {
    case .sequence(let items): node.content = .sequence(items.map { placed($0, at: location) })
    case .mapping(let entries):
      node.content = .mapping(
        entries.map {
          SyntaxEntry(
            key: $0.key, keyLine: location.line, keyColumn: location.column,
            value: placed($0.value, at: location))
        })
    default: break
    }
    return node
  }

  /// One carried fact as read: its key, its value's syntax and text, and
  /// where the standard's document holds it.
  struct Fact {
    var key: String
    var value: SyntaxNode
    var text: String
    var location: SourceLocation
  }

  /// `item`'s syntax with each carried fact's key set to its value (added,
  /// or in place of the key's native value).
  static func merged(_ item: SyntaxNode, _ facts: [Fact]) -> SyntaxNode {
    guard case .mapping(var entries) = item.content else { return item }
    for fact in facts {
      let entry = SyntaxEntry(
        key: fact.key, keyLine: fact.location.line, keyColumn: fact.location.column,
        value: fact.value)
      if let index = entries.firstIndex(where: { $0.key == fact.key }) {
        entries[index] = entry
      } else {
        entries.append(entry)
      }
    }
    var node = item
    node.content = .mapping(entries)
    return node
  }

  /// A document of one section holding `items`, decoded by the file
  /// loader's decoder (without the checks across items): the document, or
  /// nil, and what the decoder found.
  static func decode(_ section: String, _ items: [SyntaxNode], file: String) -> (
    Document?, [Diagnostic]
  ) {
    let root = SyntaxNode(
      content: .mapping([
        SyntaxEntry(
          key: "format", keyLine: 1, keyColumn: 1,
          value: SyntaxNode(
            content: .scalar("liability-graph/1", quoted: false), line: 1, column: 1)),
        SyntaxEntry(
          key: section, keyLine: 1, keyColumn: 1,
          value: SyntaxNode(content: .sequence(items), line: 1, column: 1)),
      ]), line: 1, column: 1)
    return Loader.decode(root, file: file)
  }

  /// `native` (an item the importer made from the standard's fields) with
  /// `facts` carried for it, read by the file loader's decoder through
  /// `extract` (`wrap` puts the item where its section holds it, when it is
  /// part of another). A carried fact the decoder refuses is left out, with a
  /// warning that names it, the item and the decoder's reason; the item
  /// keeps its other facts.
  static func apply<Item>(
    _ facts: [Fact], to native: Item, named name: String, section: String,
    syntax: (Item) -> SyntaxNode, wrap: (SyntaxNode) -> SyntaxNode = { $0 },
    extract: (Document) -> Item?, chain: inout ChainAssembler
  ) -> Item {
    guard !facts.isEmpty else { return native }
    var kept = facts
    let file = facts[0].location.file
    for _ in 0...facts.count {
      let (document, diagnostics) = decode(
        section, [wrap(merged(syntax(native), kept))], file: file)
      let errors = diagnostics.filter { $0.severity == .error }
      if errors.isEmpty, let document, let item = extract(document) { return item }
      // Leave out the facts the errors are about (at their locations);
      // when no error points at one, every carried fact.
      let refused = kept.filter { fact in errors.contains { $0.location == fact.location } }
      for fact in refused.isEmpty ? kept : refused {
        let reason =
          errors.first { $0.location == fact.location }?.message
          ?? errors.first?.message ?? "not read"
        chain.warn(
          .invalidValue,
          "\(prefix)\(fact.key) '\(fact.text)' of '\(name)' is not read (\(reason)); left out",
          at: fact.location)
      }
      let gone = Set((refused.isEmpty ? kept : refused).map(\.key))
      kept.removeAll { gone.contains($0.key) }
      if kept.isEmpty { return native }
    }
    return native
  }

  /// A carrier's name and value as a standard's document holds them (a
  /// CycloneDX property, a line of an SPDX annotation).
  struct Named {
    var name: String
    var value: String
    var location: SourceLocation
  }

  /// Carried keys that reference other items, with the kinds they may
  /// name: a reference to an item the document does not hold is left out,
  /// said (the chain would not load with it).
  static let referenceKeys: [String: [NodeKind]] = [
    "distributed_by": [.party], "hosts": [.party], "deployers": [.party], "sources": [.source],
    "trained_on": [.dataset], "uses": [.service, .model], "models": [.model],
    "license": [.license],
  ]

  /// The id a reference names: an id, or the `id` of `{id, ...}`.
  static func referencedID(_ node: SyntaxNode) -> String? {
    switch node.content {
    case .scalar(let id, _): return id
    case .mapping(let entries):
      if let value = entries.first(where: { $0.key == "id" })?.value,
        case .scalar(let id, _) = value.content
      {
        return id
      }
      return nil
    default: return nil
    }
  }

  /// Whether the chain holds (or will hold) an item of one of `kinds`
  /// with `id`: a party or source it adopted, a license it has or knows,
  /// or one of `items` (the models, datasets, services and products the
  /// importer read).
  static func holds(
    _ id: String, _ kinds: [NodeKind], items: [String: NodeKind], chain: ChainAssembler
  ) -> Bool {
    kinds.contains { kind in
      switch kind {
      case .party: return chain.adoptedParty(id) != nil
      case .source: return chain.document.sources.contains { $0.id == id }
      case .license:
        return BuiltinLicenses.shared.canonicalID(for: id) != nil
          || chain.document.licenses.contains { $0.id == id }
      default: return items[id] == kind
      }
    }
  }

  /// The carried facts among `named` (`lgraph:KEY`, KEY not in `except`
  /// and not namespaced further), read back; a value that does not read,
  /// a key given twice, or a reference to an item the document does not
  /// hold (`items` are the models, datasets, services and products the
  /// importer read), said and left out.
  static func read(
    _ named: [Named], except: Set<String>, name: String, items: [String: NodeKind],
    chain: inout ChainAssembler
  ) -> [Fact] {
    var out: [Fact] = []
    var seen: Set<String> = []
    for entry in named {
      guard entry.name.hasPrefix(prefix) else { continue }
      let key = String(entry.name.dropFirst(prefix.count))
      guard !except.contains(key), !key.contains(":") else { continue }
      guard seen.insert(key).inserted else {
        chain.warn(
          .duplicateKey, "\(entry.name) of '\(name)' is given twice; the second is left out",
          at: entry.location)
        continue
      }
      switch node(entry.value, at: entry.location) {
      case .success(var node):
        if let kinds = referenceKeys[key] {
          func known(_ reference: SyntaxNode) -> Bool {
            guard let id = referencedID(reference) else { return true }
            let found = holds(id, kinds, items: items, chain: chain)
            if !found {
              chain.warn(
                .unknownReference,
                "\(entry.name) of '\(name)' names '\(id)', which the document does not hold; "
                  + "left out", at: entry.location)
            }
            return found
          }
          if case .sequence(let list) = node.content {
            node.content = .sequence(list.filter(known))
          } else if !known(node) {
            continue
          }
        }
        out.append(Fact(key: key, value: node, text: entry.value, location: entry.location))
      case .failure(let why):
        chain.warn(
          .invalidValue,
          "\(entry.name) '\(entry.value)' of '\(name)' is not read (\(why.message)); left out",
          at: entry.location)
      }
    }
    return out
  }

  /// The sections whose items a standard has no element for, carried whole
  /// as `lgraph:SECTION` (singular).
  static let wholeItems = ["party", "license", "disclosure", "contract", "incident", "source"]

  /// Adopts the items carried whole among `named` (`lgraph:party`,
  /// `lgraph:license`, ...) under their own ids, and the chain's own facts
  /// (`lgraph:document:KEY`), each read by the file loader's decoder.
  static func adoptItems(_ named: [Named], into chain: inout ChainAssembler) {
    var header: [Fact] = []
    for entry in named where entry.name.hasPrefix(prefix) {
      let key = String(entry.name.dropFirst(prefix.count))
      let place = entry.location
      if key.hasPrefix("document:") {
        if case .success(let node) = node(entry.value, at: place) {
          header.append(
            Fact(
              key: String(key.dropFirst("document:".count)), value: node, text: entry.value,
              location: place))
        }
        continue
      }
      guard wholeItems.contains(key) else { continue }
      let item: SyntaxNode
      switch node(entry.value, at: place) {
      case .success(let read): item = read
      case .failure(let why):
        chain.warn(.invalidValue, "\(entry.name) is not read (\(why.message)); left out", at: place)
        continue
      }
      let section = key == "party" ? "parties" : key + "s"
      let (document, diagnostics) = decode(section, [item], file: place.file)
      let errors = diagnostics.filter { $0.severity == .error }
      guard errors.isEmpty, let document else {
        chain.warn(
          .invalidValue,
          "\(entry.name) is not read (\(errors.first?.message ?? "not an item")); left out",
          at: place)
        continue
      }
      adopt(document, at: place, into: &chain)
    }
    guard let first = header.first else { return }
    let format = Fact(
      key: "format",
      value: SyntaxNode(content: .scalar("liability-graph/1", quoted: false), line: 1, column: 1),
      text: "", location: first.location)
    let root = merged(SyntaxNode(content: .mapping([]), line: 1, column: 1), [format] + header)
    let (document, diagnostics) = Loader.decode(root, file: first.location.file)
    if let document, !diagnostics.contains(where: { $0.severity == .error }) {
      chain.adoptHeader(document)
    } else {
      chain.warn(
        .invalidValue,
        "lgraph:document facts are not read ("
          + (diagnostics.first?.message ?? "not a chain's header") + "); left out",
        at: first.location)
    }
  }

  /// Adopts the one item a decoded carrier holds.
  static func adopt(
    _ document: Document, at place: SourceLocation, into chain: inout ChainAssembler
  ) {
    if let party = document.parties.first { chain.adopt(party, at: place) }
    if let license = document.licenses.first {
      chain.adopt(license, id: license.id, what: "license", at: place, into: \.licenses)
    }
    if let disclosure = document.disclosures.first {
      chain.adopt(
        disclosure, id: disclosure.id, what: "disclosure", at: place, into: \.disclosures)
    }
    if let contract = document.contracts.first {
      chain.adopt(contract, id: contract.id, what: "contract", at: place, into: \.contracts)
    }
    if let incident = document.incidents.first {
      chain.adopt(incident, id: incident.id, what: "incident", at: place, into: \.incidents)
    }
    if let source = document.sources.first {
      chain.adopt(source, id: source.id, what: "source", at: place, into: \.sources)
    }
  }
}
