/// What changed between two versions of a chain, item by item and fact by
/// fact: the items added and removed, and for each item changed, each fact
/// (a key of the item as the chain file writes it) added, removed or given
/// another value.
///
/// ```swift
/// let diff = ChainDiff.between(before, after)
/// for item in diff.items { print(item.section, item.id, item.facts.map(\.key)) }
/// ```
public struct ChainDiff: Sendable, Hashable {
  /// How an item changed.
  public enum Change: String, Sendable, Hashable, CaseIterable {
    /// In the newer version only.
    case added
    /// In the older version only.
    case removed
    /// In both, with other facts.
    case changed
  }

  /// One fact that changed: its key and its value before and after (as
  /// compact JSON; nil where the item did not state it).
  public struct FactChange: Sendable, Hashable {
    /// The fact's key (`parameters`, `derived_from`).
    public var key: String
    /// The value before, or nil.
    public var old: String?
    /// The value after, or nil.
    public var new: String?
  }

  /// One item that changed.
  public struct ItemChange: Sendable, Hashable {
    /// The section it is in (`models`).
    public var section: String
    /// Its id.
    public var id: String
    /// Added, removed or changed.
    public var change: Change
    /// For a changed item, each fact that changed, in key order.
    public var facts: [FactChange]
  }

  /// Every item that changed, section by section in the file's order,
  /// then by id.
  public var items: [ItemChange]

  /// The chain's own facts (title, description, date) that changed.
  public var header: [FactChange]

  /// The sections, in the order a chain file writes them.
  static var sections: [String] { DocumentDecoder.sectionKeys }

  /// The changes from `old` to `new`.
  public static func between(_ old: Document, _ new: Document) -> ChainDiff {
    let before = DocumentWriter.syntax(old)
    let after = DocumentWriter.syntax(new)
    func entries(_ node: SyntaxNode) -> [SyntaxEntry] {
      if case .mapping(let entries) = node.content { return entries }
      return []
    }
    // Ids are unique within a chain: an item is known by its id.
    func items(_ root: SyntaxNode, _ section: String) -> [(id: String, node: SyntaxNode)] {
      guard let list = entries(root).first(where: { $0.key == section })?.value,
        case .sequence(let nodes) = list.content
      else { return [] }
      return nodes.map { node in
        let id =
          entries(node).first { $0.key == "id" }.flatMap { entry -> String? in
            if case .scalar(let value, _) = entry.value.content { return value }
            return nil
          } ?? ""
        return (id, node)
      }
    }
    var out: [ItemChange] = []
    for section in sections {
      let was = items(before, section)
      let now = items(after, section)
      let wasByKey = Dictionary(was.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      let nowByKey = Dictionary(now.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      var changes: [ItemChange] = []
      for item in now {
        guard let old = wasByKey[item.id] else {
          changes.append(ItemChange(section: section, id: item.id, change: .added, facts: []))
          continue
        }
        let facts = Self.facts(old.node, item.node)
        if !facts.isEmpty {
          changes.append(ItemChange(section: section, id: item.id, change: .changed, facts: facts))
        }
      }
      for item in was where nowByKey[item.id] == nil {
        changes.append(ItemChange(section: section, id: item.id, change: .removed, facts: []))
      }
      out += changes.sorted { ($0.id, $0.change.rawValue) < ($1.id, $1.change.rawValue) }
    }
    var header = before
    var later = after
    header.content = .mapping(entries(before).filter { !sections.contains($0.key) })
    later.content = .mapping(entries(after).filter { !sections.contains($0.key) })
    return ChainDiff(items: out, header: facts(header, later))
  }

  /// The facts that differ between two items' syntax, in key order.
  package static func facts(_ old: SyntaxNode, _ new: SyntaxNode) -> [FactChange] {
    func values(_ node: SyntaxNode) -> [String: String] {
      guard case .mapping(let entries) = node.content else { return [:] }
      var out: [String: String] = [:]
      for entry in entries where out[entry.key] == nil {
        out[entry.key] = StoredText.json(entry.value)
      }
      return out
    }
    let was = values(old)
    let now = values(new)
    return Set(was.keys).union(now.keys).sorted().compactMap { key in
      was[key] == now[key] ? nil : FactChange(key: key, old: was[key], new: now[key])
    }
  }

  /// The facts that differ between two items as a store keeps them
  /// (compact JSON of their syntax); nil when either does not read.
  package static func facts(oldBody: String, newBody: String) -> [FactChange]? {
    guard case .success(let old) = JSONReader(file: "old").read(Array(oldBody.utf8)),
      case .success(let new) = JSONReader(file: "new").read(Array(newBody.utf8))
    else { return nil }
    return facts(old, new)
  }
}
