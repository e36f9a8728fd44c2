import Foundation
import GRDB
import LiabilityGraph

extension GraphStore {
  /// The store as it was recorded at `point`, as a `liability-graph/1` file
  /// that loads back to the same graph. Items keep the order of their
  /// files (files in the order they were first imported) and are written
  /// as their files wrote them; items of nodes known only from edge lists
  /// follow, written by `DocumentWriter`. The first file's title,
  /// description, `as_of` and `extra` head it.
  public func export(at point: RecordedPoint = .latest, as format: DocumentWriter.Format)
    throws(StoreError)
    -> String
  {
    let revision = try self.revision(at: point) ?? 0
    let assembled = try read { db in
      try Self.assemble(db, revision: revision, file: "\(path)#revision-\(revision)")
    }
    let root = assembled.syntax(writingBare: true)
    switch format {
    case .json: return StoredText.json(root) + "\n"
    case .yaml: return StoredText.yaml(root)
    }
  }

  /// The store as it was recorded at `point`, checked as a file is.
  public func document(at point: RecordedPoint = .latest) throws(StoreError) -> Document {
    let revision = try self.revision(at: point) ?? 0
    let assembled = try read { db in
      try Self.assemble(db, revision: revision, file: "\(path)#revision-\(revision)")
    }
    return try assembled.checked(path: path, revision: revision)
  }

  /// The SQL condition for rows of `table` recorded at `revision`.
  static func live(_ table: String, _ revision: Int) -> String {
    "\(table).rev_from <= \(revision) AND (\(table).rev_to IS NULL OR \(table).rev_to > \(revision))"
  }

  /// The store at `revision`: the whole store or, with `only`, the items
  /// of those nodes. Stored items keep their syntax; bare nodes' items are
  /// made from their edges (``BareItems``).
  static func assemble(_ db: Database, revision: Int, file: String, only: Set<Int64>? = nil)
    throws -> Assembled
  {
    let live = Self.live("header", revision)
    let origins = try Int64.fetchAll(
      db, sql: "SELECT origin FROM revision WHERE id <= ? GROUP BY origin ORDER BY min(id)",
      arguments: [revision])
    var order: [Int64: Int] = [:]
    for (i, origin) in origins.enumerated() { order[origin] = i }
    let reader = JSONReader(file: file)
    func parse(_ body: String) throws -> SyntaxNode {
      switch reader.read(Array(body.utf8)) {
      case .success(let node): return node
      case .failure(let list):
        throw StoreError(
          .damagedStore, file, "revision \(revision) holds an item that is not JSON",
          diagnostics: list.diagnostics)
      }
    }
    var header: [SyntaxEntry] = []
    for origin in origins {
      guard
        let body = try String.fetchOne(
          db, sql: "SELECT body FROM header WHERE origin = ? AND \(live)", arguments: [origin])
      else { continue }
      if case .mapping(let entries) = try parse(body).content { header = entries }
      break
    }
    var sections = Array(
      repeating: [(origin: Int, position: Int, body: String)](), count: Schema.sections.count)
    var bare: [(node: Int64, key: String, kind: NodeKind)] = []
    var bareSeen: Set<Int64> = []
    var defined: Set<Int64> = []
    func take(
      section: Int, position: Int, origin: Int64, body: String?, node: Int64,
      key: () throws -> String?, kind: Int?
    ) throws {
      if let body {
        guard sections.indices.contains(section) else { return }
        sections[section].append((order[origin] ?? 0, position, body))
        defined.insert(node)
      } else if let kind = kind.flatMap(Schema.kind), let key = try key(),
        bareSeen.insert(node).inserted
      {
        // A node several edge lists name is written once.
        bare.append((node, key, kind))
      }
    }
    func take(_ row: Row) throws {
      try take(
        section: try row.value(0), position: try row.value(1), origin: try row.value(2),
        body: try row.value(3), node: try row.value(4), key: { try row.value(5) },
        kind: try row.value(6))
    }
    let columns =
      "SELECT item.section, item.position, item.origin, item.body, item.node, node.key, "
      + "node.kind, item.rowid FROM item JOIN node ON node.id = item.node WHERE "
      + Self.live("item", revision)
    var nodes: (table: NodeTable, present: [Bool])? = nil
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
      // The whole store: every node once, then every live item in row order
      // (its node's key and kind from the table, not a join per row).
      let table = try NodeTable.read(db, path: file)
      var present = [Bool](repeating: false, count: table.size)
      try RawRow.each(
        db, path: file,
        "SELECT section, position, origin, body, node FROM item WHERE "
          + Self.live("item", revision) + " ORDER BY rowid"
      ) { row in
        let node = try row.int64(4)
        guard let slot = table.slot(node), let key = table.keys[slot] else { return }
        present[slot] = true
        try take(
          section: Int(try row.int64(0)), position: Int(try row.int64(1)),
          origin: try row.int64(2), body: try row.text(3), node: node,
          key: { key }, kind: table.kinds[slot].map { Schema.code($0) })
      }
      nodes = (table, present)
    }
    var stored: [[SyntaxNode]] = []
    for index in Schema.sections.indices {
      let sorted = sections[index].sorted { ($0.origin, $0.position) < ($1.origin, $1.position) }
      stored.append(try sorted.map { try parse($0.body) })
    }
    // A node a file defines is written from the file, not from edge lists.
    bare.removeAll { defined.contains($0.node) }
    var made = BareItems.Made()
    if !bare.isEmpty {
      let lookup =
        try nodes.map {
          try BareItems.Lookup.whole(
            db, bare, revision: revision, path: file, nodes: $0.table, present: $0.present)
        } ?? BareItems.Lookup.part(db, bare, revision: revision)
      made = try BareItems.make(
        bare, lookup: lookup, at: SourceLocation(file: file, line: 1, column: 1))
    }
    return Assembled(file: file, header: header, stored: stored, bare: made)
  }
}

/// The store at one revision, assembled: the header and the stored items
/// as their files wrote them (syntax, by section), and the items made for
/// bare nodes (typed).
struct Assembled {
  var file: String
  var header: [SyntaxEntry]
  var stored: [[SyntaxNode]]
  var bare: BareItems.Made

  /// The syntax of a file holding the stored items and, with
  /// `writingBare`, the bare nodes' items after them.
  func syntax(writingBare: Bool) -> SyntaxNode {
    func entry(_ key: String, _ value: SyntaxNode) -> SyntaxEntry {
      SyntaxEntry(key: key, keyLine: 1, keyColumn: 1, value: value)
    }
    var top = [
      entry(
        "format",
        SyntaxNode(content: .scalar("liability-graph/1", quoted: true), line: 1, column: 1))
    ]
    top += header.filter { $0.key != "format" }
    for (index, name) in Schema.sections.enumerated() {
      var items = stored[index]
      if writingBare { items += bare.syntax(section: index) }
      guard !items.isEmpty else { continue }
      top.append(entry(name, SyntaxNode(content: .sequence(items), line: 1, column: 1)))
    }
    return SyntaxNode(content: .mapping(top), line: 1, column: 1)
  }

  /// The stored items decoded, the bare ones added, and the whole checked
  /// as a file is (``Loader/check(_:)``).
  func result(graph: Bool = true) -> Loader.Result {
    let (decoded, diagnostics) = Loader.decode(syntax(writingBare: false), file: file)
    guard var document = decoded else {
      return Loader.Result(document: nil, graph: nil, diagnostics: diagnostics)
    }
    bare.add(to: &document)
    return Loader.check(document, earlier: diagnostics, sites: nil, graph: graph)
  }

  /// The checked document, or an error with every problem found.
  func checked(path: String, revision: Int) throws(StoreError) -> Document {
    let result = result(graph: false)
    guard let document = result.document else {
      throw StoreError(
        .damagedStore, path, "revision \(revision) does not load as a liability-graph file",
        diagnostics: result.diagnostics)
    }
    return document
  }
}
