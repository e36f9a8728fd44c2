extension SupplyChainGraph {
  /// Every invariant of the graph's compact arrays that does not hold
  /// (empty when all do): the tests call it on every graph they build,
  /// as swift-collections' types check theirs.
  ///
  /// - ids, kinds and items have one entry per node; every id is once in
  ///   the index, at its own position;
  /// - each node's item is a valid position in its section of the
  ///   document (-1 only for a built-in license);
  /// - every edge joins two nodes, and only lineage edges carry a relation;
  /// - both adjacencies are compressed sparse rows over all edges: starts
  ///   from 0, never decreasing, ending at the edge count, and each edge
  ///   listed once, under the node it leaves (or enters).
  package func invariantProblems() -> [String] {
    Self.invariantProblems(
      ids: ids, kinds: kinds, items: items, index: index, edges: edges,
      sectionCounts: { kind in
        switch kind {
        case .party: return document.parties.count
        case .license: return document.licenses.count
        case .dataset: return document.datasets.count
        case .model: return document.models.count
        case .service: return document.services.count
        case .product: return document.products.count
        case .disclosure: return document.disclosures.count
        case .contract: return document.contracts.count
        case .incident: return document.incidents.count
        case .source: return document.sources.count
        }
      },
      outgoing: (outStart, outEdges), incoming: (inStart, inEdges))
  }

  /// The checks of ``invariantProblems()``, on the arrays themselves (so
  /// that the tests can show each check fails on arrays that break it).
  package static func invariantProblems(
    ids: [String], kinds: [NodeKind], items: [Int32], index: [String: Int32], edges: [Edge],
    sectionCounts: (NodeKind) -> Int,
    outgoing: (start: [Int32], edges: [Int32]), incoming: (start: [Int32], edges: [Int32])
  ) -> [String] {
    var problems: [String] = []
    let count = ids.count
    if kinds.count != count || items.count != count {
      problems.append("\(count) ids, \(kinds.count) kinds and \(items.count) items")
      return problems
    }
    if index.count != count { problems.append("\(count) ids but \(index.count) in the index") }
    for (node, id) in ids.enumerated() where index[id] != Int32(node) {
      problems.append(
        "id '\(id)' of node \(node) is indexed at \(index[id].map { "\($0)" } ?? "none")")
    }
    for node in 0..<count {
      let item = Int(items[node])
      let allowed = kinds[node] == .license ? -1 : 0
      if item < allowed || item >= sectionCounts(kinds[node]) {
        problems.append("node \(node) ('\(ids[node])'): item \(item) is not in its section")
      }
    }
    for (position, edge) in edges.enumerated() {
      if !(0..<count).contains(edge.from) || !(0..<count).contains(edge.to) {
        problems.append("edge \(position) joins \(edge.from) and \(edge.to) of \(count) nodes")
      }
      if edge.relation != nil && edge.kind != .lineage {
        problems.append("edge \(position) (\(edge.kind.rawValue)) carries a relation")
      }
    }
    guard problems.isEmpty else { return problems }
    for (name, rows, end) in [
      ("outgoing", outgoing, \Edge.from), ("incoming", incoming, \Edge.to),
    ] as [(String, (start: [Int32], edges: [Int32]), KeyPath<Edge, Int>)] {
      guard rows.start.count == count + 1, rows.start.first == 0,
        rows.start.last == Int32(edges.count), rows.edges.count == edges.count
      else {
        problems.append("\(name): the starts do not run from 0 to \(edges.count)")
        continue
      }
      var seen = [Bool](repeating: false, count: edges.count)
      for node in 0..<count {
        guard rows.start[node] <= rows.start[node + 1] else {
          problems.append("\(name): the start of node \(node + 1) comes before node \(node)'s")
          break
        }
        for slot in Int(rows.start[node])..<Int(rows.start[node + 1]) {
          let edge = Int(rows.edges[slot])
          guard (0..<edges.count).contains(edge), !seen[edge] else {
            problems.append("\(name): edge \(edge) is listed twice or does not exist")
            continue
          }
          seen[edge] = true
          if edges[edge][keyPath: end] != node {
            problems.append("\(name): edge \(edge) is listed under node \(node), not its own")
          }
        }
      }
    }
    return problems
  }
}
