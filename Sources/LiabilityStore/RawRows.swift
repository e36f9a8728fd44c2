import GRDB
import GRDBSQLite

/// Rows read straight from SQLite's columns, for the scans over every node,
/// item and edge of a store (GRDB's generic decoding costs more than the
/// query there). Every value is checked: a column holding something other
/// than what the schema says (a damaged or crafted store) is an error,
/// never a stop.
struct RawRow {
  let handle: OpaquePointer
  let path: String

  /// An integer column.
  func int64(_ index: Int32) throws -> Int64 {
    guard sqlite3_column_type(handle, index) == SQLITE_INTEGER else {
      throw StoreError(
        .damagedStore, path, "the store holds a value that is not a number where one belongs")
    }
    return sqlite3_column_int64(handle, index)
  }

  /// An integer column that may be NULL.
  func optionalInt64(_ index: Int32) throws -> Int64? {
    sqlite3_column_type(handle, index) == SQLITE_NULL ? nil : try int64(index)
  }

  /// A text column that may be NULL.
  func text(_ index: Int32) throws -> String? {
    switch sqlite3_column_type(handle, index) {
    case SQLITE_NULL:
      return nil
    case SQLITE_TEXT:
      // The text first, then its length (SQLite's advice: the length then
      // describes the text as returned).
      guard let bytes = sqlite3_column_text(handle, index) else { return "" }
      let count = Int(sqlite3_column_bytes(handle, index))
      return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    default:
      throw StoreError(
        .damagedStore, path, "the store holds a value that is not text where text belongs")
    }
  }

  /// Runs `sql` with integer `arguments` and calls `body` with each row.
  static func each(
    _ db: Database, path: String, _ sql: String, _ arguments: [Int64] = [],
    _ body: (RawRow) throws -> Void
  ) throws {
    let statement = try db.makeStatement(sql: sql)
    let handle = statement.sqliteStatement
    defer { sqlite3_reset(handle) }
    for (i, value) in arguments.enumerated() { sqlite3_bind_int64(handle, Int32(i + 1), value) }
    let row = RawRow(handle: handle, path: path)
    while true {
      let code = sqlite3_step(handle)
      if code == SQLITE_DONE { return }
      guard code == SQLITE_ROW else {
        throw StoreError(
          GraphStore.failureCode(code: code), path,
          "reading the store failed: " + GraphStore.reason(code: code))
      }
      try body(row)
    }
  }
}
