import Foundation
import LiabilityGraph

/// Checks of the store's readers that the fuzzers call (package access:
/// not part of the public API).
package enum FuzzProbe {
  /// Reads `bytes` as CSV, record by record; returns the invariants the
  /// reader broke: every field of a record has a place, places lie within
  /// the record's lines, and records' lines only grow.
  package static func csvRecords(_ bytes: [UInt8]) -> [String] {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lgraph-fuzz-\(getpid())-records.csv"
    ).path
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return [] }
    defer { try? FileManager.default.removeItem(atPath: path) }
    guard var reader = try? CSVReader(path: path) else { return [] }
    defer { reader.close() }
    var fields: [[UInt8]] = []
    var last = 0
    var problems: [String] = []
    var records = 0
    while reader.next(into: &fields) {
      records += 1
      if reader.line <= last {
        problems.append("record \(records) starts on line \(reader.line) after line \(last)")
      }
      if reader.starts.count != fields.count {
        problems.append("record \(records): \(fields.count) fields, \(reader.starts.count) places")
      }
      for start in reader.starts where start.line < reader.line || start.column < 1 {
        problems.append("record \(records): a field placed at \(start.line):\(start.column)")
      }
      last = reader.line
      if problems.count > 5 { break }
    }
    return problems
  }
}
