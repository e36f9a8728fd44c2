import Foundation
import LiabilityGraph

/// A small view of a parsed JSON document for the importers: typed lookups
/// that answer nil rather than fail.
struct JSONView {
  let node: SyntaxNode

  subscript(_ key: String) -> JSONView? {
    guard case .mapping(let entries) = node.content,
      let entry = entries.first(where: { $0.key == key })
    else { return nil }
    return JSONView(node: entry.value)
  }

  var string: String? {
    if case .scalar(let value, _) = node.content { return value }
    return nil
  }

  var array: [JSONView] {
    if case .sequence(let items) = node.content { return items.map(JSONView.init) }
    return []
  }

  var line: Int { node.line }

  /// The keys of a mapping, with the line each is on.
  var keys: [(key: String, line: Int, column: Int)] {
    guard case .mapping(let entries) = node.content else { return [] }
    return entries.map { ($0.key, $0.keyLine, $0.keyColumn) }
  }

  var column: Int { node.column }
}
