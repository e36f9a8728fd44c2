/// Which way a traversal goes.
public enum Direction: String, Sendable, Hashable, Codable {
  /// Towards bases, datasets and developers.
  case up
  /// Towards derived models, services, products and incidents.
  case down
}

extension SupplyChainGraph {
  /// The nodes reachable from `start` in `direction`, nearest first,
  /// without `start` itself.
  ///
  /// With `lineageOnly`, only lineage edges are followed (bases or
  /// derivatives of a model). Otherwise the whole supply chain is followed:
  /// upstream, a node's developers, bases, datasets, licenses, services and
  /// their hosts; downstream, derived models, the services and products
  /// that use them, incidents, and the parties that run each of them.
  /// Parties end a path: a traversal never continues through a party to
  /// its other assets.
  public func reachable(
    from start: Int, direction: Direction, lineageOnly: Bool
  ) -> [Int] {
    // A set, not a flag per node: callers walk from many starts (every
    // product, every system a rule looks at), and most walks are small.
    var seen: Set<Int> = [start]
    var order: [Int] = []
    var queue = [start]
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      if kinds[node] == .party && node != start { continue }
      let next: [Int]
      switch direction {
      case .up:
        next = incoming(node).compactMap { edge in
          if lineageOnly && edge.kind != .lineage { return nil }
          if edge.kind == .deploys { return nil }
          return edge.from
        }
      case .down:
        next = outgoing(node).compactMap { edge in
          if lineageOnly && edge.kind != .lineage { return nil }
          return edge.to
        }
      }
      for n in next where seen.insert(n).inserted {
        order.append(n)
        queue.append(n)
      }
    }
    if direction == .down && !lineageOnly {
      // The parties that run what is downstream are affected too.
      for node in order where kinds[node] != .party {
        for party in parties(of: node) where seen.insert(party).inserted {
          order.append(party)
        }
      }
    }
    return order
  }

  /// Lineage ancestors (bases, their bases, ...) or, with `lineageOnly`
  /// false, the whole upstream supply chain of `node`.
  public func ancestors(of node: Int, lineageOnly: Bool = true) -> [Int] {
    reachable(from: node, direction: .up, lineageOnly: lineageOnly)
  }

  /// Lineage descendants or, with `lineageOnly` false, everything
  /// downstream of `node` and the parties that run it.
  public func descendants(of node: Int, lineageOnly: Bool = true) -> [Int] {
    reachable(from: node, direction: .down, lineageOnly: lineageOnly)
  }

  /// Every path from `start` (a product or incident, or any asset) up to
  /// the furthest upstream models and datasets, following services, models,
  /// lineage and training data (not parties or licenses). Each path starts
  /// at `start` and ends at a node with nothing further upstream.
  ///
  /// Merges make the number of paths grow fast; at most `limit` paths are
  /// returned, and `truncated` says whether any were left out.
  public func upstreamPaths(from start: Int, limit: Int = 10_000)
    -> (paths: [[Int]], truncated: Bool)
  {
    func upstream(_ node: Int) -> [Int] {
      incoming(node).compactMap { edge in
        switch edge.kind {
        case .lineage, .trainedOn, .serves, .uses, .incident: return edge.from
        default: return nil
        }
      }
    }
    var paths: [[Int]] = []
    var path = [start]
    var onPath: Set<Int> = [start]
    // Each frame: the node's upstream list and the next one to try.
    var frames: [([Int], Int)] = [(upstream(start), 0)]
    while let (next, position) = frames.last {
      if position == 0 && next.isEmpty && (path.count > 1 || paths.isEmpty) {
        if paths.count >= limit { return (paths, true) }
        paths.append(path)
      }
      if position >= next.count {
        frames.removeLast()
        if let last = path.popLast() { onPath.remove(last) }
        continue
      }
      frames[frames.count - 1].1 = position + 1
      let node = next[position]
      if onPath.contains(node) { continue }
      path.append(node)
      onPath.insert(node)
      frames.append((upstream(node), 0))
    }
    return (paths, false)
  }
}
