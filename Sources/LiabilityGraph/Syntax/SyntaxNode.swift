/// A parsed YAML or JSON value with the place each part came from.
///
/// The loader reads both formats into this one tree, so every check that
/// follows reports locations the same way.
package struct SyntaxNode: Sendable {
  package enum Content: Sendable {
    /// `null`, `~` or an empty value.
    case null
    /// A scalar's text; `quoted` is true for quoted YAML scalars and JSON
    /// strings (a quoted `"12"` is text, not a number).
    case scalar(String, quoted: Bool)
    case sequence([SyntaxNode])
    case mapping([SyntaxEntry])
  }

  package var content: Content
  package var line: Int
  package var column: Int

  package init(content: Content, line: Int, column: Int) {
    self.content = content
    self.line = line
    self.column = column
  }

  /// What a reader would call this kind of value, for "expected X, found Y".
  package var kindDescription: String {
    switch content {
    case .null: return "nothing (null)"
    case .scalar(_, let quoted): return quoted ? "a quoted string" : "a scalar"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    }
  }
}

/// One `key: value` pair of a mapping.
package struct SyntaxEntry: Sendable {
  package var key: String
  package var keyLine: Int
  package var keyColumn: Int
  package var value: SyntaxNode

  package init(key: String, keyLine: Int, keyColumn: Int, value: SyntaxNode) {
    self.key = key
    self.keyLine = keyLine
    self.keyColumn = keyColumn
    self.value = value
  }
}

/// The limits that keep hostile input from exhausting memory or the stack.
package enum SyntaxLimits {
  /// The deepest nesting of lists and mappings accepted.
  package static let maxDepth = 64
  /// The longest id, in bytes (ids are ASCII).
  package static let maxIDBytes = 256
  /// The longest name, in characters.
  package static let maxNameCharacters = 1_000
  /// The longest text value (a description, a note), in bytes.
  package static let maxTextBytes = 100_000
  /// How many nodes a file may expand to, per byte of input, once YAML
  /// aliases are followed (plus a fixed allowance for small files).
  static let nodesPerByte = 2
  static let nodeAllowance = 10_000
  /// How many values YAML aliases may add to a file, whatever its size.
  package static let maxAliasExpansion = 100_000
}

/// Where the first invalid UTF-8 byte of some bytes is, if any.
package struct UTF8Check {
  package var offset: Int
  package var line: Int
  package var column: Int

  package static func firstInvalid(in bytes: [UInt8]) -> UTF8Check? {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    var line = 1
    var column = 1
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        offset += encoded.count
        if encoded.count == 1 && encoded.first == 0x0A {
          line += 1
          column = 1
        } else {
          column += 1
        }
      case .emptyInput:
        return nil
      case .error:
        return UTF8Check(offset: offset, line: line, column: column)
      }
    }
  }
}
