/// One problem found in an input file, with where it is.
///
/// Diagnostics print in the form compilers use, so that editors can jump to
/// them:
///
/// ```
/// chain.yaml:12:15: error: [unknown-reference] unknown party 'metaa' (did you mean 'meta'?)
/// ```
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How serious a diagnostic is.
  public enum Severity: String, Sendable, Hashable {
    /// The file cannot be loaded.
    case error
    /// The file loads, but something in it is probably not what was meant.
    case warning
    /// More about the diagnostic before it (e.g. where a duplicate was first
    /// defined).
    case note
  }

  /// How serious it is.
  public var severity: Severity
  /// What kind of problem it is: a stable id to match on.
  public var code: DiagnosticCode
  /// What is wrong, in words a reader can act on.
  public var message: String
  /// Where it is.
  public var location: SourceLocation
  /// Related places, printed after the diagnostic as `note:` lines.
  public var notes: [Note]

  /// A related place and what it has to do with the diagnostic.
  public struct Note: Sendable, Hashable {
    /// What the place is.
    public var message: String
    /// The place.
    public var location: SourceLocation

    /// Creates a note.
    public init(_ message: String, at location: SourceLocation) {
      self.message = message
      self.location = location
    }
  }

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, _ code: DiagnosticCode, _ message: String,
    at location: SourceLocation, notes: [Note] = []
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.location = location
    self.notes = notes
  }

  /// The diagnostic and its notes, one per line, in
  /// `FILE:LINE:COLUMN: SEVERITY: [CODE] MESSAGE` form.
  public var description: String {
    var lines = ["\(location): \(severity.rawValue): [\(code)] \(message)"]
    for note in notes {
      lines.append("\(note.location): note: \(note.message)")
    }
    return lines.joined(separator: "\n")
  }
}

/// The diagnostics of a file that could not be loaded, thrown by the loader.
public struct LoadError: Error, Sendable, CustomStringConvertible {
  /// Every diagnostic found, errors and warnings, in file order.
  public var diagnostics: [Diagnostic]

  /// Creates a load error.
  public init(diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  /// The errors alone.
  public var errors: [Diagnostic] {
    diagnostics.filter { $0.severity == .error }
  }

  /// All diagnostics, one per line.
  public var description: String {
    diagnostics.map(\.description).joined(separator: "\n")
  }
}
