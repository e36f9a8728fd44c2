import Foundation
import GRDB
import GRDBSQLite
import LiabilityGraph

/// What a bulk edge-list import recorded, and what it left out.
public struct EdgeListSummary: Sendable {
  /// The revision, with the nodes added and removed for this origin.
  public var base: ImportSummary
  /// Data rows read (the header excluded).
  public var rows: Int
  /// Edge rows inserted.
  public var edgeRows: Int
  /// Seconds spent inserting edge rows (the insert phase alone).
  public var insertSeconds: Double
  /// Rows or edges left out, each with the reason and line; the first 50.
  public var warnings: [Diagnostic]
  /// How many were left out in all.
  public var skipped: Int
}

/// Which columns an edge list has.
enum EdgeListShape {
  /// `child,parent[,relation]`: Hugging Face style lineage.
  case lineage(child: Int, parent: Int, relation: Int?)
  /// `src,dst,type`: a typed supply-chain edge list with a nodes file.
  case typed(src: Int, dst: Int, type: Int)

  /// Column names as compared: trimmed, lower case, without the byte-order
  /// mark some spreadsheets put before the first.
  static func names(_ header: [String]) -> [String] {
    header.map {
      $0.trimmingCharacters(in: CharacterSet.whitespaces.union(["\u{FEFF}"])).lowercased()
    }
  }

  static let childNames = ["child", "id", "model_id", "model"]
  static let parentNames = ["parent", "base_model", "base", "parent_id"]
  static let relationNames = ["relation", "base_model_relation", "type"]
  static let sourceNames = ["src", "source", "from"]
  static let targetNames = ["dst", "target", "to"]
  static let typeNames = ["type", "kind", "relation"]

  /// The columns that say the same thing twice (`parent` and `base_model`),
  /// for the shape's column groups; empty when every group has one column.
  func ambiguities(_ header: [String]) -> [String] {
    let names = Self.names(header)
    let groups: [[String]]
    switch self {
    case .lineage(_, _, let relation):
      groups = [Self.childNames, Self.parentNames] + (relation == nil ? [] : [Self.relationNames])
    case .typed:
      groups = [Self.sourceNames, Self.targetNames, Self.typeNames]
    }
    return groups.compactMap { group in
      let found = names.filter { group.contains($0) }
      return found.count > 1 ? found.map { "'\($0)'" }.joined(separator: " and ") : nil
    }
  }

  init?(header: [String]) {
    let names = Self.names(header)
    func column(_ candidates: [String]) -> Int? {
      names.firstIndex { candidates.contains($0) }
    }
    if let child = column(Self.childNames), let parent = column(Self.parentNames) {
      self = .lineage(child: child, parent: parent, relation: column(Self.relationNames))
    } else if let src = column(Self.sourceNames), let dst = column(Self.targetNames),
      let type = column(Self.typeNames)
    {
      self = .typed(src: src, dst: dst, type: type)
    } else {
      return nil
    }
  }
}

extension GraphStore {
  /// Relation names as lineage extracts write them (the shared table).
  static func relation(_ text: String) -> LineageRelation? { LineageRelation(hubSpelling: text) }

  /// Node kinds as nodes files write them.
  static func nodeKind(_ text: String) -> NodeKind? {
    switch text.trimmingCharacters(in: .whitespaces).lowercased() {
    case "model": return .model
    case "org", "organization", "organisation", "party", "company", "user": return .party
    case "dataset": return .dataset
    case "deployment", "service", "api": return .service
    case "product", "application", "app": return .product
    case "license", "licence": return .license
    default: return nil
    }
  }

  /// The graph edge a typed row stands for, by its type and end kinds.
  static func edgeKind(_ type: String, _ src: NodeKind, _ dst: NodeKind) -> (
    EdgeKind, LineageRelation?
  )? {
    let name = type.trimmingCharacters(in: .whitespaces).lowercased()
    if src == .model, dst == .model, let relation = relation(name) { return (.lineage, relation) }
    switch (name, src, dst) {
    case ("publishes", .party, .model), ("develops", .party, .model): return (.develops, nil)
    case ("publishes", .party, .dataset): return (.publishes, nil)
    case ("licensed_under", .license, _), ("licenses", .license, _): return (.licenses, nil)
    case ("trained_on", .dataset, .model), ("trained-on", .dataset, .model):
      return (.trainedOn, nil)
    case ("served_via", .model, .service), ("serves", .model, .service): return (.serves, nil)
    case ("operates", .party, .service), ("provides", .party, .service): return (.provides, nil)
    case ("hosts", .party, .service): return (.hosts, nil)
    case ("distributes", .party, .model): return (.distributes, nil)
    case ("integrated_into", .service, .product), ("integrated_into", .model, .product),
      ("uses", .service, .product), ("uses", .model, .product):
      return (.uses, nil)
    case ("ships", .party, .product), ("offers", .party, .product): return (.offers, nil)
    case ("used_by", .product, .party), ("deploys", .product, .party): return (.deploys, nil)
    default: return nil
    }
  }

  /// The node whose item writes an edge (the derived model for lineage,
  /// the product for a deployer, else the target).
  static func owner(_ kind: EdgeKind, src: Int64, dst: Int64) -> Int64 {
    kind == .deploys ? src : dst
  }

  /// Imports an edge list in bulk as one revision: Hugging Face style
  /// lineage (`child,parent[,relation]`; every id a model), or a typed
  /// supply-chain list (`src,dst,type`) with a nodes file (`id,kind`).
  /// Dirty rows (bad ids, self-loops, unknown relations or types, ids of
  /// another kind, edges into items defined by a file) and lineage that the
  /// format cannot hold (cycles, several bases of one relation, a merge
  /// with one base) are left out, each with a warning; duplicates are
  /// recorded once. Indexes are dropped for the load and rebuilt after it.
  public func importEdgeList(
    at path: String, nodes nodesPath: String? = nil, defaultRelation: LineageRelation? = nil,
    message: String? = nil, origin: String? = nil,
    progress: (@Sendable (_ bytes: Int, _ total: Int) -> Void)? = nil
  ) throws(StoreError) -> EdgeListSummary {
    var reader: CSVReader
    do {
      reader = try CSVReader(path: path)
    } catch {
      throw StoreError(
        .unreadableFile, path,
        FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist")
    }
    defer { reader.close() }
    let total =
      ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue
      ?? 0
    guard let header = reader.next(), let shape = EdgeListShape(header: header) else {
      throw StoreError.located(
        .missingKey, path, line: 1, column: 1,
        "cannot tell the columns; expected a header child,parent[,relation] "
          + "(or id,base_model[,base_model_relation]) or src,dst,type")
    }
    if let twice = shape.ambiguities(header).first {
      throw StoreError.located(
        .duplicateKey, path, line: 1, column: 1,
        "the columns \(twice) say the same thing; keep one of them")
    }
    if case .lineage(_, _, let relationColumn) = shape, relationColumn == nil,
      defaultRelation == nil
    {
      throw StoreError.located(
        .missingKey, path, line: 1, column: 1,
        "the list has no relation column; say what every edge is with "
          + "--default-relation (finetune, adapter, merge, quantize, distill, convert, "
          + "continued-pretraining)")
    }
    if case .typed = shape, nodesPath == nil {
      throw StoreError(
        .importRefused, path,
        "a src,dst,type edge list needs a nodes file (id,kind) to say what each id is")
    }
    let originName = origin ?? URL(fileURLWithPath: path).standardizedFileURL.path
    let big = total > 8 << 20
    return try write { db in
      var log = EdgeListLog(file: path)
      let originID = try Schema.origin(db, originName)
      let revision = (try Int.fetchOne(db, sql: "SELECT max(id) FROM revision") ?? 0) + 1
      try db.execute(
        sql: "INSERT INTO revision (id, recorded_at, message, origin) VALUES (?, ?, ?, ?)",
        arguments: [revision, Self.now(), message ?? "import edge list \(path)", originID])
      if big { try Schema.dropIndexes(db) }
      var interner = try NodeInterner(db)
      guard interner.next < Int64(UInt32.max) - 10_000_000 else {
        throw StoreError(
          .storeFailure, self.path, "holds too many ids for a bulk import (over four billion)")
      }
      // Nodes defined by files: their edges belong in their files.
      var defined: [Int64: Int64] = [:]
      try Row.fetchCursor(
        db, sql: "SELECT node, origin FROM item WHERE rev_to IS NULL AND body IS NOT NULL"
      ).forEach { row in defined[try row.value(0)] = try row.value(1) }
      func fileName(_ id: Int64) -> String {
        (try? String.fetchOne(db, sql: "SELECT name FROM origin WHERE id = ?", arguments: [id]))
          .flatMap { $0 } ?? "another file"
      }
      // This origin's previous import is replaced as a whole.
      var previous: Set<Int64> = []
      try Row.fetchCursor(
        db, sql: "SELECT node FROM item WHERE origin = ? AND rev_to IS NULL", arguments: [originID]
      ).forEach { row in previous.insert(try row.value(0)) }
      try db.execute(
        sql: "UPDATE item SET rev_to = ? WHERE origin = ? AND rev_to IS NULL",
        arguments: [revision, originID])
      let previousEdges =
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM edge WHERE origin = ? AND rev_to IS NULL",
          arguments: [originID]) ?? 0
      try db.execute(
        sql: "UPDATE edge SET rev_to = ? WHERE origin = ? AND rev_to IS NULL",
        arguments: [revision, originID])
      // The typed form's nodes, interned first.
      if let nodesPath {
        let unread = try Self.readNodes(nodesPath, into: &interner)
        if !unread.isEmpty {
          log.note(
            "column"
              + (unread.count == 1 ? " " : "s ") + unread.map { "'\($0)'" }.joined(separator: ", ")
              + " not read: a node from a bulk list records only its id and kind (state other "
              + "facts in a liability-graph file)", file: nodesPath)
        }
      }
      let inserter = try EdgeInserter(db, origin: originID, revision: revision)
      var member = [Bool]()
      var members: [Int64] = []
      var lineage = LineageBuffer()
      var pending = EdgeBuffer()
      var rows = 0
      var lastReport = 0
      var fields: [[UInt8]] = []
      func note(_ id: Int64) {
        let index = Int(id)
        if index >= member.count {
          member += Array(repeating: false, count: max(index + 1 - member.count, 1 << 16))
        }
        if !member[index] {
          member[index] = true
          if defined[id] == nil { members.append(id) }
        }
      }
      var roots = 0
      func warn(_ message: String, field: Int) {
        let start = reader.start(of: field)
        log.warn(message, line: start.line, column: start.column)
      }
      func validID(_ bytes: [UInt8], field: Int) -> Bool {
        guard SyntaxDecoder.validIDBytes(bytes) else {
          warn(
            (bytes.isEmpty
              ? "an empty id"
              : SyntaxDecoder.shown(String(decoding: bytes, as: UTF8.self)) + " is not a valid id")
              + " (1 to \(SyntaxLimits.maxIDBytes) letters, digits and . _ - / : @ +); row left out",
            field: field)
          return false
        }
        return true
      }
      func lineageNode(_ bytes: [UInt8], field: Int) throws -> Int64? {
        guard validID(bytes, field: field) else { return nil }
        let key = String(decoding: bytes, as: UTF8.self)
        let id = try interner.intern(key, .model)
        if let kind = interner.kind(of: id), kind != .model {
          warn("'\(key)' is already recorded as a \(kind.rawValue)", field: field)
          return nil
        }
        note(id)
        return id
      }
      while reader.next(into: &fields) {
        rows += 1
        let line = reader.line
        if let progress, reader.bytesRead - lastReport >= 1 << 20 {
          lastReport = reader.bytesRead
          progress(reader.bytesRead, total)
        }
        if fields.count == 1, fields[0].isEmpty { continue }
        switch shape {
        case .lineage(let c, let p, let r):
          guard fields.indices.contains(c), fields.indices.contains(p) else {
            log.warn("fewer columns than the header", line: line)
            continue
          }
          if fields[p].isEmpty {
            // A root: no parent. Its model is recorded, with no lineage.
            guard let root = try lineageNode(fields[c], field: c) else { continue }
            if defined[root] == nil { roots += 1 }
            continue
          }
          let relationText =
            r.flatMap {
              fields.indices.contains($0) ? String(decoding: fields[$0], as: UTF8.self) : nil
            }
            ?? ""
          guard
            let relation = relationText.isEmpty ? defaultRelation : Self.relation(relationText)
          else {
            warn("unknown relation '\(relationText)'", field: r ?? 0)
            continue
          }
          if fields[c] == fields[p] {
            warn(
              "'\(String(decoding: fields[c], as: UTF8.self))' derives from itself (a self-loop)",
              field: c)
            continue
          }
          guard validID(fields[c], field: c), validID(fields[p], field: p),
            let child = try lineageNode(fields[c], field: c),
            let parent = try lineageNode(fields[p], field: p)
          else { continue }
          if let file = defined[child] {
            warn(
              "'\(String(decoding: fields[c], as: UTF8.self))' is defined in "
                + "\(fileName(file)); add its base there instead", field: c)
            continue
          }
          lineage.append(
            child: child, parent: parent, relation: relation, at: reader.start(of: c))
        case .typed(let s, let d, let t):
          guard fields.indices.contains(s), fields.indices.contains(d), fields.indices.contains(t)
          else {
            log.warn("fewer columns than the header", line: line)
            continue
          }
          let srcKey = String(decoding: fields[s], as: UTF8.self)
          let dstKey = String(decoding: fields[d], as: UTF8.self)
          guard let src = interner.ids[srcKey], let dst = interner.ids[dstKey],
            let srcKind = interner.kind(of: src), let dstKind = interner.kind(of: dst)
          else {
            warn(
              "'\(interner.ids[srcKey] == nil ? srcKey : dstKey)' is not in the nodes file",
              field: interner.ids[srcKey] == nil ? s : d)
            continue
          }
          let type = String(decoding: fields[t], as: UTF8.self)
          guard let (kind, relation) = Self.edgeKind(type, srcKind, dstKind) else {
            warn(
              "'\(type)' from a \(srcKind.rawValue) to a \(dstKind.rawValue) "
                + "is not an edge the format has", field: t)
            continue
          }
          if src == dst {
            warn("'\(srcKey)' points at itself (a self-loop)", field: s)
            continue
          }
          if let file = defined[Self.owner(kind, src: src, dst: dst)] {
            warn(
              "'\(kind == .deploys ? srcKey : dstKey)' is defined in "
                + "\(fileName(file)); add this edge there instead",
              field: kind == .deploys ? s : d)
            continue
          }
          note(src)
          note(dst)
          if let relation {
            lineage.append(child: dst, parent: src, relation: relation, at: reader.start(of: d))
          } else {
            pending.append(src, dst, Schema.code(kind), nil)
          }
        }
      }
      progress?(reader.bytesRead, total)
      if roots > 0 {
        log.note("\(roots) rows name no parent: their models recorded, with no lineage")
      }
      // Lineage the format can hold.
      let kept = lineage.check(log: &log) { interner.key(of: $0) ?? "#\($0)" }
      for link in kept {
        pending.append(link.parent, link.child, Schema.code(.lineage), Schema.code(link.relation))
      }
      // The insert phase: every edge row through one prepared statement.
      let insertSeconds = try inserter.insertAll(pending)
      let items = try RawInsert(
        db,
        sql: "INSERT INTO item (node, origin, section, position, rev_from, body) "
          + "VALUES (?1, \(originID), ?2, ?3, \(revision), NULL)")
      for (position, node) in members.enumerated() {
        let kind = interner.kind(of: node) ?? .model
        let section = Int64(Schema.sectionKinds.firstIndex(of: kind) ?? 3)
        try items.run(node, section, Int64(position))
      }
      if big {
        // The unique index finds duplicates: recorded once.
        do {
          try Schema.createIndexes(db)
        } catch {
          try Schema.dropIndexes(db)
          try db.execute(
            sql: """
              DELETE FROM edge WHERE rev_from = ? AND origin = ? AND rowid NOT IN (
                SELECT min(rowid) FROM edge WHERE rev_from = ? AND origin = ?
                GROUP BY src, dst, kind, relation)
              """, arguments: [revision, originID, revision, originID])
          log.note("\(db.changesCount) duplicate edges recorded once")
          try Schema.createIndexes(db)
        }
      } else if inserter.ignored > 0 {
        log.note("\(inserter.ignored) duplicate edges recorded once")
      }
      var newMembers = Set<Int64>()
      newMembers.reserveCapacity(members.count)
      for node in members { newMembers.insert(node) }
      let added = members.filter { !previous.contains($0) }
      let removed = previous.filter { !newMembers.contains($0) }
      try db.execute(
        sql: "UPDATE revision SET added = ?, removed = ? WHERE id = ?",
        arguments: [added.count, removed.count, revision])
      let edgeRows =
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM edge WHERE rev_from = ? AND origin = ?",
          arguments: [revision, originID]) ?? 0
      var summary = ImportSummary(
        revision: revision, origin: originName, added: [], changed: [], removed: [],
        edgesAdded: edgeRows, edgesRemoved: previousEdges, warnings: [])
      summary.added = added.prefix(50).compactMap { interner.key(of: $0) }
      summary.removed = removed.prefix(50).compactMap { interner.key(of: $0) }
      return EdgeListSummary(
        base: summary, rows: rows, edgeRows: edgeRows, insertSeconds: insertSeconds,
        warnings: log.diagnostics, skipped: log.count)
    }
  }

  /// Reads a nodes file (`id,kind`, more columns allowed), interning each
  /// id with its kind.
  /// Interns the nodes file's ids with their kinds; returns the names of
  /// the columns it does not read.
  static func readNodes(_ path: String, into interner: inout NodeInterner) throws -> [String] {
    var reader: CSVReader
    do {
      reader = try CSVReader(path: path)
    } catch {
      throw StoreError(.unreadableFile, path, "cannot be read")
    }
    defer { reader.close() }
    guard let header = reader.next() else { throw StoreError(.notAChain, path, "is empty") }
    let names = EdgeListShape.names(header)
    for name in ["id", "kind"] where names.filter({ $0 == name }).count > 1 {
      throw StoreError.located(
        .duplicateKey, path, line: 1, column: 1, "two columns are named '\(name)'; keep one of them"
      )
    }
    guard let idColumn = names.firstIndex(of: "id"), let kindColumn = names.firstIndex(of: "kind")
    else {
      throw StoreError.located(
        .missingKey, path, line: 1, column: 1, "a nodes file needs the columns id and kind")
    }
    var fields: [[UInt8]] = []
    while reader.next(into: &fields) {
      if fields.count == 1, fields[0].isEmpty { continue }
      guard fields.indices.contains(idColumn), fields.indices.contains(kindColumn) else {
        throw StoreError.located(
          .syntaxError, path, line: reader.line, column: 1, "fewer columns than the header")
      }
      let kindText = String(decoding: fields[kindColumn], as: UTF8.self)
      guard let kind = nodeKind(kindText) else {
        let at = reader.start(of: kindColumn)
        throw StoreError.located(
          .invalidValue, path, line: at.line, column: at.column,
          "unknown kind '\(kindText)' (model, org, dataset, deployment, product, license)")
      }
      guard SyntaxDecoder.validIDBytes(fields[idColumn]) else {
        let at = reader.start(of: idColumn)
        throw StoreError.located(
          .invalidID, path, line: at.line, column: at.column,
          SyntaxDecoder.shown(String(decoding: fields[idColumn], as: UTF8.self))
            + " is not a valid id (1 to \(SyntaxLimits.maxIDBytes) letters, digits and "
            + ". _ - / : @ +)")
      }
      let key = String(decoding: fields[idColumn], as: UTF8.self)
      let id = try interner.intern(key, kind)
      if let known = interner.kind(of: id), known != kind {
        let at = reader.start(of: idColumn)
        throw StoreError.located(
          .wrongKind, path, line: at.line, column: at.column,
          "'\(key)' is already recorded as a \(known.rawValue)")
      }
    }
    return header.indices.filter { $0 != idColumn && $0 != kindColumn }.map {
      header[$0].trimmingCharacters(in: .whitespaces)
    }
  }

}

/// Warnings of an edge-list import: the first 50 kept, all counted.
struct EdgeListLog {
  /// The list's path, for every diagnostic.
  var file: String
  var diagnostics: [Diagnostic] = []
  var count = 0
  /// How many warnings are kept (the rest are counted).
  static let kept = 1_000

  /// A row left out, at `line` and `column` of the list.
  mutating func warn(_ message: String, line: Int, column: Int = 1) {
    count += 1
    if diagnostics.count < Self.kept {
      diagnostics.append(
        Diagnostic(
          .warning, .edgeListRow, message,
          at: SourceLocation(file: file, line: line, column: column)))
    }
  }

  /// Something worth saying that leaves no row out.
  mutating func note(_ message: String, file: String? = nil) {
    if diagnostics.count < Self.kept {
      diagnostics.append(
        Diagnostic(
          .warning, .edgeListRow, message,
          at: SourceLocation(file: file ?? self.file, line: 1, column: 1)))
    }
  }
}

/// Lineage rows held until the whole list is read, in flat arrays.
struct LineageBuffer {
  var children: [Int64] = []
  var parents: [Int64] = []
  var relations: [LineageRelation] = []
  var lines: [Int32] = []
  var columns: [Int32] = []

  mutating func append(
    child: Int64, parent: Int64, relation: LineageRelation, at start: (line: Int, column: Int)
  ) {
    children.append(child)
    parents.append(parent)
    relations.append(relation)
    lines.append(Int32(clamping: start.line))
    columns.append(Int32(clamping: start.column))
  }

  /// The lineage the file format can hold: per model at most one base per
  /// relation, merges of two or more bases, and no cycles. What is left out
  /// is logged.
  func check(log: inout EdgeListLog, name: (Int64) -> String) -> [(
    child: Int64, parent: Int64, relation: LineageRelation, line: Int32
  )] {
    let order = children.indices.sorted { (children[$0], $0) < (children[$1], $1) }
    var kept: [(child: Int64, parent: Int64, relation: LineageRelation, line: Int32)] = []
    var keptColumns: [Int32] = []
    var duplicates = 0
    defer { if duplicates > 0 { log.note("\(duplicates) duplicate lineage rows recorded once") } }
    var start = 0
    while start < order.count {
      let child = children[order[start]]
      var end = start
      while end < order.count, children[order[end]] == child { end += 1 }
      var seen: Set<Int64> = []
      var merges: [Int] = []
      var single: [LineageRelation: Int] = [:]
      for row in order[start..<end] {
        guard seen.insert(parents[row]).inserted else {
          duplicates += 1
          continue
        }
        let relation = relations[row]
        if relation == .merge {
          merges.append(row)
        } else if let first = single[relation] {
          log.warn(
            "'\(name(child))' already has a \(relation.rawValue) base "
              + "'\(name(parents[first]))' (line \(lines[first])); '\(name(parents[row]))' left out",
            line: Int(lines[row]), column: Int(columns[row]))
        } else {
          single[relation] = row
          kept.append((child, parents[row], relation, lines[row]))
          keptColumns.append(columns[row])
        }
      }
      if merges.count == 1, let only = merges.first {
        log.warn(
          "'\(name(child))' is a merge of one base '\(name(parents[only]))'; "
            + "a merge needs two or more, so this edge is left out",
          line: Int(lines[only]), column: Int(columns[only]))
      } else {
        kept += merges.map { (child, parents[$0], .merge, lines[$0]) }
        keptColumns += merges.map { columns[$0] }
      }
      start = end
    }
    // Cycles: the one lineage walk, over the models in key order; an edge
    // back to a model on the current path is left out.
    var byChild: [Int64: [Int]] = [:]
    for (index, link) in kept.enumerated() { byChild[link.child, default: []].append(index) }
    let nodes = Set(kept.map(\.child)).union(kept.map(\.parent)).sorted()
    var dense: [Int64: Int] = [:]
    dense.reserveCapacity(nodes.count)
    for (i, node) in nodes.enumerated() { dense[node] = i }
    let links = nodes.map { byChild[$0] ?? [] }
    var dropped = Set<Int>()
    let walk = LineageWalk.closingLinks(
      count: nodes.count, baseCount: { links[$0].count },
      base: { node, link in dense[kept[links[node][link]].parent] ?? -1 })
    for closing in walk {
      let edge = links[closing.node][closing.link]
      dropped.insert(edge)
      log.warn(
        "'\(name(kept[edge].child))' derives from '\(name(kept[edge].parent))', which derives "
          + "from it: a lineage cycle; this edge is left out", line: Int(kept[edge].line),
        column: Int(keptColumns[edge]))
    }
    return kept.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
  }
}

/// One prepared statement run with integer arguments bound directly, for
/// bulk loads.
struct RawInsert {
  let statement: Statement

  init(_ db: Database, sql: String) throws {
    statement = try db.makeStatement(sql: sql)
  }

  /// Binds `values` to ?1, ?2, ... and steps; returns SQLite's code.
  @discardableResult
  func run(_ values: Int64...) throws -> Int32 {
    let handle = statement.sqliteStatement
    for (i, value) in values.enumerated() { sqlite3_bind_int64(handle, Int32(i + 1), value) }
    let code = sqlite3_step(handle)
    sqlite3_reset(handle)
    guard code == SQLITE_DONE else {
      throw StoreError(
        GraphStore.failureCode(code: code), "",
        "writing a row failed: " + GraphStore.reason(code: code))
    }
    return code
  }
}

/// Edge rows read and checked, waiting for the insert phase, in compact
/// columns (node ids up to four billion).
struct EdgeBuffer {
  var sources: [UInt32] = []
  var targets: [UInt32] = []
  var kinds: [UInt8] = []
  var relations: [Int8] = []

  var count: Int { sources.count }

  mutating func append(_ src: Int64, _ dst: Int64, _ kind: Int, _ relation: Int?) {
    sources.append(UInt32(truncatingIfNeeded: src))
    targets.append(UInt32(truncatingIfNeeded: dst))
    kinds.append(UInt8(truncatingIfNeeded: kind))
    relations.append(relation.map { Int8(truncatingIfNeeded: $0) } ?? -1)
  }
}

/// Inserts edge rows through one prepared statement, binding integers
/// directly (the insert phase of a bulk import). A duplicate of a live
/// edge is ignored while the unique index exists.
final class EdgeInserter {
  let statement: Statement
  let db: Database
  private(set) var ignored = 0

  init(_ db: Database, origin: Int64, revision: Int) throws {
    self.db = db
    statement = try db.makeStatement(
      sql: "INSERT OR IGNORE INTO edge (src, dst, kind, relation, origin, rev_from) "
        + "VALUES (?1, ?2, ?3, ?4, \(origin), \(revision))")
  }

  /// Inserts every buffered edge; returns the seconds it took.
  func insertAll(_ buffer: EdgeBuffer) throws -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    let handle = statement.sqliteStatement
    let connection = db.sqliteConnection
    for i in 0..<buffer.count {
      sqlite3_bind_int64(handle, 1, Int64(buffer.sources[i]))
      sqlite3_bind_int64(handle, 2, Int64(buffer.targets[i]))
      sqlite3_bind_int64(handle, 3, Int64(buffer.kinds[i]))
      if buffer.relations[i] >= 0 {
        sqlite3_bind_int64(handle, 4, Int64(buffer.relations[i]))
      } else {
        sqlite3_bind_null(handle, 4)
      }
      let code = sqlite3_step(handle)
      sqlite3_reset(handle)
      guard code == SQLITE_DONE else {
        throw StoreError(
          GraphStore.failureCode(code: code), "",
          "inserting an edge failed: " + GraphStore.reason(code: code))
      }
      if sqlite3_changes(connection) == 0 { ignored += 1 }
    }
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

}
