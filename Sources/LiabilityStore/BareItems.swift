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

  static func synthesize(
    _ db: Database, _ bare: [(node: Int64, key: String, kind: NodeKind)], revision: Int
  ) throws -> [(Int, [String])] {
    var keys: [Int64: String] = [:]
    var kindOf: [String: NodeKind] = [:]
    try Row.fetchCursor(db, sql: "SELECT id, key, kind FROM node").forEach { row in
      let key: String = row[1]
      keys[row[0]] = key
      kindOf[key] = Schema.kind(row[2])
    }
    var present: Set<String> = []
    try Row.fetchCursor(
      db,
      sql: "SELECT node FROM item WHERE \(GraphStore.live("item", revision))"
    ).forEach { row in
      if let key = keys[row[0]] { present.insert(key) }
    }
    let bareSet = Set(bare.map(\.node))
    var links: [Int64: [(kind: EdgeKind, other: Int64, relation: LineageRelation?)]] = [:]
    try Row.fetchCursor(
      db,
      sql: "SELECT src, dst, kind, relation FROM edge WHERE \(GraphStore.live("edge", revision))"
    ).forEach { row in
      guard let kind = Schema.edgeKind(row[2]) else { return }
      let src: Int64 = row[0]
      let dst: Int64 = row[1]
      let owner = kind == .deploys ? src : dst
      guard bareSet.contains(owner) else { return }
      links[owner, default: []].append(
        (kind, kind == .deploys ? dst : src, Schema.relation(row[3])))
    }
    var sections: [Int: [String]] = [:]
    var addedParties: [String] = []
    func party(for key: String) -> String {
      var name = unattributed
      if let slash = key.firstIndex(of: "/"), slash != key.startIndex {
        name = String(key[..<slash])
      }
      if let kind = kindOf[name], kind != .party { name = "publisher:" + name }
      if !present.contains(name) {
        present.insert(name)
        addedParties.append(name)
      }
      return name
    }
    func text(_ value: String) -> String { StoredText.quoted(value) }
    func list(_ values: [String]) -> String { "[" + values.map(text).joined(separator: ",") + "]" }
    for (node, key, kind) in bare {
      let mine = links[node] ?? []
      func others(_ kind: EdgeKind) -> [String] {
        mine.filter { $0.kind == kind }.compactMap { keys[$0.other] }
      }
      var fields = ["\"id\":" + text(key), "\"name\":" + text(key)]
      switch kind {
      case .party, .source, .disclosure, .contract, .incident:
        break
      case .license:
        if BuiltinLicenses.shared.license(key) != nil { continue }
      case .dataset:
        if let publisher = others(.publishes).first {
          fields.append("\"publisher\":" + text(publisher))
        }
        if let license = others(.licenses).first { fields.append("\"license\":" + text(license)) }
      case .model:
        let developer = others(.develops).first ?? party(for: key)
        fields.append("\"developer\":" + text(developer))
        if let license = others(.licenses).first { fields.append("\"license\":" + text(license)) }
        let datasets = others(.trainedOn)
        if !datasets.isEmpty { fields.append("\"trained_on\":" + list(datasets)) }
        let bases = mine.filter { $0.kind == .lineage }.compactMap { link -> String? in
          guard let base = keys[link.other] else { return nil }
          // A link whose relation is not stated stays a link.
          guard let relation = link.relation else { return "{\"model\":\(text(base))}" }
          return "{\"model\":\(text(base)),\"relation\":\(text(relation.rawValue))}"
        }
        if !bases.isEmpty {
          fields.append("\"derived_from\":[" + bases.joined(separator: ",") + "]")
        }
      case .service:
        let provider = others(.provides).first ?? party(for: key)
        fields.append("\"provider\":" + text(provider))
        let models = others(.serves)
        if !models.isEmpty { fields.append("\"models\":" + list(models)) }
        let hosts = others(.hosts)
        if !hosts.isEmpty { fields.append("\"hosts\":" + list(hosts)) }
      case .product:
        let vendor = others(.offers).first ?? party(for: key)
        fields.append("\"vendor\":" + text(vendor))
        let uses = others(.uses)
        if !uses.isEmpty { fields.append("\"uses\":" + list(uses)) }
        let deployers = others(.deploys)
        if !deployers.isEmpty { fields.append("\"deployers\":" + list(deployers)) }
      }
      let section = Schema.sectionKinds.firstIndex(of: kind) ?? 0
      sections[section, default: []].append("{" + fields.joined(separator: ",") + "}")
    }
    if !addedParties.isEmpty {
      let parties = addedParties.map { name in
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
