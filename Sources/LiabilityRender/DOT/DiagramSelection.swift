import LiabilityGraph

/// Which nodes a diagram draws, where, and which it collapses.
struct DiagramSelection {
  /// A group of leaf derivatives drawn as one node.
  struct CollapsedGroup {
    var id: String
    var base: Int
    var relation: LineageRelation
    var members: [Int]
    var label: String
  }

  /// Each party with the drawn nodes it owns, in node order.
  var clusters: [(Int, [Int])] = []
  /// Parties that need a node of their own (hosts, deployers).
  var anchored: Set<Int> = []
  /// Drawn nodes that belong to no party (incidents, orphan datasets).
  var loose: [Int] = []
  /// Collapsed groups.
  var collapsed: [CollapsedGroup] = []
  /// Every drawn asset node.
  var drawn: Set<Int> = []
  var notices: [String] = []

  var nodeCount: Int {
    drawn.count + anchored.count + collapsed.count
  }

  static func anchorID(_ graph: SupplyChainGraph, _ party: Int) -> String {
    "party:" + graph.ids[party]
  }

  static func isAsset(_ kind: NodeKind) -> Bool {
    switch kind {
    case .model, .dataset, .service, .product, .incident: return true
    default: return false
    }
  }

  /// Whether an edge is drawn (both ends drawn, or a party edge to a drawn
  /// asset).
  func draws(_ edge: Edge) -> Bool {
    switch edge.kind {
    case .hosts, .distributes: return drawn.contains(edge.to) && anchored.contains(edge.from)
    case .deploys: return drawn.contains(edge.from) && anchored.contains(edge.to)
    default: return drawn.contains(edge.from) && drawn.contains(edge.to)
    }
  }

  init(_ graph: SupplyChainGraph, writer: DOTWriter) {
    var candidates = (0..<graph.nodeCount).filter { Self.isAsset(graph.kinds[$0]) }
    if let focusID = writer.focus, let focus = graph.node(focusID) {
      candidates = Self.neighbourhood(graph, of: focus, depth: writer.depth)
      notices.append(
        "drawing the neighbourhood of \(focusID): \(candidates.count) node"
          + (candidates.count == 1 ? "" : "s") + " within \(writer.depth) edge"
          + (writer.depth == 1 ? "" : "s"))
    }
    if let only = writer.only {
      candidates = candidates.filter { only.contains(graph.ids[$0]) }
    }
    drawn = Set(candidates)
    if let threshold = writer.collapseThreshold {
      collapse(
        graph, threshold: threshold, keep: writer.highlight.union(writer.focus.map { [$0] } ?? []))
    }
    var owned: [Int: [Int]] = [:]
    for node in candidates where drawn.contains(node) {
      let owner = graph.incoming(node).first {
        [.develops, .publishes, .provides, .offers].contains($0.kind)
      }
      if let owner, graph.kinds[node] != .incident {
        owned[owner.from, default: []].append(node)
      } else {
        loose.append(node)
      }
    }
    for edge in graph.edges {
      if (edge.kind == .hosts || edge.kind == .distributes) && drawn.contains(edge.to) {
        anchored.insert(edge.from)
      }
      if edge.kind == .deploys && drawn.contains(edge.from) { anchored.insert(edge.to) }
    }
    for node in 0..<graph.nodeCount where graph.kinds[node] == .party {
      guard owned[node] != nil || anchored.contains(node) else { continue }
      clusters.append((node, owned[node] ?? []))
    }
  }

  /// Asset nodes within `depth` edges of `start`, in node order; parties
  /// are not passed through (they would join everything they own).
  static func neighbourhood(_ graph: SupplyChainGraph, of start: Int, depth: Int) -> [Int] {
    var distance: [Int: Int] = [start: 0]
    var queue = [start]
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      guard let d = distance[node], d < depth else { continue }
      let neighbours =
        graph.outgoing(node).map(\.to) + graph.incoming(node).map(\.from)
      for next in neighbours where distance[next] == nil && isAsset(graph.kinds[next]) {
        distance[next] = d + 1
        queue.append(next)
      }
    }
    return distance.keys.filter { isAsset(graph.kinds[$0]) }.sorted()
  }

  /// Replaces large groups of leaf derivatives with one node each.
  mutating func collapse(_ graph: SupplyChainGraph, threshold: Int, keep: Set<String>) {
    func isLeaf(_ node: Int) -> Bool {
      !graph.outgoing(node).contains { Self.isAsset(graph.kinds[$0.to]) }
    }
    for base in (0..<graph.nodeCount) where graph.kinds[base] == .model && drawn.contains(base) {
      var groups: [LineageRelation: [Int]] = [:]
      var order: [LineageRelation] = []
      for edge in graph.outgoing(base) where edge.kind == .lineage {
        let child = edge.to
        guard drawn.contains(child), isLeaf(child), !keep.contains(graph.ids[child]),
          let relation = edge.relation
        else { continue }
        if groups[relation] == nil { order.append(relation) }
        groups[relation, default: []].append(child)
      }
      for relation in order {
        guard let members = groups[relation], members.count > threshold else { continue }
        for member in members { drawn.remove(member) }
        let label = "\(members.count) \(relation.plural) of\n\(graph.name(of: base))"
        collapsed.append(
          CollapsedGroup(
            id: "collapsed:\(graph.ids[base]):\(relation.rawValue)", base: base,
            relation: relation, members: members, label: label))
        notices.append(
          "collapsed \(members.count) \(relation.plural) of \(graph.ids[base]) into one node "
            + "(more than \(threshold) leaf derivatives)")
      }
    }
  }
}

extension LineageRelation {
  /// The relation's derivatives in the plural: "quantizations".
  var plural: String {
    switch self {
    case .finetune: return "fine-tunes"
    case .adapter: return "adapters"
    case .merge: return "merges"
    case .quantize: return "quantizations"
    case .distill: return "distillations"
    case .continuedPretraining: return "continued pre-trainings"
    case .convert: return "format conversions"
    }
  }
}
