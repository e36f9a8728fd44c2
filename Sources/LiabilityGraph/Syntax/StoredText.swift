/// Items are stored as written: each item's syntax tree as compact JSON that
/// keeps the difference between a bare scalar (a number, a boolean) and
/// text, so that the loader reads it back to the same facts. Exports are
/// assembled from these texts, as JSON or as block YAML.
package enum StoredText {
  /// The compact JSON of a syntax tree.
  package static func json(_ node: SyntaxNode) -> String {
    var out = ""
    write(node, into: &out)
    return out
  }

  package static func write(_ node: SyntaxNode, into out: inout String) {
    switch node.content {
    case .null:
      out += "null"
    case .scalar(let value, let quoted):
      if quoted {
        quote(value, into: &out)
      } else {
        out += bare(value) ?? Self.quoted(value)
      }
    case .sequence(let items):
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        write(item, into: &out)
      }
      out += "]"
    case .mapping(let entries):
      out += "{"
      for (i, entry) in entries.enumerated() {
        if i > 0 { out += "," }
        quote(entry.key, into: &out)
        out += ":"
        write(entry.value, into: &out)
      }
      out += "}"
    }
  }

  package static func quoted(_ value: String) -> String {
    var out = ""
    quote(value, into: &out)
    return out
  }

  /// The JSON literal an unquoted scalar stands for (a boolean or a
  /// number), or nil for text.
  package static func bare(_ value: String) -> String? {
    switch value {
    case "true", "True", "TRUE": return "true"
    case "false", "False", "FALSE": return "false"
    default: break
    }
    guard let number = SyntaxDecoder.parseNumber(value), number.isFinite else { return nil }
    if isJSONNumber(value) { return value }
    // A YAML spelling JSON lacks (`+5`, `.5`, `5.`): the same value.
    if number == number.rounded(), number.magnitude < 1e15 { return String(Int64(number)) }
    return "\(number)"
  }

  /// Whether `text` follows JSON's number grammar.
  package static func isJSONNumber(_ text: String) -> Bool {
    var bytes = Array(text.utf8)[...]
    if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    func digits() -> Int {
      var n = 0
      while let b = bytes.first, b >= 48, b <= 57 {
        bytes = bytes.dropFirst()
        n += 1
      }
      return n
    }
    guard let first = bytes.first, first >= 48, first <= 57 else { return false }
    if first == 48 {
      bytes = bytes.dropFirst()
      if let next = bytes.first, next >= 48, next <= 57 { return false }
    } else {
      _ = digits()
    }
    if bytes.first == UInt8(ascii: ".") {
      bytes = bytes.dropFirst()
      guard digits() > 0 else { return false }
    }
    if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") {
        bytes = bytes.dropFirst()
      }
      guard digits() > 0 else { return false }
    }
    return bytes.isEmpty
  }

  package static func quote(_ text: String, into out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }

  // MARK: YAML

  /// Block YAML for a syntax tree read from stored JSON: quoted scalars
  /// are written plain where that reads back as the same text, and quoted
  /// otherwise.
  package static func yaml(_ node: SyntaxNode) -> String {
    var lines: [String] = []
    yamlValue(node, indent: 0, into: &lines, prefix: "")
    return lines.joined(separator: "\n") + "\n"
  }

  package static func yamlValue(
    _ node: SyntaxNode, indent: Int, into lines: inout [String], prefix: String
  ) {
    let pad = String(repeating: " ", count: indent)
    switch node.content {
    case .mapping(let entries) where !entries.isEmpty:
      var first = true
      for entry in entries {
        let lead = first && !prefix.isEmpty ? prefix : pad
        first = false
        let key = plainSafe(entry.key) ? entry.key : quoted(entry.key)
        if let inline = inlineScalar(entry.value) {
          lines.append(lead + key + ": " + inline)
        } else {
          lines.append(lead + key + ":")
          yamlValue(entry.value, indent: indent + 2, into: &lines, prefix: "")
        }
      }
    case .sequence(let items) where !items.isEmpty:
      for item in items {
        if let inline = inlineScalar(item) {
          lines.append(pad + "- " + inline)
        } else {
          yamlValue(item, indent: indent + 2, into: &lines, prefix: pad + "- ")
        }
      }
    default:
      lines.append((prefix.isEmpty ? pad : prefix) + (inlineScalar(node) ?? "null"))
    }
  }

  /// A value written on its key's line: scalars, null, and empty
  /// collections.
  package static func inlineScalar(_ node: SyntaxNode) -> String? {
    switch node.content {
    case .null: return "null"
    case .scalar(let value, let quoted):
      if !quoted { return value }
      return plainSafe(value) ? value : self.quoted(value)
    case .sequence(let items): return items.isEmpty ? "[]" : nil
    case .mapping(let entries): return entries.isEmpty ? "{}" : nil
    }
  }

  /// Whether text can be written as a plain YAML scalar and read back as
  /// the same text (not a number, boolean or null, no YAML syntax in it).
  package static func plainSafe(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else {
      return false
    }
    if first == " " || last == " " { return false }
    if SyntaxDecoder.parseNumber(text) != nil { return false }
    let reserved: Set<String> = [
      "true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL", "~", "yes",
      "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N",
    ]
    if reserved.contains(text) { return false }
    if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
    if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
    for scalar in text.unicodeScalars {
      if scalar.value < 0x20 || scalar == "\u{7F}" { return false }
      if scalar.value > 0x7E { continue }
      if "\"\\\t".unicodeScalars.contains(scalar) { return false }
    }
    return true
  }
}
