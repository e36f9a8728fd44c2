import Foundation
import GRDB
import GRDBSQLite
import LiabilityGraph

/// What an import recorded.
public struct ImportSummary: Sendable, Hashable {
  /// The revision it made.
  public var revision: Int
  /// The file (or edge list) imported.
  public var origin: String
  /// Ids added since the origin's last import.
  public var added: [String]
  /// Ids changed since the origin's last import.
  public var changed: [String]
  /// For each id changed, the facts (the item's keys) that changed, in
  /// key order.
  public var changedFacts: [String: [String]] = [:]
  /// Ids removed since the origin's last import.
  public var removed: [String]
  /// How many edges were added.
  public var edgesAdded: Int
  /// How many edges were removed.
  public var edgesRemoved: Int
  /// The file's warnings.
  public var warnings: [Diagnostic]
}

/// One item of a file, as stored.
struct StoredItem {
  var key: String
  var kind: NodeKind
  var section: Int
  var position: Int
  var validFrom: String?
  var validTo: String?
  var body: String?
}

/// One edge, by integer keys.
struct EdgeKey: Hashable {
  var src: Int64
  var dst: Int64
  var kind: Int
  var relation: Int?
}

extension GraphStore {
  /// Imports a `liability-graph/1` file (YAML, or JSON by extension) as a
  /// new revision. The file must load without errors (nothing is recorded
  /// otherwise). Importing the same origin again records what changed:
  /// items added, changed and removed, and edges added and removed.
  public func importFile(at path: String, message: String? = nil, origin: String? = nil)
    throws(StoreError) -> ImportSummary
  {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw StoreError(
        .unreadableFile, path,
        FileManager.default.fileExists(atPath: path)
          ? "cannot be read: \(error.localizedDescription)" : "does not exist")
    }
    return try importChain(
      bytes: [UInt8](data), file: path, json: DocumentWriter.Format(fileName: path) == .json,
      message: message ?? "import \(path)",
      origin: origin ?? URL(fileURLWithPath: path).standardizedFileURL.path)
  }

  /// Imports a `liability-graph/1` chain held in memory (`file` names it in
  /// messages) as a new revision of `origin`, as ``importFile(at:message:origin:)``
  /// does for a file: no temporary file is written.
  public func importChain(
    bytes: [UInt8], file path: String, json: Bool, message: String, origin: String
  ) throws(StoreError) -> ImportSummary {
    let (result, syntax) = Loader.loadKeepingSyntax(bytes: bytes, file: path, json: json)
    return try importChain(
      loaded: result, syntax: syntax, file: path, message: message, origin: origin)
  }

  /// Imports a chain made in code (what an importer made) as a new
  /// revision of `origin`: checked as a file is (`result`, from
  /// `Loader.check`), and recorded as `DocumentWriter` writes it, with no
  /// text between.
  public func importDocument(
    _ document: Document, checked result: Loader.Result, file path: String, message: String,
    origin: String
  ) throws(StoreError) -> ImportSummary {
    try importChain(
      loaded: result, syntax: DocumentWriter.syntax(document), file: path, message: message,
      origin: origin)
  }

  /// Imports a chain already read (its load result and syntax tree, from
  /// `Loader.loadKeepingSyntax`) as a new revision of `origin`: what an
  /// importer made is recorded without being written out and read again.
  package func importChain(
    loaded result: Loader.Result, syntax: SyntaxNode?, file path: String, message: String,
    origin: String
  ) throws(StoreError) -> ImportSummary {
    guard result.document != nil, let graph = result.graph, let syntax,
      case .mapping(let top) = syntax.content
    else {
      throw StoreError(
        .importRefused, path, "has errors, so nothing was imported", diagnostics: result.diagnostics
      )
    }
    var items: [StoredItem] = []
    var header: [SyntaxEntry] = []
    for entry in top where entry.key != "format" {
      guard let section = Schema.sections.firstIndex(of: entry.key) else {
        header.append(entry)
        continue
      }
      guard case .sequence(let list) = entry.value.content else { continue }
      for (position, node) in list.enumerated() {
        guard case .mapping(let fields) = node.content,
          let id = fields.first(where: { $0.key == "id" }).flatMap({ field -> String? in
            if case .scalar(let value, _) = field.value.content { return value }
            return nil
          })
        else { continue }
        func scalar(_ key: String) -> String? {
          guard let field = fields.first(where: { $0.key == key }),
            case .scalar(let value, _) = field.value.content
          else { return nil }
          return value
        }
        items.append(
          StoredItem(
            key: id, kind: Schema.sectionKinds[section], section: section, position: position,
            validFrom: scalar("valid_from"), validTo: scalar("valid_to"),
            body: StoredText.json(node)))
      }
    }
    let headerBody = StoredText.json(
      SyntaxNode(content: .mapping(header), line: syntax.line, column: syntax.column))
    var edges: [(src: String, srcKind: NodeKind, dst: String, dstKind: NodeKind, edge: Edge)] = []
    for edge in graph.edges {
      edges.append(
        (
          graph.ids[edge.from], graph.kinds[edge.from], graph.ids[edge.to], graph.kinds[edge.to],
          edge
        ))
    }
    let originName = origin
    var summary = try record(
      origin: originName, message: message, items: items,
      header: headerBody,
      edges: edges.map { e in
        (e.src, e.srcKind, e.dst, e.dstKind, Schema.code(e.edge.kind), Schema.code(e.edge.relation))
      })
    summary.warnings = result.warnings + summary.warnings
    return summary
  }

  /// Records one origin's new content as a revision, in one transaction.
  func record(
    origin: String, message: String, items: [StoredItem], header: String?,
    edges: [(String, NodeKind, String, NodeKind, Int, Int?)]
  ) throws(StoreError) -> ImportSummary {
    try write { db in
      let originName = origin
      let origin = try Schema.origin(db, originName)
      let revision = (try Int.fetchOne(db, sql: "SELECT max(id) FROM revision") ?? 0) + 1
      try db.execute(
        sql: "INSERT INTO revision (id, recorded_at, message, origin) VALUES (?, ?, ?, ?)",
        arguments: [revision, Self.now(), message, origin])
      var interner = try NodeInterner(db)
      // What this origin holds now.
      var current: [Int64: (rowid: Int64, body: String?, position: Int)] = [:]
      try Row.fetchCursor(
        db,
        sql: "SELECT rowid, node, body, position FROM item WHERE origin = ? AND rev_to IS NULL",
        arguments: [origin]
      ).forEach { row in
        current[try row.value(1)] = (try row.value(0), try row.value(2), try row.value(3))
      }
      // Ids held by other origins may not be redefined here.
      var elsewhere: [Int64: String] = [:]
      try Row.fetchCursor(
        db,
        sql: "SELECT item.node, origin.name FROM item JOIN origin ON origin.id = item.origin "
          + "WHERE item.origin != ? AND item.rev_to IS NULL AND item.body IS NOT NULL",
        arguments: [origin]
      ).forEach { row in
        elsewhere[try row.value(0)] = try row.value(1)
      }
      var summary = ImportSummary(
        revision: revision, origin: originName, added: [], changed: [], removed: [], edgesAdded: 0,
        edgesRemoved: 0, warnings: [])
      let close = try db.makeStatement(sql: "UPDATE item SET rev_to = ? WHERE rowid = ?")
      // The order of items within a file is kept for exports but is not
      // history: an unchanged item that moved takes its new place in every
      // revision it is live in.
      let move = try db.makeStatement(sql: "UPDATE item SET position = ? WHERE rowid = ?")
      let insert = try db.makeStatement(
        sql: "INSERT INTO item (node, origin, section, position, rev_from, valid_from, valid_to, "
          + "body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      var seen: Set<Int64> = []
      for item in items {
        let node = try interner.intern(item.key, item.kind)
        if let other = elsewhere[node] {
          throw StoreError(
            .importRefused, self.path,
            "'\(item.key)' is already recorded from \(other); import each id from one file "
              + "(the store is unchanged)")
        }
        seen.insert(node)
        if let old = current[node] {
          if old.body == item.body {
            if old.position != item.position {
              try move.execute(arguments: [item.position, old.rowid])
            }
            continue
          }
          try close.execute(arguments: [revision, old.rowid])
          summary.changed.append(item.key)
          if let was = old.body, let now = item.body,
            let facts = ChainDiff.facts(oldBody: was, newBody: now)
          {
            summary.changedFacts[item.key] = facts.map(\.key)
          }
        } else {
          summary.added.append(item.key)
        }
        try insert.execute(arguments: [
          node, origin, item.section, item.position, revision, item.validFrom, item.validTo,
          item.body,
        ])
      }
      var removedNodes: [Int64] = []
      for (node, old) in current where !seen.contains(node) {
        try close.execute(arguments: [revision, old.rowid])
        removedNodes.append(node)
      }
      summary.removed = removedNodes.map { interner.key(of: $0) ?? "#\($0)" }.sorted()
      // Lineage an edge list recorded for a model this import now defines
      // is no longer shown (the definition's own bases are): say so.
      let listed = try db.makeStatement(
        sql: "SELECT origin.name, count(*) FROM edge JOIN origin ON origin.id = edge.origin "
          + "WHERE edge.dst = ? AND edge.kind = ? AND edge.origin != ? AND edge.rev_to IS NULL "
          + "GROUP BY origin.name")
      for key in summary.added {
        guard let node = interner.ids[key] else { continue }
        for row in try Row.fetchAll(
          listed, arguments: [node, Schema.code(EdgeKind.lineage), origin])
        {
          let list: String = try row.value(0)
          let count: Int = try row.value(1)
          summary.warnings.append(
            Diagnostic(
              .warning, .edgeListRow,
              "'\(key)' is now defined here, so the \(count) lineage edge\(count == 1 ? "" : "s") "
                + "\(list) recorded for it \(count == 1 ? "is" : "are") no longer shown; state its "
                + "bases in this file",
              at: SourceLocation(file: originName, line: 1, column: 1)))
        }
      }
      // The file's top-level facts.
      if let header {
        let old = try Row.fetchOne(
          db, sql: "SELECT rowid, body FROM header WHERE origin = ? AND rev_to IS NULL",
          arguments: [origin])
        let oldBody: String? = try old.flatMap { try $0.value(1) }
        if oldBody != header {
          if let old {
            try db.execute(
              sql: "UPDATE header SET rev_to = ? WHERE rowid = ?",
              arguments: [revision, try old.value(0) as Int64])
          }
          try db.execute(
            sql: "INSERT INTO header (origin, rev_from, body) VALUES (?, ?, ?)",
            arguments: [origin, revision, header])
        }
      }
      // Edges.
      var currentEdges: [EdgeKey: Int64] = [:]
      try Row.fetchCursor(
        db,
        sql: "SELECT rowid, src, dst, kind, relation FROM edge WHERE origin = ? AND rev_to IS NULL",
        arguments: [origin]
      ).forEach { row in
        currentEdges[
          EdgeKey(
            src: try row.value(1), dst: try row.value(2), kind: try row.value(3),
            relation: try row.value(4))] = try row.value(0)
      }
      let insertEdge = try db.makeStatement(
        sql: "INSERT OR IGNORE INTO edge (src, dst, kind, relation, origin, rev_from) "
          + "VALUES (?, ?, ?, ?, ?, ?)")
      var newEdges: Set<EdgeKey> = []
      for (src, srcKind, dst, dstKind, kind, relation) in edges {
        let key = EdgeKey(
          src: try interner.intern(src, srcKind), dst: try interner.intern(dst, dstKind),
          kind: kind, relation: relation)
        guard newEdges.insert(key).inserted, currentEdges[key] == nil else { continue }
        try insertEdge.execute(arguments: [key.src, key.dst, kind, relation, origin, revision])
        summary.edgesAdded += 1
      }
      let closeEdge = try db.makeStatement(sql: "UPDATE edge SET rev_to = ? WHERE rowid = ?")
      for (key, rowid) in currentEdges where !newEdges.contains(key) {
        try closeEdge.execute(arguments: [revision, rowid])
        summary.edgesRemoved += 1
      }
      try db.execute(
        sql: "UPDATE revision SET added = ?, changed = ?, removed = ? WHERE id = ?",
        arguments: [
          summary.added.count, summary.changed.count, summary.removed.count, revision,
        ])
      // The store as a whole must still load (another file may refer to
      // what this one removed); if not, nothing is recorded.
      let check = try Self.assemble(
        db, revision: revision, file: "\(self.path)#revision-\(revision)"
      ).result(graph: false)
      if check.document == nil {
        throw StoreError(
          .importRefused, self.path,
          "after importing \(originName) the store would not load, so nothing was recorded",
          diagnostics: check.errors)
      }
      return summary
    }
  }
}

/// Integer keys for ids: every id is interned once, across revisions.
struct NodeInterner {
  let db: Database
  var ids: [String: Int64] = [:]
  /// The kind of each id (its code plus one; 0 for none), by id.
  private var kinds: [UInt8] = []
  var next: Int64
  let insert: RawTextInsert

  init(_ db: Database) throws {
    self.db = db
    var ids: [String: Int64] = [:]
    var kinds: [UInt8] = []
    try Row.fetchCursor(db, sql: "SELECT id, key, kind FROM node").forEach { row in
      let id: Int64 = try row.value(0)
      ids[try row.value(1)] = id
      let index = Int(id)
      if index >= kinds.count { kinds += Array(repeating: 0, count: index + 1 - kinds.count) }
      kinds[index] = UInt8(truncatingIfNeeded: (try row.value(2) as Int) + 1)
    }
    self.ids = ids
    self.kinds = kinds
    next = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM node") ?? 0) + 1
    insert = try RawTextInsert(db, sql: "INSERT INTO node (id, key, kind) VALUES (?1, ?2, ?3)")
  }

  mutating func intern(_ key: String, _ kind: NodeKind) throws -> Int64 {
    if let id = ids[key] { return id }
    let id = next
    next += 1
    try insert.run(id, key, Int64(Schema.code(kind)))
    ids[key] = id
    let index = Int(id)
    if index >= kinds.count {
      kinds += Array(repeating: 0, count: max(index + 1 - kinds.count, 1 << 16))
    }
    kinds[index] = UInt8(Schema.code(kind) + 1)
    return id
  }

  /// The kind an id was first recorded as.
  func kind(of id: Int64) -> NodeKind? {
    let index = Int(id)
    guard index < kinds.count, kinds[index] > 0 else { return nil }
    return Schema.kind(Int(kinds[index]) - 1)
  }

  /// The key of an id (read back from the store).
  func key(of id: Int64) -> String? {
    try? String.fetchOne(db, sql: "SELECT key FROM node WHERE id = ?", arguments: [id])
  }
}

/// A prepared `(integer, text, integer)` insert bound directly.
struct RawTextInsert {
  let statement: Statement

  init(_ db: Database, sql: String) throws {
    statement = try db.makeStatement(sql: sql)
  }

  func run(_ first: Int64, _ text: String, _ third: Int64) throws {
    let handle = statement.sqliteStatement
    sqlite3_bind_int64(handle, 1, first)
    let code: Int32 = text.utf8CString.withUnsafeBufferPointer { buffer in
      // SQLITE_TRANSIENT: SQLite copies the text before this returns.
      sqlite3_bind_text(
        handle, 2, buffer.baseAddress, Int32(buffer.count - 1),
        unsafeBitCast(-1, to: sqlite3_destructor_type.self))
      sqlite3_bind_int64(handle, 3, third)
      let code = sqlite3_step(handle)
      sqlite3_reset(handle)
      return code
    }
    guard code == SQLITE_DONE else {
      throw StoreError(
        GraphStore.failureCode(code: code), "",
        "writing a node failed: " + GraphStore.reason(code: code))
    }
  }
}
