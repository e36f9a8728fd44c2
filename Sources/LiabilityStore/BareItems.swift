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

  /// Items for `bare` nodes, by section; `extra` gets the keys of parties
  /// the items name that the store holds but `lookup` was not given (a
  /// read of part of the graph adds them).
  static func synthesize(
    _ bare: [(node: Int64, key: String, kind: NodeKind)], lookup: Lookup,
    named extra: inout [String]
  ) throws -> [(Int, [String])] {
    let links = lookup.links
    var present: Set<String> = []
    func isPresent(_ name: String) throws -> Bool {
      if present.contains(name) { return true }
      if try lookup.present(name) {
        present.insert(name)
        extra.append(name)
        return true
      }
      return false
    }
    var sections: [Int: [String]] = [:]
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
    func text(_ value: String) -> String { StoredText.quoted(value) }
    func list(_ values: [String]) -> String { "[" + values.map(text).joined(separator: ",") + "]" }
    for (node, key, kind) in bare {
      let mine = links[node] ?? []
      func others(_ kind: EdgeKind) throws -> [String] {
        try mine.filter { $0.kind == kind }.compactMap { try lookup.key($0.other) }
      }
      var fields = ["\"id\":" + text(key), "\"name\":" + text(key)]
      switch kind {
      case .party, .source, .disclosure, .contract, .incident:
        break
      case .license:
        if BuiltinLicenses.shared.license(key) != nil { continue }
      case .dataset:
        if let publisher = try others(.publishes).first {
          fields.append("\"publisher\":" + text(publisher))
        }
        if let license = try others(.licenses).first {
          fields.append("\"license\":" + text(license))
        }
      case .model:
        let developer = try others(.develops).first ?? party(for: key)
        fields.append("\"developer\":" + text(developer))
        if let license = try others(.licenses).first {
          fields.append("\"license\":" + text(license))
        }
        let datasets = try others(.trainedOn)
        if !datasets.isEmpty { fields.append("\"trained_on\":" + list(datasets)) }
        let bases = try mine.filter { $0.kind == .lineage }.compactMap { link -> String? in
          guard let base = try lookup.key(link.other) else { return nil }
          // A link whose relation is not stated stays a link.
          guard let relation = link.relation else { return "{\"model\":\(text(base))}" }
          return "{\"model\":\(text(base)),\"relation\":\(text(relation.rawValue))}"
        }
        if !bases.isEmpty {
          fields.append("\"derived_from\":[" + bases.joined(separator: ",") + "]")
        }
      case .service:
        let provider = try others(.provides).first ?? party(for: key)
        fields.append("\"provider\":" + text(provider))
        let models = try others(.serves)
        if !models.isEmpty { fields.append("\"models\":" + list(models)) }
        let hosts = try others(.hosts)
        if !hosts.isEmpty { fields.append("\"hosts\":" + list(hosts)) }
      case .product:
        let vendor = try others(.offers).first ?? party(for: key)
        fields.append("\"vendor\":" + text(vendor))
        let uses = try others(.uses)
        if !uses.isEmpty { fields.append("\"uses\":" + list(uses)) }
        let deployers = try others(.deploys)
        if !deployers.isEmpty { fields.append("\"deployers\":" + list(deployers)) }
      }
      let section = Schema.sectionKinds.firstIndex(of: kind) ?? 0
      sections[section, default: []].append("{" + fields.joined(separator: ",") + "}")
    }
    if !addedParties.isEmpty {
      // By id: the same order whichever nodes were read (a part of the
      // store adds a subset of the whole read's parties).
      let parties = addedParties.sorted().map { name in
        name == unattributed
          ? "{\"id\":\"\(unattributed)\",\"name\":\"Unattributed (an imported edge list did not "
            + "say who publishes these)\"}"
          : "{\"id\":\(text(name)),\"name\":\(text(name.replacingOccurrences(of: "publisher:", with: ""))),"
            + "\"description\":\"Account named in the ids of an imported edge list\"}"
      }
      sections[0, default: []] = parties + (sections[0] ?? [])
    }
    return sections.keys.sorted().map { ($0, sections[$0] ?? []) }
  }
}
