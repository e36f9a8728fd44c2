/// A quick pass over YAML text that bounds how deeply it nests, before any
/// parser (which recurses once per level) sees it.
///
/// The estimate never falls below the real depth: each level of block
/// nesting needs a deeper indentation (a list may share its key's
/// indentation, so each indentation level counts twice) or a compact
/// indicator (`- `, `? `) on the line, and flow collections are counted
/// bracket by bracket. Text inside quotes, comments and block scalars is
/// skipped.
enum NestingScanner {
  struct Position {
    var line: Int
    var column: Int
  }

  static func firstTooDeep(
    in text: String, limit: Int = SyntaxLimits.maxDepth
  ) -> Position? {
    var bytes = Array(text.utf8)
    bytes.append(0x0A)
    var indents: [Int] = []
    var flow = 0
    var quote: UInt8 = 0  // 0, '"' or '\''
    var blockScalarParent: Int? = nil
    var line = 1
    var lineStart = 0
    var i = 0
    let count = bytes.count

    func position(_ offset: Int) -> Position {
      var column = 1
      var k = lineStart
      while k < offset {
        if bytes[k] & 0xC0 != 0x80 { column += 1 }
        k += 1
      }
      return Position(line: line, column: column)
    }

    while i < count {
      // Start of a line.
      lineStart = i
      var indent = 0
      while i < count, bytes[i] == 0x20 {
        indent += 1
        i += 1
      }
      let blank =
        i >= count || bytes[i] == 0x0A || bytes[i] == 0x0D
        || (bytes[i] == UInt8(ascii: "#") && quote == 0)
      if let parent = blockScalarParent {
        if blank || indent > parent {
          while i < count, bytes[i] != 0x0A { i += 1 }
          i += 1
          line += 1
          continue
        }
        blockScalarParent = nil
      }
      if blank && quote == 0 {
        while i < count, bytes[i] != 0x0A { i += 1 }
        i += 1
        line += 1
        continue
      }
      var compact = 0
      if flow == 0 && quote == 0 {
        while let last = indents.last, last > indent { indents.removeLast() }
        if indents.last.map({ $0 < indent }) ?? true { indents.append(indent) }
        // Compact indicators: "- - x", "? key".
        while i + 1 < count,
          bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "?"),
          bytes[i + 1] == 0x20 || bytes[i + 1] == 0x0A
        {
          compact += 1
          i += 1
          while i < count, bytes[i] == 0x20 { i += 1 }
        }
      }
      let base = 2 * indents.count + compact + 1
      if base + flow > limit { return position(i) }
      // The rest of the line.
      var previous: UInt8 = 0x20
      var valueStart = true
      while i < count, bytes[i] != 0x0A {
        let c = bytes[i]
        if quote != 0 {
          if quote == UInt8(ascii: "\"") && c == UInt8(ascii: "\\") {
            i += 2
            continue
          }
          if c == quote { quote = 0 }
          previous = c
          i += 1
          continue
        }
        let atToken =
          valueStart
          || flow > 0
            && (previous == 0x20 || previous == UInt8(ascii: "[")
              || previous == UInt8(ascii: "{") || previous == UInt8(ascii: ","))
        switch c {
        case UInt8(ascii: "#") where previous == 0x20 || previous == 0x09:
          while i < count, bytes[i] != 0x0A { i += 1 }
          continue
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
          if atToken { quote = c }
        case UInt8(ascii: "["), UInt8(ascii: "{"):
          if atToken {
            flow += 1
            if base + flow > limit { return position(i) }
          }
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
          if flow > 0 { flow -= 1 }
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
          if flow == 0 && valueStart { blockScalarParent = indent }
        default:
          break
        }
        if c != 0x20 && c != 0x09 {
          // A value starts after "key: " or "- " in block context.
          valueStart =
            flow == 0
            && (c == UInt8(ascii: ":") || c == UInt8(ascii: "-"))
            && i + 1 < count && (bytes[i + 1] == 0x20 || bytes[i + 1] == 0x0A)
        }
        previous = c
        i += 1
      }
      i += 1
      line += 1
    }
    return nil
  }
}
