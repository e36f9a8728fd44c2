import Foundation
import GRDB
import GRDBSQLite
import LiabilityGraph

/// Why the store refused or failed, with the path it concerns.
public struct StoreError: Error, Sendable, CustomStringConvertible {
  /// What kind of problem it is (`not-a-store`, `store-failure`, ...).
  public var code: DiagnosticCode
  /// What went wrong, in words a user can act on.
  public var message: String
  /// The store or file concerned.
  public var path: String
  /// Diagnostics of a file that failed to load, if that was the cause.
  public var diagnostics: [Diagnostic] = []

  /// The error as the one diagnostic printer prints it:
  /// `PATH: error: [CODE] MESSAGE` (a store has no lines).
  public var diagnostic: Diagnostic {
    Diagnostic(.error, code, message, at: .whole(path.isEmpty ? "store" : path))
  }

  public var description: String { diagnostic.description }

  init(_ code: DiagnosticCode, _ path: String, _ message: String, diagnostics: [Diagnostic] = []) {
    self.code = code
    self.path = path
    self.message = message
    self.diagnostics = diagnostics
  }

  /// An error at a place in an input file (a CSV row), printed as
  /// `FILE:LINE:COLUMN: error: message`; nothing was imported.
  static func located(
    _ code: DiagnosticCode, _ path: String, line: Int, column: Int, _ message: String
  ) -> StoreError {
    StoreError(
      .importRefused, path, "has an error, so nothing was imported",
      diagnostics: [
        Diagnostic(
          .error, code, message, at: SourceLocation(file: path, line: line, column: column))
      ])
  }
}

/// A revision of the store: one import.
public struct Revision: Sendable, Hashable {
  /// The revision's number, from 1.
  public var id: Int
  /// When it was recorded (UTC, ISO 8601).
  public var recordedAt: String
  /// The message given on import (by default, one naming the file).
  public var message: String
  /// The file (or edge list) it imported.
  public var origin: String
  /// How many items it added.
  public var added: Int
  /// How many items it changed.
  public var changed: Int
  /// How many items it removed.
  public var removed: Int
}

/// Which recorded state of the store to read.
public enum RecordedPoint: Sendable, Hashable {
  /// The latest revision.
  case latest
  /// A revision by number.
  case revision(Int)
  /// The last revision recorded on or before the end of a day (UTC).
  case date(Day)

  /// Parses `3` (a revision) or `2026-11-29` (a date).
  public init?(_ text: String) {
    if let number = Int(text), number > 0 {
      self = .revision(number)
    } else if let day = Day(text) {
      self = .date(day)
    } else {
      return nil
    }
  }
}

/// A LiabilityGraph store: a SQLite file holding every imported chain with
/// its history.
///
/// ```swift
/// let store = try GraphStore.open(at: "liability.sqlite", create: true)
/// let summary = try store.importFile(at: "examples/llama-3.1-lexbot.yaml", message: "first")
/// let document = try store.document()
/// ```
///
/// Opening never changes a file that is not a store, or a store written by
/// a newer version: both are refused before anything is written. Writes go
/// through one transaction per import in WAL mode, so a process killed
/// mid-import leaves the previous revision, and readers see a whole
/// revision while an import runs.
public final class GraphStore: Sendable {
  /// The store's path.
  public let path: String
  /// The connections: a pool (WAL readers beside one writer), or, for a
  /// store on a read-only disk, one immutable read-only connection.
  let pool: any DatabaseWriter

  private init(path: String, pool: any DatabaseWriter) {
    self.path = path
    self.pool = pool
  }

  /// How long a connection waits for a lock another process holds before
  /// it gives up (a writer's checkpoint, an import's commit).
  static let busyTimeout: TimeInterval = 60

  /// The URI that opens `path` as an immutable database: for a store that
  /// the process cannot write (a read-only disk, no write permission) and
  /// whose write-ahead log is empty, the only way SQLite reads it.
  static func immutableURI(_ path: String) -> String {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "?#%")
    let escaped = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
    return "file:\(escaped)?immutable=1"
  }

  /// Whether SQLite refused to open or read a file it could not write
  /// (SQLITE_READONLY, SQLITE_CANTOPEN), and the log is empty so an
  /// immutable read sees everything.
  static func needsImmutable(_ error: Error, _ path: String) -> Bool {
    guard let error = error as? DatabaseError else { return false }
    let code = error.resultCode
    guard code == .SQLITE_READONLY || code == .SQLITE_CANTOPEN else { return false }
    let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size]
    return (log as? NSNumber)?.intValue ?? 0 == 0
  }

  /// The first bytes of every SQLite database file.
  static let sqliteHeader = Array("SQLite format 3\u{0}".utf8)

  /// Opens the store at `path`. With `create`, a missing file becomes a
  /// new, empty store; otherwise a missing file is an error. With
  /// `readOnly`, nothing is ever written (not even a migration).
  public static func open(at path: String, create: Bool = false, readOnly: Bool = false)
    throws(StoreError) -> GraphStore
  {
    let exists = FileManager.default.fileExists(atPath: path)
    if exists {
      // A store about to be written is checked first, read-only: a
      // damaged one is refused before anything touches it.
      try check(path, integrity: !readOnly)
    } else if !create || readOnly {
      throw StoreError(.notAStore, path, "no store here (create one with `lgraph db init`)")
    }
    var configuration = Configuration()
    configuration.readonly = readOnly
    configuration.busyMode = .timeout(busyTimeout)
    configuration.label = "LiabilityStore"
    do {
      let pool: any DatabaseWriter
      do {
        let opened = try DatabasePool(path: path, configuration: configuration)
        if readOnly {
          try opened.read { db in _ = try Int.fetchOne(db, sql: "PRAGMA user_version") }
        }
        pool = opened
      } catch  where readOnly && needsImmutable(error, path) {
        pool = try DatabaseQueue(path: immutableURI(path), configuration: configuration)
      }
      if !readOnly { try Schema.migrator.migrate(pool) }
      return GraphStore(path: path, pool: pool)
    } catch {
      // A store this call began to create is removed again, so that a
      // failed `db init` (a full disk) leaves nothing half made.
      if !exists {
        for suffix in ["", "-wal", "-shm"] {
          try? FileManager.default.removeItem(atPath: path + suffix)
        }
      }
      if let error = error as? StoreError { throw error }
      throw StoreError(
        GraphStore.failureCode(error), path,
        "cannot open the store: \(reason(error))" + (exists ? "" : "; nothing was left behind"))
    }
  }

  /// Refuses, without writing, a file that is not a store of this version
  /// or an older one.
  static func check(_ path: String, integrity: Bool = false) throws(StoreError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw StoreError(.notAStore, path, "is a directory, not a store")
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw StoreError(.unreadableFile, path, "cannot be read")
    }
    let head = (try? handle.read(upToCount: 16)).map { [UInt8]($0) } ?? []
    try? handle.close()
    if head.isEmpty {
      throw StoreError(.notAStore, path, "is an empty file, not a store; it was left untouched")
    }
    guard head == sqliteHeader else {
      throw StoreError(
        .notAStore, path,
        "is not a SQLite database, so not a LiabilityGraph store; it was left untouched")
    }
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(busyTimeout)
    func facts(_ queue: DatabaseQueue) throws -> (Int32, Bool) {
      defer { try? queue.close() }
      return try queue.read { db in
        let facts = (
          try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
          try Schema.migrator.hasBeenSuperseded(db)
        )
        if integrity {
          let result = try String.fetchAll(db, sql: "PRAGMA quick_check").joined(separator: "; ")
          guard result == "ok" else {
            throw StoreError(
              .damagedStore, path,
              "is damaged (SQLite's check: \(result.prefix(300))); nothing was written. Restore "
                + "it from a copy, or export what can be read with `lgraph db export` into a new "
                + "store")
          }
        }
        return facts
      }
    }
    do {
      let (application, superseded): (Int32, Bool)
      do {
        (application, superseded) = try facts(
          DatabaseQueue(path: path, configuration: configuration))
      } catch  where needsImmutable(error, path) {
        (application, superseded) = try facts(
          DatabaseQueue(path: immutableURI(path), configuration: configuration))
      }
      guard application == Schema.applicationID else {
        throw StoreError(
          .notAStore, path,
          "is a SQLite database but not a LiabilityGraph store (application id \(application)); "
            + "it was left untouched")
      }
      if superseded {
        throw StoreError(
          .notAStore, path,
          "was written by a newer version of lgraph (its schema has migrations this version "
            + "does not know); it was left untouched: use a newer lgraph")
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError(
        GraphStore.failureCode(error), path,
        "cannot be read as a store: \(reason(error)); it was left untouched")
    }
  }

  /// Folds the write-ahead log into the database file and closes the
  /// store, so that the file alone holds everything (a copy of
  /// `liability.sqlite` without its `-wal` is then complete).
  public func close() throws(StoreError) {
    do {
      if !pool.configuration.readonly {
        // A passive checkpoint never waits for readers or makes them wait.
        // Then the log is emptied only if no reader is using it: the
        // truncating checkpoint is tried without waiting (a reader that is
        // there keeps its snapshot; the log is folded by a later close).
        try pool.writeWithoutTransaction { db in
          _ = try db.checkpoint(.passive)
          sqlite3_busy_timeout(db.sqliteConnection, 0)
          _ = try? db.checkpoint(.truncate)
          sqlite3_busy_timeout(db.sqliteConnection, Int32(Self.busyTimeout * 1000))
        }
      }
      try pool.close()
    } catch {
      throw StoreError(.storeFailure, path, "cannot close the store: \(error)")
    }
  }

  // MARK: History

  /// Every revision, oldest first.
  public func log() throws(StoreError) -> [Revision] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: "SELECT revision.id, recorded_at, message, origin.name, added, changed, removed "
          + "FROM revision JOIN origin ON origin.id = revision.origin ORDER BY revision.id"
      ).map { row in
        Revision(
          id: try row.value(0), recordedAt: try row.value(1), message: try row.value(2),
          origin: try row.value(3), added: try row.value(4),
          changed: try row.value(5), removed: try row.value(6))
      }
    }
  }

  /// The revision a recorded point names, or nil for an empty store.
  public func revision(at point: RecordedPoint) throws(StoreError) -> Int? {
    try read { db in
      switch point {
      case .latest:
        return try Int.fetchOne(db, sql: "SELECT max(id) FROM revision")
      case .revision(let number):
        guard
          try Int.fetchOne(db, sql: "SELECT id FROM revision WHERE id = ?", arguments: [number])
            != nil
        else {
          let last = try Int.fetchOne(db, sql: "SELECT max(id) FROM revision") ?? 0
          throw StoreError(
            .noRevision, self.path,
            "has no revision \(number)" + (last == 0 ? " (it is empty)" : "; the last is \(last)"))
        }
        return number
      case .date(let day):
        guard
          let number = try Int.fetchOne(
            db, sql: "SELECT max(id) FROM revision WHERE recorded_at <= ?",
            arguments: ["\(day)T23:59:59.999Z"])
        else {
          throw StoreError(.noRevision, self.path, "had recorded nothing by the end of \(day)")
        }
        return number
      }
    }
  }

  /// What the store holds.
  public struct Stats: Sendable, Hashable {
    /// How many revisions the store has recorded.
    public var revisions: Int
    /// Current items by node kind (edge-list nodes included).
    public var nodes: [(kind: String, count: Int)]
    /// Current edges by kind.
    public var edges: [(kind: String, count: Int)]
    /// Every node ever recorded.
    public var internedNodes: Int
    /// Item rows, history included.
    public var itemRows: Int
    /// Edge rows, history included.
    public var edgeRows: Int
    /// The size of the store's file, in bytes.
    public var fileBytes: Int
    /// The schema migrations applied to the file, by identifier.
    public var schema: [String]
    /// SQLite's own check of the file (`PRAGMA quick_check`): "ok" or the
    /// first problems.
    public var integrity: String

    public static func == (lhs: Stats, rhs: Stats) -> Bool {
      lhs.revisions == rhs.revisions && lhs.itemRows == rhs.itemRows
        && lhs.edgeRows == rhs.edgeRows
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(itemRows) }
  }

  /// Counts of what the store holds now, and of its history.
  public func stats() throws(StoreError) -> Stats {
    let size =
      ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue
      ?? 0
    return try read { db in
      let nodes = try Row.fetchAll(
        db,
        sql: "SELECT node.kind, count(*) FROM item JOIN node ON node.id = item.node "
          + "WHERE item.rev_to IS NULL GROUP BY node.kind ORDER BY node.kind"
      ).map { row -> (String, Int) in
        (Schema.kind(try row.value(0))?.rawValue ?? "?", try row.value(1))
      }
      let edges = try Row.fetchAll(
        db,
        sql: "SELECT kind, count(*) FROM edge WHERE rev_to IS NULL GROUP BY kind ORDER BY kind"
      ).map { row -> (String, Int) in
        (Schema.edgeKind(try row.value(0))?.rawValue ?? "?", try row.value(1))
      }
      return Stats(
        revisions: try Int.fetchOne(db, sql: "SELECT count(*) FROM revision") ?? 0,
        nodes: nodes, edges: edges,
        internedNodes: try Int.fetchOne(db, sql: "SELECT count(*) FROM node") ?? 0,
        itemRows: try Int.fetchOne(db, sql: "SELECT count(*) FROM item") ?? 0,
        edgeRows: try Int.fetchOne(db, sql: "SELECT count(*) FROM edge") ?? 0,
        fileBytes: size,
        schema: try Schema.migrator.appliedIdentifiers(db).sorted(),
        integrity: try String.fetchAll(db, sql: "PRAGMA quick_check").joined(separator: "; "))
    }
  }

  // MARK: Access

  func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try pool.read(body)
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError(
        GraphStore.failureCode(error), path, "cannot read the store: \(Self.reason(error))")
    }
  }

  func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try pool.write(body)
    } catch var error as StoreError {
      // The bulk writers do not know the store's path: it is this one.
      if error.path.isEmpty {
        error.path = path
        error.message = "the import was not recorded (the store is unchanged): " + error.message
      }
      throw error
    } catch {
      throw StoreError(
        GraphStore.failureCode(error), path,
        "the import was not recorded (the store is unchanged): " + Self.reason(error))
    }
  }

  /// What went wrong, in words: a full disk and a corrupt file said as such.
  /// The code of a failed SQLite call: `damaged-store` when SQLite finds
  /// the store damaged, else `store-failure`.
  static func failureCode(_ error: Error) -> DiagnosticCode {
    if let error = error as? DatabaseError,
      error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
    {
      return .damagedStore
    }
    return .storeFailure
  }

  /// As ``failureCode(_:)``, for a failed step's code.
  static func failureCode(code: Int32) -> DiagnosticCode {
    let primary = code & 0xFF
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB ? .damagedStore : .storeFailure
  }

  static func reason(_ error: Error) -> String {
    if let error = error as? DatabaseError {
      switch error.resultCode {
      case .SQLITE_FULL:
        return "the disk is full (SQLite could not grow the store or its log)"
      case .SQLITE_CORRUPT, .SQLITE_NOTADB:
        return
          "the store is damaged (SQLite: \(error.message ?? "database disk image is malformed"))"
      case .SQLITE_IOERR:
        return "the disk could not be written (\(error.message ?? "I/O error"))"
      default: break
      }
    }
    return "\(error)"
  }

  /// SQLite's code for a failed step, in words (for the bulk paths that
  /// step statements themselves).
  static func reason(code: Int32) -> String {
    switch code & 0xFF {
    case SQLITE_FULL: return "the disk is full (SQLite could not grow the store or its log)"
    case SQLITE_CORRUPT, SQLITE_NOTADB: return "the store is damaged (SQLite code \(code))"
    case SQLITE_IOERR: return "the disk could not be written (SQLite code \(code))"
    default: return "SQLite code \(code)"
    }
  }

  static func now() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: Date())
  }
}
