import Foundation
import GRDB
import LiabilityGraph

/// The file formats the store exports.
public enum ExportFormat: String, Sendable, CaseIterable {
  /// A YAML file.
  case yaml
  /// A JSON file.
  case json
}

extension GraphStore {
  /// The store as it was recorded at `point`, as a `liability-graph/1` file
  /// that loads back to the same graph. Items keep the order of their
  /// files (files in the order they were first imported); the first file's
  /// title, description, `as_of` and `extra` head it.
  public func export(at point: RecordedPoint = .latest, as format: ExportFormat) throws(StoreError)
    -> String
  {
    let revision = try self.revision(at: point)
    let json = try read { db in try Self.assemble(db, revision: revision ?? 0) }
    switch format {
    case .json:
      return json + "\n"
    case .yaml:
      switch JSONReader(file: path).read(Array(json.utf8)) {
      case .success(let node):
        return StoredText.yaml(node)
      case .failure(let list):
        throw StoreError(
          path, "revision \(revision ?? 0) could not be written as YAML",
          diagnostics: list.diagnostics)
      }
    }
  }

  /// The store as it was recorded at `point`, loaded and checked like a
  /// file.
  public func document(at point: RecordedPoint = .latest) throws(StoreError) -> Document {
    let revision = try self.revision(at: point) ?? 0
    let json = try read { db in try Self.assemble(db, revision: revision) }
    return try Self.load(json, path: path, revision: revision)
  }

  static func load(_ json: String, path: String, revision: Int) throws(StoreError) -> Document {
    let result = Loader.load(
      bytes: Array(json.utf8), file: "\(path)#revision-\(revision)", json: true)
    guard let document = result.document else {
      throw StoreError(
        path, "revision \(revision) does not load as a liability-graph file",
        diagnostics: result.diagnostics)
    }
    return document
  }

  /// The SQL condition for rows of `table` recorded at `revision`.
  static func live(_ table: String, _ revision: Int) -> String {
    "\(table).rev_from <= \(revision) AND (\(table).rev_to IS NULL OR \(table).rev_to > \(revision))"
  }

  /// The JSON text of the store at `revision`.
  static func assemble(_ db: Database, revision: Int) throws -> String {
    var named: [String] = []
    return try assemble(db, revision: revision, only: nil, named: &named)
  }

  /// The JSON text of the store at `revision`: the whole store or, with
  /// `only`, the items of those nodes; `named` gets the keys of parties the
  /// synthesized items name that the store holds (a part must add them).
  static func assemble(
    _ db: Database, revision: Int, only: Set<Int64>?, named: inout [String]
  ) throws -> String {
    let live = Self.live("header", revision)
    let origins = try Int64.fetchAll(
      db, sql: "SELECT origin FROM revision WHERE id <= ? GROUP BY origin ORDER BY min(id)",
      arguments: [revision])
    var order: [Int64: Int] = [:]
    for (i, origin) in origins.enumerated() { order[origin] = i }
    var out = "{\"format\":\"liability-graph/1\""
    for origin in origins {
      guard
        let header = try String.fetchOne(
          db, sql: "SELECT body FROM header WHERE origin = ? AND \(live)", arguments: [origin])
      else { continue }
      let inner = header.dropFirst().dropLast()
      if !inner.isEmpty { out += "," + inner }
      break
    }
    var sections = Array(
      repeating: [(origin: Int, position: Int, body: String)](), count: Schema.sections.count)
    var bare: [(node: Int64, key: String, kind: NodeKind)] = []
    var bareSeen: Set<Int64> = []
    var defined: Set<Int64> = []
    func take(_ row: Row) throws {
      let section: Int = try row.value(0)
      if let body: String = try row.value(3) {
        guard sections.indices.contains(section) else { return }
        sections[section].append((order[try row.value(2)] ?? 0, try row.value(1), body))
        defined.insert(try row.value(4))
      } else if let kind = Schema.kind(try row.value(6)), bareSeen.insert(try row.value(4)).inserted
      {
        // A node several edge lists name is written once.
        bare.append((try row.value(4), try row.value(5), kind))
      }
    }
    let columns =
      "SELECT item.section, item.position, item.origin, item.body, item.node, node.key, "
      + "node.kind, item.rowid FROM item JOIN node ON node.id = item.node WHERE "
      + Self.live("item", revision)
    if let only {
      // Node by node, then in the order a whole read takes them.
      let statement = try db.makeStatement(sql: columns + " AND item.node = ?")
      var rows: [Row] = []
      for node in only {
        rows += try Row.fetchAll(statement, arguments: [node])
      }
      let ordered = try rows.map { (try $0.value(7) as Int64, $0) }.sorted { $0.0 < $1.0 }
      try ordered.forEach { try take($0.1) }
    } else {
      try Row.fetchCursor(db, sql: columns + " ORDER BY item.rowid").forEach(take)
    }
    // A node a file defines is written from the file, not from edge lists.
    bare.removeAll { defined.contains($0.node) }
    if !bare.isEmpty {
      let lookup =
        try only == nil
        ? BareItems.Lookup.whole(db, bare, revision: revision)
        : BareItems.Lookup.part(db, bare, revision: revision)
      let synthesized = try BareItems.synthesize(bare, lookup: lookup, named: &named)
      for (section, bodies) in synthesized {
        sections[section] += bodies.enumerated().map { (Int.max, $0.offset, $0.element) }
      }
    }
    for (index, name) in Schema.sections.enumerated() where !sections[index].isEmpty {
      let sorted = sections[index].sorted { ($0.origin, $0.position) < ($1.origin, $1.position) }
      out += ",\"\(name)\":[" + sorted.map(\.body).joined(separator: ",") + "]"
    }
    out += "}"
    return out
  }
}
