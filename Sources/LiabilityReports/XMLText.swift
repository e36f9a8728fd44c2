/// Text from input in HTML and SVG: escaped, and with every character XML
/// 1.0 forbids removed, so the documents stay well-formed whatever a name
/// holds.
package enum XMLText {
  /// Whether XML 1.0 allows `scalar` in a document: tab, line feed,
  /// carriage return, and everything from U+0020 but the noncharacters
  /// U+FFFE and U+FFFF. Other control characters (ESC, BEL, BS, DEL and
  /// the C1 controls) are left out too: they never belong in a report.
  package static func allowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: return true
    case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return false
    default: return true
    }
  }

  /// `text` with `& < > " '` as entities and forbidden characters removed.
  package static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: if allowed(scalar) { out.unicodeScalars.append(scalar) }
      }
    }
    return out
  }
}
