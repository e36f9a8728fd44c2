import Foundation

/// What reaches a terminal: text from a chain (names, descriptions,
/// imported data) may hold control characters that a terminal would obey
/// (escape sequences that move the cursor or rewrite the screen). On a
/// terminal they are shown as U+FFFD; a file or pipe gets the text as is.
enum Terminal {
  static let standardOutput = isatty(STDOUT_FILENO) == 1
  static let standardError = isatty(STDERR_FILENO) == 1

  /// `text` with every control character but newline and tab replaced.
  static func clean(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      out.append(isControl(scalar) ? "\u{FFFD}" : scalar)
    }
    return String(out)
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: return false
    case 0x00...0x1F, 0x7F...0x9F: return true
    default: return false
    }
  }
}

/// Writes `text` to standard output, cleaned when it is a terminal.
func print(_ text: String, terminator: String = "\n") {
  let shown = Terminal.standardOutput ? Terminal.clean(text) : text
  FileHandle.standardOutput.write(Data((shown + terminator).utf8))
}
