import LiabilityGraph

/// `lgraph db diff`: what changed between two versions of a chain, in
/// words or as JSON.
public enum DiffReport {
  /// One item per line, then each fact that changed with its values
  /// before and after.
  public static func text(_ diff: ChainDiff, from: String, to: String) -> String {
    var lines = ["Changes from \(from) to \(to):"]
    if diff.items.isEmpty && diff.header.isEmpty {
      lines.append("  nothing changed")
      return lines.joined(separator: "\n")
    }
    func shown(_ value: String?) -> String {
      guard let value else { return "(not stated)" }
      return value.count > 120 ? String(value.prefix(117)) + "..." : value
    }
    for fact in diff.header {
      lines.append("  chain \(fact.key): \(shown(fact.old)) -> \(shown(fact.new))")
    }
    for item in diff.items {
      let kind =
        String(item.section.dropLast(item.section == "parties" ? 3 : 1))
        + (item.section == "parties" ? "y" : "")
      lines.append("  \(item.change.rawValue) \(kind) \(item.id)")
      for fact in item.facts {
        lines.append("    \(fact.key): \(shown(fact.old)) -> \(shown(fact.new))")
      }
    }
    let counts = ChainDiff.Change.allCases.map { change in
      "\(diff.items.filter { $0.change == change }.count) \(change.rawValue)"
    }
    lines.append(counts.joined(separator: ", "))
    return lines.joined(separator: "\n")
  }

  /// `{"from", "to", "header": [...], "items": [{section, id, change, facts: [{key, old, new}]}]}`.
  public static func json(_ diff: ChainDiff, from: String, to: String) -> JSONValue {
    func facts(_ list: [ChainDiff.FactChange]) -> JSONValue {
      .array(
        list.map {
          .object([
            ("key", .string($0.key)), ("old", .optional($0.old)), ("new", .optional($0.new)),
          ])
        })
    }
    return .object([
      ("from", .string(from)), ("to", .string(to)), ("header", facts(diff.header)),
      (
        "items",
        .array(
          diff.items.map {
            .object([
              ("section", .string($0.section)), ("id", .string($0.id)),
              ("change", .string($0.change.rawValue)), ("facts", facts($0.facts)),
            ])
          })
      ),
    ])
  }
}
