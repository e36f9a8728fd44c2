import LiabilityGraph

/// Writes the YAML front matter a developer publishes at the top of a
/// model's README on the Hugging Face Hub: `base_model`,
/// `base_model_relation`, `license` (with `license_name` and
/// `license_link` for a license the Hub has no tag for), `datasets` and
/// `pipeline_tag`, from one model's facts in a chain.
///
/// The Hub names four relations: `finetune`, `adapter`, `merge` and
/// `quantized`. A distillation or continued pre-training is written as
/// `finetune`, and a conversion as `quantized` (the same weights in another
/// form), each said in ``Card/notes``; a fact the chain does not state is
/// left out, never guessed.
public enum HubCardWriter {
  /// A card's front matter, and what could not be written as the chain
  /// states it.
  public struct Card: Sendable {
    /// The front matter, between `---` lines.
    public var text: String
    /// Each fact written in a form the Hub has, or left out, in words.
    public var notes: [String]
  }

  /// The Hub's relation for each of the format's.
  static let relations: [LineageRelation: String] = [
    .finetune: "finetune", .adapter: "adapter", .merge: "merge", .quantize: "quantized",
    .distill: "finetune", .continuedPretraining: "finetune", .convert: "quantized",
  ]

  /// The Hub's pipeline tag for what a model generates, when it generates
  /// one kind of content.
  static let pipelineTags: [ContentKind: String] = [
    .text: "text-generation", .image: "text-to-image", .audio: "text-to-speech",
    .video: "text-to-video",
  ]

  /// The Hub repository id of a model: the path of its huggingface.co
  /// address, else its id when it has the Hub's `ORG/NAME` shape.
  static func hubID(_ model: Model) -> String? {
    if let url = model.url {
      for prefix in ["https://huggingface.co/", "http://huggingface.co/"]
      where url.hasPrefix(prefix) {
        let parts = url.dropFirst(prefix.count).split(separator: "/")
        if parts.count >= 2 { return parts[0] + "/" + parts[1] }
      }
    }
    let parts = model.id.split(separator: "/", omittingEmptySubsequences: false)
    return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty ? model.id : nil
  }

  /// The Hub's license tag for a license id: a Hub alias of a built-in
  /// license (`llama3.1`), else the lower-cased SPDX id of an SPDX license.
  static func licenseTag(_ id: String, _ graph: SupplyChainGraph) -> String? {
    if let alias = BuiltinLicenses.aliases.first(where: { $0.value == id && $0.key != "other" }) {
      return alias.key
    }
    let license = graph.licenses[id] ?? BuiltinLicenses.shared.license(id)
    if license?.url?.hasPrefix("https://spdx.org/licenses/") == true { return id.lowercased() }
    return nil
  }

  /// The front matter of `model` (an id in `graph`), or nil when the graph
  /// has no such model on its date.
  public static func card(_ graph: SupplyChainGraph, model id: String) -> Card? {
    guard let node = graph.node(id), let model = graph.model(at: node) else { return nil }
    var lines: [String] = ["---"]
    var notes: [String] = []
    func yaml(_ text: String) -> String {
      let plain =
        !text.isEmpty && StoredText.bare(text) == nil
        && text.unicodeScalars.allSatisfy {
          ($0.properties.isAlphabetic && $0.isASCII) || ("0"..."9").contains($0)
            || "._/-".unicodeScalars.contains($0)
        }
        && !["true", "false", "null", "yes", "no", "on", "off", "~"].contains(text.lowercased())
      return plain ? text : StoredText.quoted(text)
    }
    let all = model.derivedFrom.filter { graph.node($0.base) != nil }
    // The Hub's card has one relation for all its bases: a merge's bases,
    // else the one base the weights come from (a distillation's teacher
    // has no place on the card).
    var links = all.filter { $0.relation == .merge }
    if links.isEmpty {
      let weights = all.filter { $0.relation != .distill }
      links = weights.isEmpty ? Array(all.prefix(1)) : Array(weights.prefix(1))
      for other in all where !links.contains(other) {
        notes.append(
          "'\(other.base)' (\(other.relation?.rawValue ?? "relation not stated")) left out: a "
            + "Hub card has one base_model_relation for all its bases")
      }
    }
    if !links.isEmpty {
      var bases: [String] = []
      for link in links {
        guard let baseNode = graph.node(link.base), let base = graph.model(at: baseNode) else {
          continue
        }
        if let hub = hubID(base) {
          bases.append(hub)
        } else {
          bases.append(base.id)
          notes.append(
            "base_model '\(base.id)' is the chain's id, not a Hub repository id (state the "
              + "base's huggingface.co url)")
        }
      }
      lines.append(
        bases.count == 1
          ? "base_model: " + yaml(bases[0])
          : "base_model:\n" + bases.map { "  - " + yaml($0) }.joined(separator: "\n"))
      if let relation = links.first?.relation, let hub = relations[relation] {
        lines.append("base_model_relation: " + hub)
        if relation != .quantize && hub != relation.rawValue {
          notes.append("the relation '\(relation.rawValue)' has no Hub name; written as '\(hub)'")
        }
      } else {
        notes.append("base_model_relation left out: the chain does not state the relation")
      }
    } else if !model.lineageStated {
      notes.append("base_model left out: the chain does not state the model's lineage")
    }
    if let license = model.license {
      if let tag = licenseTag(license, graph) {
        lines.append("license: " + yaml(tag))
      } else {
        let known = graph.licenses[license] ?? BuiltinLicenses.shared.license(license)
        lines.append("license: other")
        lines.append("license_name: " + yaml(license))
        if let link = known?.url { lines.append("license_link: " + yaml(link)) }
      }
    }
    let datasets = graph.incoming(node).filter { $0.kind == .trainedOn }.map { edge in
      let dataset = graph.dataset(at: edge.from)
      let prefix = "https://huggingface.co/datasets/"
      if let url = dataset?.url, url.hasPrefix(prefix) {
        let parts = url.dropFirst(prefix.count).split(separator: "/").prefix(2)
        if parts.count == 2 { return parts.joined(separator: "/") }
      }
      let id = graph.ids[edge.from]
      let parts = id.split(separator: "/", omittingEmptySubsequences: false)
      if parts.count != 2 || parts.contains(where: \.isEmpty) {
        notes.append(
          "dataset '\(id)' is the chain's id, not a Hub dataset id (state its "
            + "huggingface.co/datasets url)")
      }
      return id
    }
    if !datasets.isEmpty {
      lines.append("datasets:\n" + datasets.map { "  - " + yaml($0) }.joined(separator: "\n"))
    }
    if let generates = model.generates, generates.count == 1, let tag = pipelineTags[generates[0]] {
      lines.append("pipeline_tag: " + tag)
    }
    lines.append("---")
    return Card(text: lines.joined(separator: "\n") + "\n", notes: notes)
  }
}
