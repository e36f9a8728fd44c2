import GRDB
import LiabilityGraph

/// Items for nodes known only from an edge list, written from their edges:
/// a model's developer (or, failing one, the account in its id, `org/name`),
/// bases, training data and license; a service's provider, models and
/// hosts; a product's vendor, what it uses and its deployers. A party the
/// list never names is added so that every reference resolves.
enum BareItems {
  /// The party standing for publishers an edge list does not give.
  static let unattributed = "unattributed"

  /// What synthesis needs to know about the store beyond the bare nodes:
  /// every node's key and kind, which keys have a live item, and each bare
  /// node's edges. Read whole (`whole`) or, for a part of the graph, by
  /// queries (`Lookup.part`).
  struct Lookup {
    var key: (Int64) throws -> String?
    var kind: (String) throws -> NodeKind?
    var present: (String) throws -> Bool
    var links: [Int64: [(kind: EdgeKind, other: Int64, relation: LineageRelation?)]]

    /// The whole store at `revision`, read in three scans.
    static func whole(
      _ db: Database, _ bare: [(node: Int64, key: String, kind: NodeKind)], revision: Int
    ) throws -> Lookup {
      var keys: [Int64: String] = [:]
      var kindOf: [String: NodeKind] = [:]
      try Row.fetchCursor(db, sql: "SELECT id, key, kind FROM node").forEach { row in
        let key: String = try row.value(1)
        keys[try row.value(0)] = key
        kindOf[key] = Schema.kind(try row.value(2))
      }
      var present: Set<String> = []
      try Row.fetchCursor(
        db,
        sql: "SELECT node FROM item WHERE \(GraphStore.live("item", revision))"
      ).forEach { row in
        if let key = keys[try row.value(0)] { present.insert(key) }
      }
      let bareSet = Set(bare.map(\.node))
      var links: [Int64: [(kind: EdgeKind, other: Int64, relation: LineageRelation?)]] = [:]
      try Row.fetchCursor(
        db,
        sql: "SELECT src, dst, kind, relation FROM edge WHERE \(GraphStore.live("edge", revision)) "
          + "ORDER BY rowid"
      ).forEach { row in
        guard let kind = Schema.edgeKind(try row.value(2)) else { return }
        let src: Int64 = try row.value(0)
        let dst: Int64 = try row.value(1)
        let owner = kind == .deploys ? src : dst
        guard bareSet.contains(owner) else { return }
        links[owner, default: []].append(
          (kind, kind == .deploys ? dst : src, Schema.relation(try row.value(3))))
      }
      return Lookup(
        key: { keys[$0] }, kind: { kindOf[$0] }, present: { present.contains($0) }, links: links)
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
    let links = lookup.links
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
      let mine = links[node] ?? []
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
