import Foundation

/// Reads CSV (RFC 4180: quoted fields, doubled quotes, newlines inside
/// quotes, CRLF or LF) a chunk at a time, so a file larger than memory
/// streams through.
package struct CSVReader {
  package let handle: FileHandle
  /// Bytes read so far, for progress.
  package private(set) var bytesRead = 0
  /// The line the current record started on.
  package private(set) var line = 0
  /// Where each field of the current record starts: its line and column
  /// (1-based, in bytes), for messages.
  package private(set) var starts: [(line: Int, column: Int)] = []
  /// The column the next byte is at.
  private var column = 1
  private var buffer: [UInt8] = []
  private var index = 0
  private var atEnd = false
  private var nextLine = 1

  package init(path: String) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw CocoaError(.fileReadNoSuchFile)
    }
    self.handle = handle
  }

  private mutating func refill() {
    guard !atEnd else { return }
    let chunk = (try? handle.read(upToCount: 1 << 20)) ?? nil
    guard let chunk, !chunk.isEmpty else {
      atEnd = true
      return
    }
    bytesRead += chunk.count
    if index >= buffer.count {
      buffer = [UInt8](chunk)
    } else {
      buffer = Array(buffer[index...]) + chunk
    }
    index = 0
  }

  private mutating func peek() -> UInt8? {
    if index >= buffer.count { refill() }
    return index < buffer.count ? buffer[index] : nil
  }

  /// The next record's fields, or nil at the end of the file.
  package mutating func next() -> [String]? {
    var fields: [[UInt8]] = []
    guard next(into: &fields) else { return nil }
    return fields.map { String(decoding: $0, as: UTF8.self) }
  }

  /// Reads the next record into `fields` (reusing its storage), with
  /// spaces around each field trimmed; false at the end of the file.
  package mutating func next(into fields: inout [[UInt8]]) -> Bool {
    guard peek() != nil else { return false }
    line = nextLine
    starts.removeAll(keepingCapacity: true)
    var count = 0
    func field() -> Int {
      starts.append((nextLine, column))
      if count == fields.count {
        fields.append([])
      } else {
        fields[count].removeAll(keepingCapacity: true)
      }
      count += 1
      return count - 1
    }
    var current = field()
    var quoted = false
    var wasQuoted = false
    loop: while let byte = peek() {
      index += 1
      column += 1
      if quoted {
        if byte == UInt8(ascii: "\"") {
          if peek() == UInt8(ascii: "\"") {
            index += 1
            fields[current].append(byte)
          } else {
            quoted = false
          }
        } else {
          if byte == UInt8(ascii: "\n") {
            nextLine += 1
            column = 1
          }
          fields[current].append(byte)
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        quoted = true
        wasQuoted = true
      case UInt8(ascii: ","):
        if !wasQuoted { trim(&fields[current]) }
        wasQuoted = false
        current = field()
      case UInt8(ascii: "\r"):
        continue
      case UInt8(ascii: "\n"):
        nextLine += 1
        column = 1
        break loop
      default:
        fields[current].append(byte)
      }
    }
    if !wasQuoted { trim(&fields[current]) }
    if fields.count > count { fields.removeLast(fields.count - count) }
    return true
  }

  /// Where field `index` of the current record starts (the record's start
  /// for a field it lacks).
  package func start(of index: Int) -> (line: Int, column: Int) {
    index < starts.count ? starts[index] : (line, 1)
  }

  /// Drops spaces and tabs at both ends.
  private func trim(_ bytes: inout [UInt8]) {
    while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
    var start = 0
    while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
    if start > 0 { bytes.removeFirst(start) }
  }

  package func close() {
    try? handle.close()
  }
}
