/// Reads JSON (RFC 8259) into a ``SyntaxNode`` tree with a line and column
/// for every value and key. Duplicate keys and nesting deeper than
/// ``SyntaxLimits/maxDepth`` are errors.
package struct JSONReader {
  package var file: String

  package init(file: String) {
    self.file = file
  }

  private struct Failure: Error {
    var code: DiagnosticCode = .syntaxError
    var message: String
    var line: Int
    var column: Int
    var notes: [Diagnostic.Note] = []
  }

  /// Parses `bytes` (already checked to be UTF-8).
  package func read(_ bytes: [UInt8]) -> Result<SyntaxNode, DiagnosticList> {
    var cursor = Cursor(bytes: bytes, file: file)
    do {
      cursor.skipSpace()
      if cursor.atEnd {
        throw Failure(code: .notAChain, message: "the file is empty", line: 1, column: 1)
      }
      let root = try cursor.value(depth: 0)
      cursor.skipSpace()
      if !cursor.atEnd {
        throw cursor.failure("unexpected text after the end of the JSON value")
      }
      return .success(root)
    } catch let failure as Failure {
      return .failure(
        DiagnosticList(
          Diagnostic(
            .error, failure.code, failure.message,
            at: SourceLocation(
              file: file, line: failure.line, column: failure.column),
            notes: failure.notes)))
    } catch {
      return .failure(
        DiagnosticList(
          .error, .syntaxError, "JSON could not be read: \(error)",
          at: SourceLocation(file: file, line: 1, column: 1)))
    }
  }

  private struct Cursor {
    let bytes: [UInt8]
    let file: String
    var offset = 0
    var line = 1
    var column = 1

    var atEnd: Bool { offset >= bytes.count }

    func failure(_ message: String, code: DiagnosticCode = .syntaxError) -> Failure {
      Failure(code: code, message: "JSON: \(message)", line: line, column: column)
    }

    mutating func advance() {
      let byte = bytes[offset]
      offset += 1
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }

    mutating func skipSpace() {
      while offset < bytes.count {
        switch bytes[offset] {
        case 0x20, 0x09, 0x0A, 0x0D: advance()
        default: return
        }
      }
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws {
      guard offset < bytes.count, bytes[offset] == byte else {
        throw failure("expected \(what)")
      }
      advance()
    }

    mutating func value(depth: Int) throws -> SyntaxNode {
      guard depth <= SyntaxLimits.maxDepth else {
        throw failure(
          "nesting deeper than \(SyntaxLimits.maxDepth) levels; a "
            + "liability-graph file never needs this", code: .inputLimit)
      }
      skipSpace()
      guard offset < bytes.count else {
        throw failure("the file ends where a value was expected")
      }
      let line = self.line
      let column = self.column
      switch bytes[offset] {
      case UInt8(ascii: "{"):
        advance()
        var entries: [SyntaxEntry] = []
        var seen: [String: (Int, Int)] = [:]
        skipSpace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
          advance()
          return SyntaxNode(content: .mapping([]), line: line, column: column)
        }
        while true {
          skipSpace()
          let keyLine = self.line
          let keyColumn = self.column
          guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
            throw failure("expected a quoted key")
          }
          let key = try string()
          if let first = seen[key] {
            var error = failure("duplicate key '\(key)' in one object", code: .duplicateKey)
            error.line = keyLine
            error.column = keyColumn
            error.notes = [
              .init(
                "'\(key)' first appears here",
                at: SourceLocation(file: file, line: first.0, column: first.1))
            ]
            throw error
          }
          seen[key] = (keyLine, keyColumn)
          skipSpace()
          try expect(UInt8(ascii: ":"), "':' after the key")
          let item = try value(depth: depth + 1)
          entries.append(
            SyntaxEntry(
              key: key, keyLine: keyLine, keyColumn: keyColumn, value: item))
          skipSpace()
          guard offset < bytes.count else {
            throw failure("the file ends inside an object")
          }
          if bytes[offset] == UInt8(ascii: ",") {
            advance()
            continue
          }
          try expect(UInt8(ascii: "}"), "',' or '}'")
          return SyntaxNode(
            content: .mapping(entries), line: line, column: column)
        }
      case UInt8(ascii: "["):
        advance()
        var items: [SyntaxNode] = []
        skipSpace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
          advance()
          return SyntaxNode(content: .sequence([]), line: line, column: column)
        }
        while true {
          items.append(try value(depth: depth + 1))
          skipSpace()
          guard offset < bytes.count else {
            throw failure("the file ends inside a list")
          }
          if bytes[offset] == UInt8(ascii: ",") {
            advance()
            continue
          }
          try expect(UInt8(ascii: "]"), "',' or ']'")
          return SyntaxNode(
            content: .sequence(items), line: line, column: column)
        }
      case UInt8(ascii: "\""):
        let text = try string()
        return SyntaxNode(
          content: .scalar(text, quoted: true), line: line, column: column)
      case UInt8(ascii: "t"):
        try literal("true")
        return SyntaxNode(
          content: .scalar("true", quoted: false), line: line, column: column)
      case UInt8(ascii: "f"):
        try literal("false")
        return SyntaxNode(
          content: .scalar("false", quoted: false), line: line, column: column)
      case UInt8(ascii: "n"):
        try literal("null")
        return SyntaxNode(content: .null, line: line, column: column)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        return SyntaxNode(
          content: .scalar(try number(), quoted: false), line: line,
          column: column)
      default:
        throw failure("unexpected character where a value was expected")
      }
    }

    mutating func literal(_ word: String) throws {
      for byte in word.utf8 {
        guard offset < bytes.count, bytes[offset] == byte else {
          throw failure("expected '\(word)'")
        }
        advance()
      }
    }

    mutating func number() throws -> String {
      let start = offset
      func isDigit(_ b: UInt8) -> Bool {
        b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
      }
      if bytes[offset] == UInt8(ascii: "-") { advance() }
      guard offset < bytes.count, isDigit(bytes[offset]) else {
        throw failure("a number needs digits")
      }
      while offset < bytes.count, isDigit(bytes[offset]) { advance() }
      if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
        advance()
        guard offset < bytes.count, isDigit(bytes[offset]) else {
          throw failure("a number needs digits after '.'")
        }
        while offset < bytes.count, isDigit(bytes[offset]) { advance() }
      }
      if offset < bytes.count,
        bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E")
      {
        advance()
        if offset < bytes.count,
          bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-")
        {
          advance()
        }
        guard offset < bytes.count, isDigit(bytes[offset]) else {
          throw failure("a number needs digits in its exponent")
        }
        while offset < bytes.count, isDigit(bytes[offset]) { advance() }
      }
      return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    mutating func hex4() throws -> UInt32 {
      var value: UInt32 = 0
      for _ in 0..<4 {
        guard offset < bytes.count else { throw failure("incomplete \\u escape") }
        let b = bytes[offset]
        let digit: UInt32
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - 48)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - 87)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - 55)
        default: throw failure("bad hex digit in \\u escape")
        }
        value = value * 16 + digit
        advance()
      }
      return value
    }

    mutating func string() throws -> String {
      advance()  // opening quote
      var out: [UInt8] = []
      while true {
        guard offset < bytes.count else {
          throw failure("the file ends inside a string")
        }
        let b = bytes[offset]
        if b == UInt8(ascii: "\"") {
          advance()
          return String(decoding: out, as: UTF8.self)
        }
        if b < 0x20 {
          throw failure("control character inside a string (escape it)")
        }
        if b != UInt8(ascii: "\\") {
          out.append(b)
          advance()
          continue
        }
        advance()
        guard offset < bytes.count else {
          throw failure("the file ends inside a string")
        }
        let e = bytes[offset]
        advance()
        switch e {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          var scalar = try hex4()
          if (0xD800..<0xDC00).contains(scalar) {
            guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"),
              bytes[offset + 1] == UInt8(ascii: "u")
            else { throw failure("unpaired surrogate in \\u escape") }
            advance()
            advance()
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else {
              throw failure("unpaired surrogate in \\u escape")
            }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let unicode = Unicode.Scalar(scalar) else {
            throw failure("\\u escape is not a Unicode scalar")
          }
          out.append(contentsOf: Array(String(Character(unicode)).utf8))
        default:
          throw failure("unknown escape '\\\(Character(Unicode.Scalar(e)))'")
        }
      }
    }
  }
}
