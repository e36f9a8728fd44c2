import Foundation
import LiabilityGraph

/// Reads Hugging Face model cards (the YAML front matter of README.md
/// files): `base_model` (one id or a list), `base_model_relation`,
/// `license` and `datasets`.
///
/// A card does not name its own model: the id is the card's `model_id`, or
/// else the folder it sits in, as `ORG/NAME` when the folder is inside a
/// folder named for its organization (the Hub's layout), or `--id` for one
/// card. Each organization becomes a party; bases and datasets the cards
/// name but do not describe become minimal items, so that the chain loads.
public struct HuggingFaceImport: ChainImporter {
  /// The model id of the one card read, when given (`--id`).
  public var id: String?
  /// The chain's title.
  public var title: String { "Imported chain" }

  /// What one card says, as read.
  struct Card {
    var id: String
    var idPlace: SourceLocation
    var license: (String, SourceLocation)?
    var bases: [(String, SourceLocation)]
    var relation: LineageRelation?
    var datasets: [(String, SourceLocation)]
    /// What the card's `pipeline_tag` says the model generates; `nil`
    /// when it says no tag, or one that does not tell.
    var generates: [ContentKind]?
    /// `gated` when the card asks for access (`extra_gated_*` keys); the
    /// Hub's API says more (``HubClient``).
    var weights: WeightsAccess? = nil
    /// What the Hub's API adds: the revision, the file digests, the
    /// parameter count and the source that records the retrieval.
    var revision: String? = nil
    var hashes: [FileHash] = []
    var parameters: Double? = nil
    var source: Source? = nil
  }

  /// The Hub's pipeline tags that say what a model generates: its output
  /// modality for a generative task, `[]` for a task that generates no
  /// synthetic content (classification, detection, embeddings). A tag not
  /// listed says nothing: the model's `generates` is left unstated.
  static let generatesByPipelineTag: [String: [ContentKind]] = [
    "text-generation": [.text], "text2text-generation": [.text], "summarization": [.text],
    "translation": [.text], "image-text-to-text": [.text], "visual-question-answering": [.text],
    "text-to-image": [.image], "image-to-image": [.image],
    "unconditional-image-generation": [.image],
    "text-to-speech": [.audio], "text-to-audio": [.audio], "audio-to-audio": [.audio],
    "text-to-video": [.video], "image-to-video": [.video],
    "text-classification": [], "token-classification": [], "zero-shot-classification": [],
    "feature-extraction": [], "sentence-similarity": [], "image-classification": [],
    "zero-shot-image-classification": [], "object-detection": [], "image-segmentation": [],
    "audio-classification": [],
  ]

  var cards: [Card] = []
  /// Whether one file is read (its id is then never taken from folders).
  var lone = false
  var cardsRead = 0
  var stubs = 0
  var described = 0

  /// An importer; `id`, when given, is the model id of the one card read.
  public init(id: String?) { self.id = id }

  /// An importer of cards that give their own ids.
  public init() { self.init(id: nil) }

  /// Reads the model cards at `paths` into one chain; `id`, when given, is
  /// the model id of the card (for importing a single card).
  public static func read(paths: [String], id: String?) -> ImportResult {
    var importer = Self(id: id)
    importer.lone = paths.count == 1
    return importer.read(paths: paths)
  }

  /// Hub relation names to the format's (the shared table).
  static func relation(_ text: String) -> LineageRelation? { LineageRelation(hubSpelling: text) }

  /// The front matter of a card, with the line it starts on.
  static func frontMatter(_ text: String) -> (String, Int)? {
    // "\r\n" is one Character in Swift: split on any line break.
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
      return nil
    }
    guard
      let end = lines.dropFirst().firstIndex(where: {
        $0.trimmingCharacters(in: .whitespaces) == "---"
      })
    else { return nil }
    return (lines[1..<end].joined(separator: "\n"), 2)
  }

  /// The model id of a card at `path`.
  static func modelID(path: String) -> String {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    let name = folder.lastPathComponent
    let parent = folder.deletingLastPathComponent().lastPathComponent
    return parent.isEmpty || parent == "/" || parent == "." ? name : "\(parent)/\(name)"
  }

  /// Reads one card.
  public mutating func read(_ file: ImportedFile, into chain: inout ChainAssembler) {
    guard let text = file.text(&chain) else { return }
    guard let (front, firstLine) = Self.frontMatter(text) else {
      chain.warn(.notAChain, "no YAML front matter (--- ... ---); left out", at: file.at(1))
      return
    }
    func at(_ line: Int, _ column: Int = 1) -> SourceLocation {
      file.at(line + firstLine - 1, column)
    }
    let node: SyntaxNode
    switch YAMLReader(file: file.path).read(front) {
    case .success(let parsed): node = parsed
    case .failure(let list):
      let first = list.diagnostics.first
      chain.warn(
        .syntaxError, "the front matter is not YAML (\(first?.message ?? "")); left out",
        at: at(first?.location.line ?? 1, first?.location.column ?? 1))
      return
    }
    guard case .mapping(let fields) = node.content else {
      chain.warn(.notAChain, "the front matter is not a mapping; left out", at: at(1))
      return
    }
    cardsRead += 1
    let stated = fields.first { $0.key == "model_id" }
    if lone, id == nil, stated == nil {
      // One card alone: its folders are not a Hub layout to trust.
      chain.fail(
        .missingKey,
        "the card does not name its model (no model_id); give its Hub id with --id ORG/NAME",
        at: file.at(1))
      return
    }
    let named = id ?? (stated == nil ? Self.modelID(path: file.path) : nil)
    if let card = card(fields, id: named, at: at, file: file, into: &chain) { cards.append(card) }
  }

  /// The card a card's fields (its front matter, or the Hub's `cardData`)
  /// describe: `id` the model's id when the caller knows it, else the
  /// card's `model_id`; `at` places a line and column of the fields in
  /// their file. Nil, said, when the id is not one the format takes.
  func card(
    _ fields: [SyntaxEntry], id given: String?, at: (Int, Int) -> SourceLocation,
    file: ImportedFile, into chain: inout ChainAssembler
  ) -> Card? {
    func field(_ key: String) -> SyntaxEntry? { fields.first { $0.key == key } }
    func strings(_ key: String) -> [(String, SourceLocation)] {
      guard let entry = field(key) else { return [] }
      let place = at(entry.keyLine, entry.keyColumn)
      switch entry.value.content {
      case .scalar(let value, _): return [(value, place)]
      case .sequence(let items):
        return items.compactMap { item in
          if case .scalar(let value, _) = item.content, !value.isEmpty {
            return (value, at(item.line, item.column))
          }
          chain.warn(
            .wrongType, "an entry of '\(key)' that is not text; left out",
            at: at(item.line, item.column))
          return nil
        }
      default:
        chain.warn(.wrongType, "'\(key)' is not text or a list of text; left out", at: place)
        return []
      }
    }
    let stated = strings("model_id").first
    let model = given ?? stated?.0 ?? ""
    let idPlace = given == nil ? (stated?.1 ?? file.at(1)) : file.at(1)
    let relationText = strings("base_model_relation").first
    let bases = strings("base_model")
    var relation: LineageRelation? = nil
    if let (text, place) = relationText {
      relation = Self.relation(text)
      if relation == nil {
        chain.warn(
          .invalidValue,
          "base_model_relation '\(text)' is not one the format has; the card's bases are left out",
          at: place)
      }
    }
    if !bases.isEmpty, relationText == nil {
      relation = bases.count > 1 ? .merge : .finetune
      chain.warn(
        .assumedFact,
        "no base_model_relation; recorded as \(relation?.rawValue ?? "")"
          + (bases.count > 1 ? " (several bases)" : " (the Hub's default for one base)"),
        at: bases[0].1)
    }
    let licenses = strings("license")
    if licenses.count > 1 {
      chain.warn(
        .notRepresentable,
        "the card names \(licenses.count) licenses; the first ('\(licenses[0].0)') is recorded, "
          + "as the format holds one license per model", at: licenses[1].1)
    }
    guard ChainAssembler.isID(model) else {
      chain.warn(
        .invalidID,
        "\(SyntaxDecoder.shown(model)) is not a valid id (1 to \(SyntaxLimits.maxIDBytes) "
          + "letters, digits and . _ - / : @ +); left out"
          + (id != nil
            ? " (given by --id)" : stated == nil ? " (the id of the card's folder)" : ""),
        at: idPlace)
      return nil
    }
    let tag = strings("pipeline_tag").first
    let generates = tag.flatMap { Self.generatesByPipelineTag[$0.0.lowercased()] }
    if let tag, generates == nil {
      chain.warn(
        .unsupportedItem,
        "pipeline_tag '\(tag.0)' does not say what the model generates; left unstated",
        at: tag.1)
    }
    var card = Card(
      id: model, idPlace: idPlace, license: licenses.first,
      bases: relation == nil ? [] : bases, relation: relation,
      datasets: strings("datasets"), generates: generates)
    // A card that asks for access before download: gated weights.
    if fields.contains(where: { $0.key.hasPrefix("extra_gated_") }) { card.weights = .gated }
    return card
  }

  /// Adds a card the caller read (the Hub's API, ``HubClient``).
  mutating func add(_ card: Card) {
    cardsRead += 1
    cards.append(card)
  }

  /// Makes the chain of every card read: model ids first (the Hub keeps
  /// models and datasets apart, as `acme/x` and `datasets/acme/x`, and an
  /// account's name may be a model's too; a chain's ids are one namespace,
  /// so a dataset, account or license that shares a model's id is
  /// recorded under its kind's prefix), then datasets, accounts, licenses
  /// and the models themselves.
  public mutating func finish(into chain: inout ChainAssembler) {
    let nowhere = SourceLocation(file: "import", line: 1, column: 1)
    // The Hub matches repository ids case-insensitively: spellings of one
    // repository are one model, under a card's own spelling (else the
    // first named).
    var spelling: [String: String] = [:]
    for entry in cards where spelling[entry.id.lowercased()] == nil {
      spelling[entry.id.lowercased()] = entry.id
    }
    for entry in cards {
      for (base, _) in entry.bases where spelling[base.lowercased()] == nil {
        spelling[base.lowercased()] = base
      }
    }
    func hub(_ id: String, at place: SourceLocation) -> String {
      let kept = spelling[id.lowercased()] ?? id
      if kept != id {
        chain.warn(
          .renamedID,
          "'\(id)' and '\(kept)' are one Hub repository (the Hub matches ids without regard to "
            + "case); recorded as '\(kept)'", at: place)
      }
      return kept
    }
    cards = cards.map { entry in
      var entry = entry
      entry.id = hub(entry.id, at: entry.idPlace)
      entry.bases = entry.bases.map { (hub($0.0, at: $0.1), $0.1) }
      return entry
    }
    var order: [String] = []
    var card: [String: Int] = [:]
    var firstMention: [String: SourceLocation] = [:]
    var kept: [Card] = []
    for entry in cards {
      if card[entry.id] != nil {
        chain.warn(
          .duplicateID, "'\(entry.id)' is described twice; the first card is kept",
          at: entry.idPlace)
        continue
      }
      if firstMention[entry.id] == nil { order.append(entry.id) }
      firstMention[entry.id] = entry.idPlace
      card[entry.id] = kept.count
      var current = entry
      current.bases = entry.bases.filter { base, place in
        guard ChainAssembler.isID(base) else {
          chain.warn(.invalidID, "base '\(base)' is not a valid id; left out", at: place)
          return false
        }
        if firstMention[base] == nil {
          firstMention[base] = place
          order.append(base)
        }
        return true
      }
      current.datasets = entry.datasets.filter { dataset, place in
        guard ChainAssembler.isID(dataset) else {
          chain.warn(.invalidID, "dataset '\(dataset)' is not a valid id; left out", at: place)
          return false
        }
        return true
      }
      kept.append(current)
    }
    for id in order { _ = chain.claim(id) }
    var datasets: [String: String] = [:]
    var datasetOrder: [(String, SourceLocation)] = []
    for entry in kept {
      for (dataset, place) in entry.datasets where datasets[dataset] == nil {
        datasets[dataset] = chain.mint(dataset, prefix: "datasets/", what: "dataset", at: place)
        datasetOrder.append((dataset, place))
      }
    }
    func account(_ id: String, at place: SourceLocation) -> String {
      guard let slash = id.firstIndex(of: "/"), slash != id.startIndex else {
        return chain.party(key: "\u{0}unattributed", wanted: "unattributed", at: place) {
          Party(
            id: $0, name: "Unattributed (the ids do not name an organization)",
            fact: Fact(location: place))
        }
      }
      let name = String(id[..<slash])
      return chain.party(key: name, wanted: name, prefix: "hf:", at: place) {
        Party(
          id: $0, name: name, description: "Hugging Face account", fact: Fact(location: place))
      }
    }
    var developers: [String: String] = [:]
    for id in order { developers[id] = account(id, at: firstMention[id] ?? nowhere) }
    for (dataset, place) in datasetOrder {
      chain.add(
        Dataset(
          id: datasets[dataset] ?? dataset, name: dataset, publisher: account(dataset, at: place),
          fact: Fact(location: place)))
    }
    var licenses: [String: String?] = [:]
    for entry in kept {
      guard let (text, place) = entry.license, licenses[text] == nil else { continue }
      licenses[text] = chain.license(text, at: place)
    }
    for id in order {
      let place = firstMention[id] ?? nowhere
      let developer = developers[id] ?? "unattributed"
      guard let index = card[id] else {
        stubs += 1
        chain.add(
          Model(
            id: id, name: id, developer: developer,
            description: "Named as a base by an imported card; not described by one",
            fact: Fact(location: place)))
        continue
      }
      described += 1
      let entry = kept[index]
      var fact = Fact(location: entry.idPlace)
      if let source = entry.source, chain.claim(source.id) {
        chain.add(source)
        fact.sources = [source.id]
      }
      var model = Model(
        id: id, name: id, developer: developer, parameters: entry.parameters,
        generates: entry.generates, weights: entry.weights,
        license: entry.license.flatMap { licenses[$0.0] ?? nil },
        trainedOn: entry.datasets.map {
          Reference(id: datasets[$0.0] ?? $0.0, location: $0.1)
        }, url: "https://huggingface.co/" + id, fact: fact)
      model.revision = entry.revision
      model.hashes = entry.hashes
      chain.add(model)
      for (base, place) in entry.bases {
        chain.link(id, to: base, relation: entry.relation, at: place)
      }
    }
  }

  /// How many cards, models, datasets and organizations.
  public func summary(of chain: ChainAssembler, files: Int) -> [String] {
    [
      "\(cardsRead) model cards read of \(files) files",
      "\(described) models described, \(stubs) bases named but not described (added as "
        + "minimal models), \(chain.counts.datasets) datasets, \(chain.counts.parties) "
        + "organizations",
      "\(chain.diagnostics.count) warnings",
    ]
  }
}
