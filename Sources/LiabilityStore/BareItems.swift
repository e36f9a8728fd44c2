import GRDB
import LiabilityGraph

/// Items for nodes known only from an edge list, made from their edges:
/// a model's developer (or, failing one, the account in its id, `org/name`),
/// bases, training data and license; a service's provider, models and
/// hosts; a product's vendor, what it uses and its deployers. A party the
/// list never names is added so that every reference resolves.
enum BareItems {
  /// The party standing for publishers an edge list does not give.
  static let unattributed = "unattributed"

  /// One edge of a bare node: its kind, the node at its other end, and a
  /// lineage edge's relation.
  typealias Link = (kind: EdgeKind, other: Int64, relation: LineageRelation?)

  /// What making items needs to know about the store beyond the bare
  /// nodes: every node's key, the kind and presence (a live item) of the
  /// accounts ids name, and each bare node's edges in row order. Read whole
  /// (``whole(_:_:revision:path:nodes:present:)``) or, for a part of the graph, by
  /// queries (`Lookup.part`).
  struct Lookup {
    var key: (Int64) throws -> String?
    var kind: (String) throws -> NodeKind?
    var present: (String) throws -> Bool
    var links: (Int64) -> [Link]

    /// The whole store at `revision`, from its nodes (`nodes`), which of
    /// them have a live item (`present`, by slot), and one scan of the
    /// edges.
    static func whole(
      _ db: Database, _ bare: [(node: Int64, key: String, kind: NodeKind)], revision: Int,
      path: String, nodes: NodeTable, present: [Bool]
    ) throws -> Lookup {
      let size = nodes.size
      func index(_ id: Int64) -> Int? { nodes.slot(id) }
      var isBare = [Bool](repeating: false, count: size)
      for node in bare { if let slot = index(node.node) { isBare[slot] = true } }
      // Each bare node's edges, in row order, in one array by owner.
      var owners: [Int32] = []
      var found: [Link] = []
      try RawRow.each(
        db, path: path,
        "SELECT src, dst, kind, relation FROM edge WHERE \(GraphStore.live("edge", revision)) "
          + "ORDER BY rowid"
      ) { row in
        guard let kind = Schema.edgeKind(Int(try row.int64(2))) else { return }
        let src = try row.int64(0)
        let dst = try row.int64(1)
        let owner = kind == .deploys ? src : dst
        guard let slot = index(owner), isBare[slot] else { return }
        owners.append(Int32(slot))
        found.append(
          (
            kind, kind == .deploys ? dst : src,
            Schema.relation(try row.optionalInt64(3).map { Int($0) })
          ))
      }
      var start = [Int32](repeating: 0, count: size + 1)
      for owner in owners { start[Int(owner) + 1] += 1 }
      for i in 0..<size { start[i + 1] += start[i] }
      var fill = start
      var links = [Link](repeating: (.lineage, 0, nil), count: found.count)
      for (i, owner) in owners.enumerated() {
        links[Int(fill[Int(owner)])] = found[i]
        fill[Int(owner)] += 1
      }
      let (first, all) = (start, links)
      return Lookup(
        key: { id in nodes.key(id) },
        kind: { name in nodes.accounts[name].flatMap { nodes.kinds[$0] } },
        present: { name in nodes.accounts[name].map { present[$0] } ?? false },
        links: { id in
          guard let at = nodes.slot(id) else { return [] }
          return Array(all[Int(first[at])..<Int(first[at + 1])])
        })
    }
  }

  /// The items made for bare nodes, typed, by section; `named` holds the
  /// keys of parties they name that the store holds but the lookup was
  /// not given (a read of part of the graph adds them).
  struct Made {
    /// Parties added for publishers the store does not hold, by id.
    var addedParties: [Party] = []
    var parties: [Party] = []
    var licenses: [License] = []
    var datasets: [Dataset] = []
    var models: [Model] = []
    var services: [Service] = []
    var products: [Product] = []
    var named: [String] = []

    /// Adds the items after each section's stored ones.
    func add(to document: inout Document) {
      document.parties += addedParties + parties
      document.licenses += licenses
      document.datasets += datasets
      document.models += models
      document.services += services
      document.products += products
    }

    /// The items of one section (``Schema/sections``) as a file writes them.
    func syntax(section: Int) -> [SyntaxNode] {
      switch Schema.sectionKinds[section] {
      case .party: return (addedParties + parties).map(DocumentWriter.syntax)
      case .license: return licenses.map(DocumentWriter.syntax)
      case .dataset: return datasets.map(DocumentWriter.syntax)
      case .model: return models.map(DocumentWriter.syntax)
      case .service: return services.map(DocumentWriter.syntax)
      case .product: return products.map(DocumentWriter.syntax)
      case .disclosure, .contract, .incident, .source: return []
      }
    }
  }

  /// Items for `bare` nodes, each at `location`.
  static func make(
    _ bare: [(node: Int64, key: String, kind: NodeKind)], lookup: Lookup,
    at location: SourceLocation
  ) throws -> Made {
    var made = Made()
    var present: Set<String> = []
    func isPresent(_ name: String) throws -> Bool {
      if present.contains(name) { return true }
      if try lookup.present(name) {
        present.insert(name)
        made.named.append(name)
        return true
      }
      return false
    }
    var addedParties: [String] = []
    func party(for key: String) throws -> String {
      var name = unattributed
      if let slash = key.firstIndex(of: "/"), slash != key.startIndex {
        name = String(key[..<slash])
      }
      if let kind = try lookup.kind(name), kind != .party { name = "publisher:" + name }
      if try !isPresent(name) {
        present.insert(name)
        addedParties.append(name)
      }
      return name
    }
    let fact = Fact(location: location)
    // A license as the loader names it: a built-in one by its canonical
    // id (`apache-2.0` is Apache-2.0), any other by its own.
    func license(_ key: String?) -> String? {
      guard let key else { return nil }
      return BuiltinLicenses.shared.canonicalID(for: key) ?? key
    }
    for (node, key, kind) in bare {
      let mine = lookup.links(node)
      func others(_ kind: EdgeKind) throws -> [String] {
        try mine.filter { $0.kind == kind }.compactMap { try lookup.key($0.other) }
      }
      func references(_ kind: EdgeKind) throws -> [Reference] {
        try others(kind).map { Reference(id: $0, location: location) }
      }
      switch kind {
      case .party:
        made.parties.append(Party(id: key, name: key, fact: fact))
      case .source, .disclosure, .contract, .incident:
        // Edge lists name none of these.
        break
      case .license:
        if BuiltinLicenses.shared.license(key) != nil { continue }
        made.licenses.append(License(id: key, name: key, fact: fact))
      case .dataset:
        made.datasets.append(
          Dataset(
            id: key, name: key, publisher: try others(.publishes).first,
            license: license(try others(.licenses).first), fact: fact))
      case .model:
        let developer = try others(.develops).first ?? party(for: key)
        let bases = try mine.filter { $0.kind == .lineage }.compactMap { link -> LineageLink? in
          guard let base = try lookup.key(link.other) else { return nil }
          // A link whose relation is not stated stays a link.
          return LineageLink(base: base, relation: link.relation, fact: fact)
        }
        var model = Model(
          id: key, name: key, developer: developer, license: license(try others(.licenses).first),
          trainedOn: try references(.trainedOn), derivedFrom: bases, fact: fact)
        // No edge says it was trained from scratch: its lineage is unknown.
        model.lineageStated = !bases.isEmpty
        made.models.append(model)
      case .service:
        let provider = try others(.provides).first ?? party(for: key)
        made.services.append(
          Service(
            id: key, name: key, provider: provider, models: try references(.serves),
            hosts: try references(.hosts), generatesStated: false, functionsStated: false,
            fact: fact))
      case .product:
        let vendor = try others(.offers).first ?? party(for: key)
        made.products.append(
          Product(
            id: key, name: key, vendor: vendor, uses: try references(.uses),
            riskAreasStated: false, deployers: try references(.deploys), generatesStated: false,
            functionsStated: false, systemChangesStated: false, fact: fact))
      }
    }
    // By id: the same order whichever nodes were read (a part of the
    // store adds a subset of the whole read's parties).
    made.addedParties = addedParties.sorted().map { name in
      name == unattributed
        ? Party(
          id: unattributed,
          name: "Unattributed (an imported edge list did not say who publishes these)",
          fact: fact)
        : Party(
          id: name, name: name.replacingOccurrences(of: "publisher:", with: ""),
          description: "Account named in the ids of an imported edge list", fact: fact)
    }
    return made
  }
}

/// Every node of a store in arrays by node id: its key, its kind, and the
/// accounts ids name (keys without a slash, `acme` of `acme/model`). Node
/// ids are dense; a store whose ids are not is indexed by a table instead.
struct NodeTable {
  let dense: Bool
  let maxID: Int64
  let byID: [Int64: Int]
  let keys: [String?]
  let kinds: [NodeKind?]
  let accounts: [String: Int]

  var size: Int { keys.count }

  /// The array slot of node `id`.
  func slot(_ id: Int64) -> Int? {
    dense ? (id >= 0 && id <= maxID ? Int(id) : nil) : byID[id]
  }

  /// The key of node `id`.
  func key(_ id: Int64) -> String? { slot(id).flatMap { keys[$0] } }

  /// Reads every node in one scan.
  static func read(_ db: Database, path: String) throws -> NodeTable {
    let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM node") ?? 0
    let maxID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM node") ?? 0
    let dense = maxID >= 0 && maxID <= Int64(2 * count + 1024)
    let size = dense ? Int(maxID) + 1 : count
    var byID: [Int64: Int] = [:]
    var keys = [String?](repeating: nil, count: size)
    var kinds = [NodeKind?](repeating: nil, count: size)
    var accounts: [String: Int] = [:]
    var next = 0
    try RawRow.each(db, path: path, "SELECT id, key, kind FROM node") { row in
      let id = try row.int64(0)
      let slot: Int
      if dense {
        slot = Int(id)
      } else {
        guard next < size else { return }
        slot = next
        byID[id] = slot
        next += 1
      }
      guard slot >= 0, slot < size, let key = try row.text(1) else { return }
      keys[slot] = key
      kinds[slot] = try row.optionalInt64(2).flatMap { Schema.kind(Int($0)) }
      if !key.utf8.contains(UInt8(ascii: "/")) { accounts[key] = slot }
    }
    return NodeTable(
      dense: dense, maxID: maxID, byID: byID, keys: keys, kinds: kinds, accounts: accounts)
  }
}
