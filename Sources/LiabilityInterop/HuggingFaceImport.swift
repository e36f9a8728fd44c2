import Foundation
import LiabilityGraph

/// What an import read, what it could not use, and the chain it made.
public struct ImportResult: Sendable {
  /// The chain as liability-graph/1 JSON text (load it, or write it as
  /// YAML).
  public var json: String
  /// Problems found, each with its file and line; none stops the import.
  public var warnings: [String]
  /// A sentence per fact: how much was read and resolved.
  public var summary: [String]

  /// A result whose chain always loads as far as its text goes: every
  /// text value is made one the format accepts (control characters other
  /// than tab and line breaks, and the noncharacters U+FFFE and U+FFFF,
  /// removed; names cut to the format's length, other text too), with a
  /// warning saying how many values were changed.
  init(json: String, warnings: [String], summary: [String]) {
    let (clean, changed) = ImportedText.clean(json: json)
    self.json = clean
    self.warnings = warnings + changed
    self.summary = summary
  }
}

/// Makes what an importer read from another format into text the format
/// accepts, so that what an import writes always loads.
enum ImportedText {
  /// `json` with every text value made acceptable, and warnings saying
  /// what was changed.
  static func clean(json: String) -> (String, [String]) {
    guard case .success(let root) = JSONReader(file: "import").read(Array(json.utf8)) else {
      return (json, [])
    }
    var removed = 0
    var shortened = 0
    func visit(_ node: SyntaxNode, key: String?) -> SyntaxNode {
      var node = node
      switch node.content {
      case .scalar(let value, let quoted) where quoted:
        var text = value
        if SyntaxDecoder.forbiddenCharacter(in: text) != nil {
          text = String(
            String.UnicodeScalarView(
              text.unicodeScalars.filter { scalar in
                SyntaxDecoder.forbiddenCharacter(in: String(scalar)) == nil
              }))
          removed += 1
        }
        let limit = key == "name" ? SyntaxLimits.maxNameCharacters : nil
        if let limit, text.count > limit {
          text = String(text.prefix(limit - 1)) + "…"
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
        node.content = .scalar(text, quoted: true)
      case .sequence(let items):
        node.content = .sequence(items.map { visit($0, key: key) })
      case .mapping(let entries):
        node.content = .mapping(
          entries.map { entry in
            var entry = entry
            entry.value = visit(entry.value, key: entry.key)
            return entry
          })
      default: break
      }
      return node
    }
    let cleaned = visit(root, key: nil)
    guard removed > 0 || shortened > 0 else { return (json, []) }
    var warnings: [String] = []
    if removed > 0 {
      warnings.append(
        "\(removed) text value\(removed == 1 ? "" : "s") held control characters or "
          + "noncharacters the format does not accept; they were removed")
    }
    if shortened > 0 {
      warnings.append(
        "\(shortened) text value\(shortened == 1 ? " was" : "s were") longer than the format "
          + "accepts (names \(SyntaxLimits.maxNameCharacters) characters, other text "
          + "\(SyntaxLimits.maxTextBytes) bytes) and cut, ending with …")
    }
    return (StoredText.json(cleaned), warnings)
  }
}

/// Reads Hugging Face model cards (the YAML front matter of README.md
/// files): `base_model` (one id or a list), `base_model_relation`,
/// `license` and `datasets`.
///
/// A card does not name its own model: the id is the card's `model_id`, or
/// else the folder it sits in, as `ORG/NAME` when the folder is inside a
/// folder named for its organization (the Hub's layout), or `--id` for one
/// card. Each organization becomes a party; bases and datasets the cards
/// name but do not describe become minimal items, so that the chain loads.
public enum HuggingFaceImport {
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

  /// Reads the model cards at `paths` into one chain; `id`, when given, is
  /// the model id of the card (for importing a single card).
  public static func read(paths: [String], id: String? = nil) -> ImportResult {
    var builder = ChainBuilder()
    var cards = 0
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path) else {
        builder.warn("\(path):1:1: cannot be read; left out")
        continue
      }
      let bytes = [UInt8](data)
      guard let text = String(validating: bytes, as: UTF8.self) else {
        let bad = UTF8Check.firstInvalid(in: bytes)
        let offset = bad?.offset ?? 0
        let byte = offset < bytes.count ? String(bytes[offset], radix: 16, uppercase: true) : "?"
        builder.warn(
          "\(path):\(bad?.line ?? 1):\(bad?.column ?? 1): not UTF-8: byte 0x"
            + (byte.count < 2 ? "0" + byte : byte) + " at offset \(offset) is not valid UTF-8; "
            + "left out")
        continue
      }
      guard let (front, firstLine) = frontMatter(text) else {
        builder.warn("\(path):1: no YAML front matter (--- ... ---); left out")
        continue
      }
      let node: SyntaxNode
      switch YAMLReader(file: path).read(front) {
      case .success(let parsed): node = parsed
      case .failure(let list):
        let first = list.diagnostics.first
        builder.warn(
          "\(path):\((first?.location.line ?? 0) + firstLine - 1): the front matter is not YAML "
            + "(\(first?.message ?? "")); left out")
        continue
      }
      guard case .mapping(let fields) = node.content else {
        builder.warn("\(path):\(firstLine): the front matter is not a mapping; left out")
        continue
      }
      cards += 1
      func field(_ key: String) -> SyntaxEntry? { fields.first { $0.key == key } }
      func strings(_ key: String) -> [(String, Int)] {
        guard let entry = field(key) else { return [] }
        let line = entry.keyLine + firstLine - 1
        switch entry.value.content {
        case .scalar(let value, _): return [(value, line)]
        case .sequence(let items):
          return items.compactMap { item in
            if case .scalar(let value, _) = item.content, !value.isEmpty {
              return (value, item.line + firstLine - 1)
            }
            builder.warn(
              "\(path):\(item.line + firstLine - 1): an entry of '\(key)' that is not text; "
                + "left out")
            return nil
          }
        default:
          builder.warn("\(path):\(line): '\(key)' is not text or a list of text; left out")
          return []
        }
      }
      let stated = strings("model_id").first
      let model = id ?? stated?.0 ?? modelID(path: path)
      // Where the id comes from, for messages about it.
      let idPlace =
        id != nil
        ? "--id" : stated.map { "\(path):\($0.1)" } ?? "\(path) (the id of its folder)"
      let relationText = strings("base_model_relation").first
      let bases = strings("base_model")
      var relation: LineageRelation? = nil
      if let (text, line) = relationText {
        relation = Self.relation(text)
        if relation == nil {
          builder.warn(
            "\(path):\(line): base_model_relation '\(text)' is not one the format has; the "
              + "card's bases are left out")
        }
      }
      if !bases.isEmpty, relationText == nil {
        relation = bases.count > 1 ? .merge : .finetune
        builder.warn(
          "\(path):\(bases[0].1): no base_model_relation; recorded as "
            + "\(relation?.rawValue ?? "")"
            + (bases.count > 1 ? " (several bases)" : " (the Hub's default for one base)"))
      }
      let licenses = strings("license")
      let license = licenses.first
      if licenses.count > 1 {
        builder.warn(
          "\(path):\(licenses[1].1): the card names \(licenses.count) licenses; the first "
            + "('\(licenses[0].0)') is recorded, as the format holds one license per model")
      }
      builder.model(
        model, source: path, idPlace: idPlace,
        license: license.map { ($0.0, "\(path):\($0.1)") },
        bases: relation.map { relation in bases.map { ($0.0, relation, "\(path):\($0.1)") } } ?? [],
        datasets: strings("datasets").map { ($0.0, "\(path):\($0.1)") })
    }
    var result = builder.finish()
    result.summary.insert("\(cards) model cards read of \(paths.count) files", at: 0)
    return result
  }
}

/// Collects parties, models and datasets and writes a chain that loads:
/// every id valid, every reference resolved, lineage the format can hold.
struct ChainBuilder {
  var parties: [String] = []
  var models:
    [String: (
      license: String?, bases: [(String, LineageRelation)], datasets: [String], described: Bool,
      source: String?
    )] = [:]
  var modelOrder: [String] = []
  var datasets: [String] = []
  var licenses: [String: String] = [:]
  var warnings: [String] = []
  var stubs = 0

  mutating func warn(_ line: String) { warnings.append(line) }

  static func organization(_ id: String) -> String? {
    guard let slash = id.firstIndex(of: "/"), slash != id.startIndex else { return nil }
    return String(id[..<slash])
  }

  mutating func party(for id: String) -> String {
    let name = Self.organization(id) ?? "unattributed"
    if !parties.contains(name) { parties.append(name) }
    return name
  }

  mutating func model(
    _ id: String, source: String?, idPlace: String? = nil, license: (String, String)?,
    bases: [(String, LineageRelation, String)], datasets: [(String, String)]
  ) {
    guard SyntaxDecoder.validIDBytes(id.utf8) else {
      warn(
        "\(idPlace ?? source ?? id): \(SyntaxDecoder.shown(id)) is not a valid id (1 to "
          + "\(SyntaxLimits.maxIDBytes) letters, digits and . _ - / : @ +); left out")
      return
    }
    var entry = models[id] ?? (nil, [], [], false, nil)
    if entry.described {
      warn("\(source ?? id): '\(id)' is described twice; the first card is kept")
      return
    }
    if models[id] == nil { modelOrder.append(id) }
    entry.described = true
    entry.source = source
    if let (text, place) = license {
      if let canonical = BuiltinLicenses.shared.canonicalID(for: text) {
        entry.license = canonical
      } else if SyntaxDecoder.validIDBytes(text.utf8) {
        entry.license = text
        licenses[text] = text
        warn("\(place): license '\(text)' is not a known license; recorded by its name only")
      } else {
        warn("\(place): license '\(text)' is not an id; left out")
      }
    }
    var seen: Set<String> = []
    for (base, relation, place) in bases {
      guard SyntaxDecoder.validIDBytes(base.utf8) else {
        warn("\(place): base '\(base)' is not a valid id; left out")
        continue
      }
      if base == id {
        warn("\(place): '\(id)' names itself as its base (a self-loop); left out")
        continue
      }
      guard seen.insert(base).inserted else { continue }
      entry.bases.append((base, relation))
      if models[base] == nil {
        models[base] = (nil, [], [], false, nil)
        modelOrder.append(base)
      }
    }
    if entry.bases.count == 1, entry.bases[0].1 == .merge {
      warn("\(source ?? id): '\(id)' is a merge of one base; recorded as a finetune")
      entry.bases[0].1 = .finetune
    }
    for (dataset, place) in datasets {
      guard SyntaxDecoder.validIDBytes(dataset.utf8) else {
        warn("\(place): dataset '\(dataset)' is not a valid id; left out")
        continue
      }
      entry.datasets.append(dataset)
      if !self.datasets.contains(dataset) { self.datasets.append(dataset) }
    }
    models[id] = entry
  }

  /// Breaks lineage cycles (each edge that closes one is left out, with a
  /// warning) and writes the chain.
  mutating func finish() -> ImportResult {
    // Cycles, depth first over model -> bases.
    var state: [String: Int] = [:]
    for start in modelOrder where state[start] == nil {
      var stack: [(String, Int)] = [(start, 0)]
      state[start] = 1
      while let (node, next) = stack.last {
        let bases = models[node]?.bases ?? []
        if next < bases.count {
          stack[stack.count - 1].1 += 1
          let base = bases[next].0
          if state[base] == 1 {
            warn(
              "'\(node)' and '\(base)' derive from each other (a lineage cycle); '\(node)' "
                + "keeps no link to '\(base)'")
            models[node]?.bases.removeAll { $0.0 == base }
            stack[stack.count - 1].1 -= 1
          } else if state[base] == nil {
            state[base] = 1
            stack.append((base, 0))
          }
        } else {
          state[node] = 2
          stack.removeLast()
        }
      }
    }
    // The Hub keeps models and datasets apart (`acme/x` and
    // `datasets/acme/x`), and an account's name may be a model's too; a
    // chain's ids are one namespace, so a dataset, account or license
    // that shares a model's id (or a dataset's, or an account's) is
    // recorded under its kind's prefix.
    for id in modelOrder { _ = party(for: id) }
    for id in datasets { _ = party(for: id) }
    var taken = Set(modelOrder)
    func distinct(_ id: String, _ prefix: String, _ what: String) -> String {
      guard taken.contains(id) else {
        taken.insert(id)
        return id
      }
      var candidate = prefix + id
      if candidate.utf8.count > SyntaxLimits.maxIDBytes {
        candidate = String(decoding: candidate.utf8.prefix(SyntaxLimits.maxIDBytes), as: UTF8.self)
      }
      var n = 2
      let base = candidate
      while taken.contains(candidate) {
        candidate = EcosystemGraphsImport.numbered(base, n)
        n += 1
      }
      warn("\(what) '\(id)' has the id of another item of the import; recorded as '\(candidate)'")
      taken.insert(candidate)
      return candidate
    }
    var datasetID: [String: String] = [:]
    for id in datasets { datasetID[id] = distinct(id, "datasets/", "dataset") }
    var partyID: [String: String] = [:]
    for name in parties { partyID[name] = distinct(name, "hf:", "account") }
    var licenseID: [String: String] = [:]
    for id in licenses.keys.sorted() { licenseID[id] = distinct(id, "license:", "license") }
    func text(_ value: String) -> String { StoredText.quoted(value) }
    var out = "{\"format\":\"liability-graph/1\",\"title\":\"Imported chain\""
    var partyItems: [String] = []
    var modelItems: [String] = []
    var described = 0
    for id in modelOrder {
      guard let entry = models[id] else { continue }
      let developer = partyID[party(for: id)] ?? party(for: id)
      var fields = [
        "\"id\":\(text(id))", "\"name\":\(text(id))", "\"developer\":\(text(developer))",
      ]
      if let license = entry.license {
        fields.append("\"license\":\(text(licenseID[license] ?? license))")
      }
      if !entry.datasets.isEmpty {
        fields.append(
          "\"trained_on\":["
            + entry.datasets.map { text(datasetID[$0] ?? $0) }.joined(separator: ",") + "]")
      }
      if !entry.bases.isEmpty {
        fields.append(
          "\"derived_from\":["
            + entry.bases.map { "{\"model\":\(text($0.0)),\"relation\":\(text($0.1.rawValue))}" }
            .joined(separator: ",") + "]")
      }
      if entry.described {
        described += 1
      } else {
        fields.append(
          "\"description\":\"Named as a base by an imported card; not described by one\"")
        stubs += 1
      }
      modelItems.append("{" + fields.joined(separator: ",") + "}")
    }
    let datasetItems = datasets.map { id in
      "{\"id\":\(text(datasetID[id] ?? id)),\"name\":\(text(id)),\"publisher\":"
        + "\(text(partyID[party(for: id)] ?? party(for: id)))}"
    }
    for name in parties {
      let id = partyID[name] ?? name
      partyItems.append(
        name == "unattributed"
          ? "{\"id\":\(text(id)),\"name\":\"Unattributed (the ids do not name an organization)\"}"
          : "{\"id\":\(text(id)),\"name\":\(text(name)),\"description\":\"Hugging Face account\"}"
      )
    }
    out += ",\"parties\":[" + partyItems.joined(separator: ",") + "]"
    if !licenses.isEmpty {
      out +=
        ",\"licenses\":["
        + licenses.keys.sorted().map {
          "{\"id\":\(text(licenseID[$0] ?? $0)),\"name\":\(text($0))}"
        }
        .joined(separator: ",") + "]"
    }
    if !datasetItems.isEmpty {
      out += ",\"datasets\":[" + datasetItems.joined(separator: ",") + "]"
    }
    out += ",\"models\":[" + modelItems.joined(separator: ",") + "]}"
    return ImportResult(
      json: out, warnings: warnings,
      summary: [
        "\(described) models described, \(stubs) bases named but not described (added as "
          + "minimal models), \(datasets.count) datasets, \(parties.count) organizations",
        "\(warnings.count) warnings",
      ])
  }
}
