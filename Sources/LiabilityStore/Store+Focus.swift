import GRDB
import LiabilityGraph

/// The part of the graph an answer needs: where it starts and which way it
/// goes. A command about one item (the lineage of a model, the chain of a
/// product, a drawing around a node) reads only that part of a store: the
/// nodes it reaches through the store's edge rows, every item a file
/// defined, and whatever those items refer to, so that the part loads with
/// the same checks as the whole and gives the same answer.
public struct StoreFocus: Sendable, Hashable {
  /// The ids the answer starts from. Everything upstream of them (what
  /// they are made from, who makes, serves and hosts it) is always read:
  /// their items refer to it.
  public var ids: [String]
  /// Whether to follow the chain downstream: what is made from the start and
  /// what uses it.
  public var downstream: Bool
  /// With a value: both ways, through assets only, this many steps and
  /// one more (a drawing's neighbourhood, and whether its edge nodes have
  /// anything beyond them).
  public var depth: Int?
  /// Ids the answer names without starting from them (a drawing's
  /// highlighted nodes): read with what they refer to, not walked from.
  public var including: [String]

  /// A focus on `ids` and what is upstream of them; with `downstream`,
  /// also what is downstream; with `depth`, a neighbourhood both ways;
  /// `including` ids are read too.
  public init(
    ids: [String], downstream: Bool = false, depth: Int? = nil, including: [String] = []
  ) {
    self.ids = ids
    self.downstream = downstream
    self.depth = depth
    self.including = including
  }
}

extension GraphStore {
  /// The part of the store `focus` needs, as recorded at `point`, loaded
  /// and checked like a file; nil when the part cannot be told (an id the
  /// store does not hold at that point, or a store written before the
  /// index the walk needs): read the whole store then, as before.
  public func document(at point: RecordedPoint = .latest, around focus: StoreFocus)
    throws(StoreError) -> Document?
  {
    let revision = try self.revision(at: point) ?? 0
    let file = "\(path)#revision-\(revision)"
    let assembled: Assembled? = try read { db in
      guard
        try Int.fetchOne(
          db, sql: "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'edge_src'")
          != nil,
        var nodes = try Self.part(db, focus, revision: revision)
      else { return nil }
      var assembled = try Self.assemble(db, revision: revision, file: file, only: nodes)
      // Parties the made items name are added (a party names nothing, so
      // one more pass is the end).
      let node = try db.makeStatement(sql: "SELECT id FROM node WHERE key = ?")
      var more: Set<Int64> = []
      for key in assembled.bare.named {
        if let id = try Int64.fetchOne(node, arguments: [key]), !nodes.contains(id) {
          more.insert(id)
        }
      }
      if !more.isEmpty {
        nodes.formUnion(more)
        assembled = try Self.assemble(db, revision: revision, file: file, only: nodes)
      }
      return assembled
    }
    return try assembled?.checked(path: path, revision: revision)
  }

  /// The nodes of the part: the walk from the focus, every node a file
  /// defines, and what they refer to; nil when an id is not in the store.
  static func part(_ db: Database, _ focus: StoreFocus, revision: Int) throws -> Set<Int64>? {
    let edgeLive = live("edge", revision)
    let find = try db.makeStatement(
      sql: "SELECT node.id, node.kind FROM node WHERE node.key = ? AND EXISTS (SELECT 1 FROM item "
        + "WHERE item.node = node.id AND \(live("item", revision)))")
    let incoming = try db.makeStatement(
      sql: "SELECT src, kind FROM edge WHERE dst = ? AND \(edgeLive)")
    let outgoing = try db.makeStatement(
      sql: "SELECT dst, kind FROM edge WHERE src = ? AND \(edgeLive)")
    let kindOf = try db.makeStatement(sql: "SELECT kind FROM node WHERE id = ?")
    var kinds: [Int64: NodeKind] = [:]
    func kind(_ node: Int64) throws -> NodeKind? {
      if let known = kinds[node] { return known }
      let found = try Int.fetchOne(kindOf, arguments: [node]).flatMap(Schema.kind)
      kinds[node] = found
      return found
    }
    // A party's own nodes include those an edge list names under its
    // account (`acme/model`), which a whole read makes it the developer,
    // provider or vendor of when no edge says who is.
    let key = try db.makeStatement(sql: "SELECT key FROM node WHERE id = ?")
    let account = try db.makeStatement(sql: "SELECT id FROM node WHERE key >= ? AND key < ?")
    func edges(_ statement: Statement, _ node: Int64) throws -> [(Int64, EdgeKind)] {
      var found: [(Int64, EdgeKind)] = []
      for row in try Row.fetchAll(statement, arguments: [node]) {
        if let edge = Schema.edgeKind(try row.value(1)) { found.append((try row.value(0), edge)) }
      }
      if statement === outgoing, try kind(node) == .party,
        var name = try String.fetchOne(key, arguments: [node])
      {
        if name.hasPrefix("publisher:") { name.removeFirst("publisher:".count) }
        for other in try Int64.fetchAll(account, arguments: [name + "/", name + "0"]) {
          found.append((other, .develops))
        }
      }
      return found
    }
    var seeds: [Int64] = []
    var included: [Int64] = []
    for (position, id) in (focus.ids + focus.including).enumerated() {
      guard let row = try Row.fetchOne(find, arguments: [id]) else { return nil }
      let node: Int64 = try row.value(0)
      kinds[node] = Schema.kind(try row.value(1))
      if position < focus.ids.count { seeds.append(node) } else { included.append(node) }
      // The party edge lists fall back to for ids without an account
      // (`gpt2`) owns nodes no key range finds: read the whole store.
      if id == BareItems.unattributed, focus.downstream || focus.depth != nil { return nil }
    }
    var nodes = Set(seeds + included)
    // What a drawing walks through: assets, not parties or licenses.
    let isAsset: (NodeKind?) -> Bool = {
      switch $0 {
      case .model, .dataset, .service, .product, .incident: return true
      default: return false
      }
    }
    if let depth = focus.depth {
      // A drawing's neighbourhood: assets within depth + 1 steps.
      var frontier = seeds
      for _ in 0...max(depth, 0) {
        var next: [Int64] = []
        for node in frontier {
          for (other, _) in try edges(outgoing, node) + edges(incoming, node)
          where try isAsset(kind(other)) && nodes.insert(other).inserted {
            next.append(other)
          }
        }
        frontier = next
        if frontier.isEmpty { break }
      }
    }
    if focus.downstream {
      var queue = seeds
      while let node = queue.popLast() {
        if try kind(node) == .party && !seeds.contains(node) { continue }
        for (other, _) in try edges(outgoing, node) where nodes.insert(other).inserted {
          queue.append(other)
        }
      }
    }
    // Every item a file defines is read (files are small beside edge lists,
    // and their items refer to each other in ways the edges do not hold).
    try Int64.fetchCursor(
      db,
      sql:
        "SELECT DISTINCT item.node FROM item WHERE item.body IS NOT NULL AND \(live("item", revision))"
        + " AND item.origin IN (SELECT origin FROM header)"
    ).forEach { nodes.insert($0) }
    // What each node refers to, and what that refers to: its developer,
    // bases, data, license, provider, hosts, models, vendor, deployers. The
    // walk upstream is this same closure from the focus.
    // A party refers to nothing (its only incoming edges are deploys);
    // only services and products name deployers. SQLite filters the edges.
    let deploys = Schema.code(EdgeKind.deploys)
    let references = try db.makeStatement(
      sql: "SELECT edge.src, node.kind FROM edge JOIN node ON node.id = edge.src WHERE "
        + "edge.dst = ? AND edge.kind != \(deploys) AND \(edgeLive)")
    let deployers = try db.makeStatement(
      sql: "SELECT edge.dst, node.kind FROM edge JOIN node ON node.id = edge.dst WHERE "
        + "edge.src = ? AND edge.kind = \(deploys) AND \(edgeLive)")
    /// Adds what `start` refers to, and what that refers to, to `nodes`.
    func close(_ start: [Int64]) throws {
      var queue = start
      while let node = queue.popLast() {
        let nodeKind = try kind(node)
        if nodeKind == .party { continue }
        var statements = [references]
        if nodeKind == .service || nodeKind == .product { statements.append(deployers) }
        for statement in statements {
          for row in try Row.fetchAll(statement, arguments: [node]) {
            let other: Int64 = try row.value(0)
            if kinds[other] == nil { kinds[other] = Schema.kind(try row.value(1)) }
            if nodes.insert(other).inserted { queue.append(other) }
          }
        }
      }
    }
    try close(Array(nodes))
    // A drawing labels a party by all it does ("host", "deployer"), drawn
    // or not: one service it hosts and one product or service deploying
    // it are enough for the label, with what they refer to.
    if focus.depth != nil {
      let hosts = Schema.code(EdgeKind.hosts)
      let distributes = Schema.code(EdgeKind.distributes)
      let hosted = try db.makeStatement(
        sql: "SELECT dst FROM edge WHERE src = ? AND kind IN (\(hosts), \(distributes)) AND "
          + "\(edgeLive) LIMIT 1")
      let deploying = try db.makeStatement(
        sql: "SELECT src FROM edge WHERE dst = ? AND kind = \(deploys) AND \(edgeLive) LIMIT 1")
      var more: [Int64] = []
      for node in nodes where try kind(node) == .party {
        for statement in [hosted, deploying] {
          if let other = try Int64.fetchOne(statement, arguments: [node]), !nodes.contains(other) {
            more.append(other)
          }
        }
      }
      nodes.formUnion(more)
      try close(more)
    }
    return nodes
  }
}

extension BareItems.Lookup {
  /// What synthesis needs for `bare` nodes, read by queries (a part of the
  /// graph): the same answers a whole read gives, for these nodes.
  static func part(
    _ db: Database, _ bare: [(node: Int64, key: String, kind: NodeKind)], revision: Int
  ) throws -> BareItems.Lookup {
    let edgeLive = GraphStore.live("edge", revision)
    let incoming = try db.makeStatement(
      sql: "SELECT src, kind, relation, rowid FROM edge WHERE dst = ? AND kind != "
        + "\(Schema.code(EdgeKind.deploys)) AND \(edgeLive)")
    let deploys = try db.makeStatement(
      sql: "SELECT dst, kind, relation, rowid FROM edge WHERE src = ? AND kind = "
        + "\(Schema.code(EdgeKind.deploys)) AND \(edgeLive)")
    var links: [Int64: [(kind: EdgeKind, other: Int64, relation: LineageRelation?)]] = [:]
    for (node, _, kind) in bare where kind != .party {
      // In the order a whole read finds them: by row. Only services and
      // products name deployers; a party names nothing.
      var rows = try Row.fetchAll(incoming, arguments: [node])
      if kind == .service || kind == .product {
        rows += try Row.fetchAll(deploys, arguments: [node])
      }
      let ordered = try rows.map { (try $0.value(3) as Int64, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
      let found = try ordered.compactMap {
        row -> (kind: EdgeKind, other: Int64, relation: LineageRelation?)? in
        guard let kind = Schema.edgeKind(try row.value(1)) else { return nil }
        return (kind, try row.value(0), Schema.relation(try row.value(2)))
      }
      if !found.isEmpty { links[node] = found }
    }
    let keyOf = try db.makeStatement(sql: "SELECT key FROM node WHERE id = ?")
    let kindOf = try db.makeStatement(sql: "SELECT kind FROM node WHERE key = ?")
    let present = try db.makeStatement(
      sql: "SELECT 1 FROM item JOIN node ON node.id = item.node WHERE node.key = ? AND "
        + "\(GraphStore.live("item", revision)) LIMIT 1")
    return BareItems.Lookup(
      key: { try String.fetchOne(keyOf, arguments: [$0]) },
      kind: { try Int.fetchOne(kindOf, arguments: [$0]).flatMap(Schema.kind) },
      present: { try Int.fetchOne(present, arguments: [$0]) != nil },
      links: { [links] in links[$0] ?? [] })
  }
}
