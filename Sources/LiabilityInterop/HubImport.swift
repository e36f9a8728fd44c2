import Foundation
import LiabilityGraph

/// Reads models and their lineage from the Hugging Face Hub's API: each
/// model's information (`/api/models/ORG/NAME?blobs=true`: its card data,
/// commit, gated state, file digests and parameter count), its bases up to
/// `depth` links, and with `down` its children (`/api/models?filter=
/// base_model:ORG/NAME`), as cards of the card importer
/// (``HuggingFaceImport``). Each model records its Hub address, its
/// revision (the commit the API describes) and a source naming what was
/// read and when.
public struct HubImport: Sendable {
  /// The models to start from (`ORG/NAME`).
  public var roots: [String]
  /// How many lineage links to follow from each root.
  public var depth: Int
  /// Whether to follow children (models whose base a model is) too.
  public var down: Bool
  /// The most children read per model.
  public var childLimit: Int

  /// An import of `roots` and their lineage to `depth` links.
  public init(roots: [String], depth: Int = 1, down: Bool = false, childLimit: Int = 500) {
    self.roots = roots
    self.depth = depth
    self.down = down
    self.childLimit = childLimit
  }

  /// What the Hub says of one model.
  struct Info {
    var card: HuggingFaceImport.Card
    var children: [String] = []
  }

  /// Reads the models through `client` into a chain.
  public func read(with client: HubClient) -> ImportResult {
    var importer = HuggingFaceImport(id: nil)
    var chain = ChainAssembler(title: "Imported from the Hugging Face Hub")
    var queue: [(id: String, depth: Int)] = roots.map { ($0, 0) }
    var seen: Set<String> = []
    var failed = 0
    while !queue.isEmpty {
      let (id, level) = queue.removeFirst()
      guard seen.insert(id.lowercased()).inserted else { continue }
      let path = "/api/models/" + Self.escaped(id) + "?blobs=true"
      let response: HubClient.Response
      do {
        response = try client.get(path)
      } catch {
        failed += 1
        let place = SourceLocation(file: error.url, line: 0, column: 0)
        if level == 0 {
          chain.fail(
            .unreadableFile, "'\(id)' cannot be read from the Hub: \(error.message)", at: place)
        } else {
          chain.warn(
            .unreadableFile,
            "'\(id)' cannot be read from the Hub (\(error.message)); kept as a base named but "
              + "not described", at: place)
        }
        continue
      }
      let file = ImportedFile(path: client.endpoint + path, bytes: response.body)
      guard let info = Self.info(file, requested: id, response, client, importer, &chain) else {
        continue
      }
      importer.add(info.card)
      guard level < depth else { continue }
      for (base, _) in info.card.bases { queue.append((base, level + 1)) }
      guard down else { continue }
      for child in children(of: info.card.id, client, &chain) {
        queue.append((child, level + 1))
      }
    }
    importer.finish(into: &chain)
    chain.complete()
    let counts = chain.counts
    return ImportResult(
      document: chain.document, diagnostics: chain.diagnostics,
      summary: [
        "\(importer.described) models read from the Hub, \(importer.stubs) bases named but not "
          + "read (beyond --depth, or not found), \(counts.datasets) datasets, "
          + "\(counts.parties) organizations",
        "\(client.fetched) requests to \(client.endpoint), \(client.cached) answered from the "
          + "cache" + (failed > 0 ? "; \(failed) models not read" : ""),
      ])
  }

  /// A repository id as a path: each part escaped, the slash kept.
  static func escaped(_ id: String) -> String {
    id.split(separator: "/", omittingEmptySubsequences: false).map {
      String($0).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"]))
        ?? String($0)
    }.joined(separator: "/")
  }

  /// The card of one model's API information.
  static func info(
    _ file: ImportedFile, requested: String, _ response: HubClient.Response, _ client: HubClient,
    _ importer: HuggingFaceImport, _ chain: inout ChainAssembler
  ) -> Info? {
    guard let json = file.json(&chain) else { return nil }
    // The Hub's own spelling of the repository (it matches ids without
    // regard to case).
    let id = json["id"]?.string ?? json["modelId"]?.string ?? requested
    func at(_ line: Int, _ column: Int) -> SourceLocation { file.at(line, column) }
    var fields: [SyntaxEntry] = []
    if case .mapping(let entries) = json["cardData"]?.node.content { fields = entries }
    let tags = json["tags"]?.array.compactMap(\.string) ?? []
    func add(_ key: String, _ values: [String], at view: JSONView) {
      guard !values.isEmpty, !fields.contains(where: { $0.key == key }) else { return }
      let items = values.map {
        SyntaxNode(content: .scalar($0, quoted: true), line: view.line, column: view.column)
      }
      fields.append(
        SyntaxEntry(
          key: key, keyLine: view.line, keyColumn: view.column,
          value: SyntaxNode(content: .sequence(items), line: view.line, column: view.column)))
    }
    // What the card data leaves out, the Hub's tags may say
    // (`base_model:finetune:ORG/NAME`, `license:mit`, `dataset:ORG/NAME`).
    let tagView = json["tags"] ?? json
    let relationTags = tags.compactMap { tag -> (String, String)? in
      let parts = tag.split(separator: ":", maxSplits: 2).map(String.init)
      return parts.count == 3 && parts[0] == "base_model" ? (parts[1], parts[2]) : nil
    }
    add("base_model", relationTags.map(\.1), at: tagView)
    if let relation = relationTags.first?.0 { add("base_model_relation", [relation], at: tagView) }
    add(
      "license", tags.filter { $0.hasPrefix("license:") }.map { String($0.dropFirst(8)) },
      at: tagView)
    add(
      "datasets", tags.filter { $0.hasPrefix("dataset:") }.map { String($0.dropFirst(8)) },
      at: tagView)
    if let tag = json["pipeline_tag"] { add("pipeline_tag", [tag.string ?? ""], at: tag) }
    // Single-valued fields added from tags as a list: their first value.
    for key in ["base_model_relation", "pipeline_tag"] {
      if let index = fields.firstIndex(where: { $0.key == key }),
        case .sequence(let items) = fields[index].value.content, let first = items.first
      {
        fields[index].value = first
      }
    }
    guard var card = importer.card(fields, id: id, at: at, file: file, into: &chain) else {
      return nil
    }
    card.idPlace = at(json.line, json.column)
    // A base the card spells in another case than the Hub's own tags: the
    // tags' spelling (the Hub writes them from the repository).
    let tagSpelling = Dictionary(
      relationTags.map { ($0.1.lowercased(), $0.1) }, uniquingKeysWith: { first, _ in first })
    card.bases = card.bases.map { (tagSpelling[$0.0.lowercased()] ?? $0.0, $0.1) }
    card.revision = json["sha"]?.string
    // Access: the API's `gated` (false, "auto", "manual") and `private`.
    let gated = json["gated"]?.string
    if json["private"]?.string == "true" {
      card.weights = .closed
    } else if let gated {
      card.weights = gated == "false" ? .open : .gated
    }
    // The digests of the files kept in large-file storage.
    card.hashes = (json["siblings"]?.array ?? []).compactMap { sibling in
      guard let name = sibling["rfilename"]?.string,
        let digest = sibling["lfs"]?["sha256"]?.string, FileHash.isSHA256(digest)
      else { return nil }
      return FileHash(file: name, sha256: digest.lowercased(), known: .declared)
    }
    if let total = json["safetensors"]?["total"]?.string {
      if let count = SyntaxDecoder.parseNumber(total), count.isFinite, count >= 0 {
        card.parameters = count
      } else {
        chain.warn(
          .invalidValue,
          "safetensors.total '\(total)' of '\(id)' is not a parameter count; left out",
          at: at(json.line, json.column))
      }
    }
    // A commit id (hexadecimal) names the source; any other text does not.
    let commit = card.revision.flatMap { sha in
      !sha.isEmpty && sha.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) })
        ? sha : nil
    }
    let revision = commit.map { "@" + String($0.prefix(12)) } ?? ""
    card.source = Source(
      id: "hf-hub:" + id + revision,
      title: "Hugging Face Hub API: \(id)" + (card.revision.map { " at revision \($0)" } ?? ""),
      url: client.endpoint + "/" + id + (card.revision.map { "/tree/" + $0 } ?? ""),
      retrieved: response.retrieved, publisher: "Hugging Face",
      fact: Fact(location: at(json.line, json.column)))
    return Info(card: card)
  }

  /// The ids of the models whose base `id` is, page by page up to
  /// ``childLimit``.
  func children(of id: String, _ client: HubClient, _ chain: inout ChainAssembler) -> [String] {
    var out: [String] = []
    let filter = "base_model:" + id
    let query =
      filter.addingPercentEncoding(
        withAllowedCharacters: .urlQueryAllowed.subtracting(["&", "=", "+", "/", ":"])) ?? filter
    var next: String? = "/api/models?filter=" + query + "&limit=100"
    while let path = next, out.count < childLimit {
      let response: HubClient.Response
      do {
        response = try client.get(path)
      } catch {
        chain.warn(
          .unreadableFile, "the children of '\(id)' cannot be listed: \(error.message)",
          at: SourceLocation(file: error.url, line: 0, column: 0))
        break
      }
      let file = ImportedFile(path: client.endpoint + path, bytes: response.body)
      guard let list = file.json(&chain) else { break }
      for entry in list.array {
        if let child = entry["id"]?.string ?? entry["modelId"]?.string { out.append(child) }
      }
      next = response.next
    }
    if out.count > childLimit {
      chain.warn(
        .unsupportedItem,
        "'\(id)' has more than \(childLimit) children; the first \(childLimit) are read",
        at: SourceLocation(file: client.endpoint, line: 0, column: 0))
    }
    return Array(out.prefix(childLimit))
  }
}
