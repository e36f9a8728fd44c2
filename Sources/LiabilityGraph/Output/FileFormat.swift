/// A format `lgraph` reads or writes, and the file extensions that name it.
///
/// This is the one table of extensions: the loader (YAML or JSON), the
/// store's export, the diagram renderer and every command's `--format` and
/// `-o` consult it, so that `.yml`, `.htm` or `.markdown` mean the same
/// everywhere.
///
/// ```swift
/// FileFormat(fileName: "report.HTM")  // .html
/// FileFormat.md.extensions            // ["md", "markdown"]
/// ```
public enum FileFormat: String, CaseIterable, Sendable, Hashable {
  /// Plain text for a terminal.
  case text
  /// JSON.
  case json
  /// YAML.
  case yaml
  /// Markdown.
  case md
  /// Comma-separated values (RFC 4180).
  case csv
  /// A standalone HTML page.
  case html
  /// Graphviz DOT source.
  case dot
  /// SVG, laid out by Graphviz.
  case svg
  /// PNG, laid out by Graphviz.
  case png
  /// PDF, laid out by Graphviz.
  case pdf

  /// The extensions that name the format, lower case and without the dot,
  /// the usual one first.
  public var extensions: [String] {
    switch self {
    case .text: ["txt"]
    case .json: ["json"]
    case .yaml: ["yaml", "yml"]
    case .md: ["md", "markdown"]
    case .csv: ["csv"]
    case .html: ["html", "htm"]
    case .dot: ["dot", "gv"]
    case .svg: ["svg"]
    case .png: ["png"]
    case .pdf: ["pdf"]
    }
  }

  /// The format a file name's extension names, in any letter case; `nil`
  /// when the name has no extension or one no format uses.
  public init?(fileName: String) {
    guard let dot = fileName.lastIndex(of: "."),
      !fileName[fileName.index(after: dot)...].contains("/")
    else { return nil }
    let ending = fileName[fileName.index(after: dot)...].lowercased()
    guard let format = Self.allCases.first(where: { $0.extensions.contains(ending) }) else {
      return nil
    }
    self = format
  }

  /// The extensions of `formats`, as a message lists them (`.txt, .json or .md`).
  public static func extensionList(_ formats: [FileFormat]) -> String {
    Formatting.alternatives(formats.flatMap(\.extensions).map { "." + $0 })
  }
}

extension DocumentWriter.Format {
  /// The spelling a file name asks for: JSON for `.json`, else YAML (as
  /// the loader reads it).
  public init(fileName: String) {
    self = FileFormat(fileName: fileName) == .json ? .json : .yaml
  }

  /// The spelling of a ``FileFormat``, if it is one of the two.
  public init?(_ format: FileFormat) {
    switch format {
    case .json: self = .json
    case .yaml: self = .yaml
    default: return nil
    }
  }
}
