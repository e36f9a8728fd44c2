import Foundation

/// Reads `liability-graph/1` files (YAML or JSON) into checked documents.
///
/// Loading never stops at the first problem and never half-loads: it
/// collects every diagnostic, and returns a document only when there is no
/// error.
///
/// ```swift
/// let result = Loader.load(path: "examples/llama-3.1-lexbot.yaml")
/// for diagnostic in result.diagnostics { print(diagnostic) }
/// if let graph = result.graph { print(graph.nodeCount) }
/// ```
public enum Loader {
  /// What loading a file produced.
  public struct Result: Sendable {
    /// The document, or nil when there was any error.
    public var document: Document?
    /// The whole-history graph of the document, or nil on error.
    public var graph: SupplyChainGraph?
    /// Every diagnostic (errors, warnings), sorted by place.
    public var diagnostics: [Diagnostic]

    /// A result with these parts.
    public init(document: Document?, graph: SupplyChainGraph?, diagnostics: [Diagnostic]) {
      self.document = document
      self.graph = graph
      self.diagnostics = diagnostics
    }

    /// Whether the file loaded without errors.
    public var succeeded: Bool { document != nil }
    /// The errors alone.
    public var errors: [Diagnostic] {
      diagnostics.filter { $0.severity == .error }
    }
    /// The warnings alone.
    public var warnings: [Diagnostic] {
      diagnostics.filter { $0.severity == .warning }
    }
  }

  /// Reads the file at `path`. JSON when the name ends in `.json`, YAML
  /// otherwise.
  public static func load(path: String) -> Result {
    let data: Data
    do {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue
      {
        return failure(path, "is a directory, not a liability-graph file", code: .unreadableFile)
      }
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      let reason =
        FileManager.default.fileExists(atPath: path)
        ? "cannot be read (\(error.localizedDescription))"
        : "does not exist"
      return failure(path, reason, code: .unreadableFile)
    }
    return load(
      bytes: [UInt8](data), file: path,
      json: DocumentWriter.Format(fileName: path) == .json)
  }

  /// Reads a file's bytes; `file` names it in diagnostics.
  public static func load(bytes: [UInt8], file: String, json: Bool) -> Result {
    loadKeepingSyntax(bytes: bytes, file: file, json: json).result
  }

  /// As ``load(bytes:file:json:)``, also returning the parsed syntax tree
  /// (nil when the file could not be parsed): what the file wrote, item by
  /// item, for storing it as written.
  package static func loadKeepingSyntax(bytes: [UInt8], file: String, json: Bool) -> (
    result: Result, syntax: SyntaxNode?
  ) {
    var bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let kind = FileKind.binary(bytes) {
      return (failure(file, "is \(kind), not a liability-graph file (YAML or JSON)"), nil)
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let bad = UTF8Check.firstInvalid(in: bytes)
      let offset = bad?.offset ?? 0
      let byte = offset < bytes.count ? bytes[offset] : 0
      let hex = String(byte, radix: 16, uppercase: true)
      return (
        Result(
          document: nil, graph: nil,
          diagnostics: [
            Diagnostic(
              .error, .notUTF8,
              "the file is not UTF-8: byte 0x\(hex.count < 2 ? "0" + hex : hex) "
                + "at offset \(offset) is not valid UTF-8 (save the file as "
                + "UTF-8)",
              at: SourceLocation(
                file: file, line: bad?.line ?? 1, column: bad?.column ?? 1))
          ]), nil
      )
    }
    if text.allSatisfy({ $0.isWhitespace }) {
      return (failure(file, "is empty", line: 1), nil)
    }
    let parsed =
      json
      ? JSONReader(file: file).read(bytes) : YAMLReader(file: file).read(text)
    let root: SyntaxNode
    switch parsed {
    case .success(let node): root = node
    case .failure(let list):
      if let markdown = FileKind.markdown(text) {
        return (failure(file, markdown.message, line: markdown.line), nil)
      }
      return (Result(document: nil, graph: nil, diagnostics: list.diagnostics), nil)
    }
    if let problem = FileKind.notAChain(root, text: text) {
      return (failure(file, problem.message, line: problem.line), root)
    }
    let decoder = DocumentDecoder(file: file, builtins: BuiltinLicenses.shared)
    guard let decoded = decoder.decode(root) else {
      return (Result(document: nil, graph: nil, diagnostics: sorted(decoder.diagnostics)), root)
    }
    return (check(decoded, earlier: decoder.diagnostics, sites: decoder.sites), root)
  }

  /// Decodes a syntax tree that holds a whole document (a store's items as
  /// their files wrote them) without the checks across items: the
  /// document, or nil when it cannot be read at all, and every problem
  /// found on the way.
  package static func decode(_ root: SyntaxNode, file: String) -> (Document?, [Diagnostic]) {
    let decoder = DocumentDecoder(file: file, builtins: BuiltinLicenses.shared)
    let document = decoder.decode(root)
    return (document, decoder.diagnostics)
  }

  /// Checks a document however it was made (by the loader, a store, an
  /// importer or code), as a file is checked: ids, references, lineage
  /// cycles, dates, system changes, then the roles the file asserts. The
  /// result holds the document and its graph when there is no error.
  public static func check(_ document: Document) -> Result {
    check(document, earlier: [], sites: nil)
  }

  /// As ``check(_:)``; with `graph: false` the result holds no graph
  /// (its reader builds its own, as of a date), and one is built only when
  /// a party asserts roles to check.
  package static func check(
    _ document: Document, earlier: [Diagnostic], sites: WrittenSites?, graph: Bool = true
  ) -> Result {
    var diagnostics =
      earlier
      + DocumentChecks.diagnostics(for: document, builtins: BuiltinLicenses.shared, sites: sites)
    guard !diagnostics.contains(where: { $0.severity == .error }) else {
      return Result(document: nil, graph: nil, diagnostics: sorted(diagnostics))
    }
    let asserts = document.parties.contains { !$0.assertedRoles.isEmpty }
    let built = graph || asserts ? SupplyChainGraph(document: document) : nil
    if asserts, let built { diagnostics += built.roleConflicts() }
    return Result(document: document, graph: graph ? built : nil, diagnostics: sorted(diagnostics))
  }

  static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated().sorted { a, b in
      a.element.location == b.element.location
        ? a.offset < b.offset : a.element.location < b.element.location
    }.map(\.element)
  }

  static func failure(
    _ file: String, _ reason: String, line: Int = 1, code: DiagnosticCode = .notAChain
  ) -> Result {
    Result(
      document: nil, graph: nil,
      diagnostics: [
        Diagnostic(
          .error, code, "the file \(reason)",
          at: SourceLocation(file: file, line: line, column: 1))
      ])
  }
}

/// What a file that is not a chain looks like, so that the error says so
/// rather than quoting a parser.
enum FileKind {
  /// Binary files by their first bytes.
  static func binary(_ bytes: [UInt8]) -> String? {
    let signatures: [([UInt8], String)] = [
      (Array("%PDF-".utf8), "a PDF document"),
      ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or an Office document)"),
      ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
      ([0xFF, 0xD8, 0xFF], "a JPEG image"),
      ([0x1F, 0x8B], "a gzip archive"),
      (Array("SQLite format 3".utf8), "an SQLite database (use --db for a store)"),
    ]
    for (signature, kind) in signatures where bytes.starts(with: signature) { return kind }
    return nil
  }

  /// Whether a line reads as a YAML key (`format: liability-graph/1`,
  /// `parties:`), or a JSON object's start.
  static func looksLikeKey(_ line: String) -> Bool {
    if line.hasPrefix("{") { return true }
    guard let colon = line.firstIndex(of: ":") else { return false }
    let key = line[..<colon]
    guard !key.isEmpty, !key.contains(" ") || key.hasPrefix("\"") else { return false }
    let after = line[line.index(after: colon)...]
    return after.isEmpty || after.hasPrefix(" ")
  }

  /// A Markdown file by its first lines: a heading, a list or a table.
  static func markdown(_ text: String) -> (message: String, line: Int)? {
    // A file of YAML comments alone is empty, not Markdown.
    let content = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    if content.allSatisfy({ $0.hasPrefix("#") }) { return nil }
    // A file that starts as YAML (its first line that is not a comment is a
    // key) is YAML with an error, its `# ...` lines comments; one that opens
    // with front matter (`---`) is a card whose body may follow.
    if let first = content.first(where: { !$0.hasPrefix("#") }), first != "---",
      looksLikeKey(first)
    {
      return nil
    }
    var number = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(40) {
      number += 1
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed == "---" { continue }
      let heading = trimmed.hasPrefix("# ") || trimmed.hasPrefix("## ")
      let fence = trimmed.hasPrefix("```")
      let table = trimmed.hasPrefix("|") && trimmed.hasSuffix("|")
      if heading || fence || table {
        return (
          "looks like Markdown (" + (heading ? "a heading" : fence ? "a code fence" : "a table")
            + " at line \(number)), not a liability-graph file: a chain is YAML or JSON that "
            + "starts with 'format: liability-graph/1' (a Hugging Face model card: lgraph "
            + "import hf)", number
        )
      }
    }
    return nil
  }

  /// A parsed file that cannot be a chain: not a mapping, an empty one, or
  /// another format's document.
  static func notAChain(_ root: SyntaxNode, text: String) -> (message: String, line: Int)? {
    switch root.content {
    case .mapping(let entries):
      if entries.isEmpty {
        return (
          "is an empty mapping: a chain starts with 'format: liability-graph/1' and has "
            + "sections such as parties and models", root.line
        )
      }
      let keys = Set(entries.map(\.key))
      guard !keys.contains("format") else { return nil }
      let foreign: [(Set<String>, String)] = [
        (["bomFormat", "specVersion"], "a CycloneDX document (lgraph import cyclonedx)"),
        (["spdxVersion"], "an SPDX 2 document (lgraph imports SPDX 3.0.1: lgraph import spdx3)"),
        (["@context", "@graph"], "an SPDX 3 document (lgraph import spdx3)"),
        (["framework", "release"], "a Model Openness Framework file (lgraph import mof)"),
        (["base_model"], "Hugging Face model card metadata (lgraph import hf)"),
        (
          ["created_date", "dependencies"],
          "ecosystem-graphs assets (lgraph import ecosystem-graphs)"
        ),
      ]
      for (markers, kind) in foreign where !markers.isDisjoint(with: keys) {
        return ("is \(kind), not a liability-graph file", root.line)
      }
      return nil
    case .sequence(let items):
      if items.contains(where: {
        if case .mapping(let entries) = $0.content {
          return entries.contains { $0.key == "type" } && entries.contains { $0.key == "name" }
        }
        return false
      }) {
        return (
          "is a list, like ecosystem-graphs assets (lgraph import ecosystem-graphs), not a "
            + "liability-graph file", root.line
        )
      }
      return (
        "is a list, not a liability-graph file: a chain is a mapping that starts with "
          + "'format: liability-graph/1'", root.line
      )
    case .scalar:
      if let markdown = markdown(text) { return markdown }
      return (
        "is plain text, not a liability-graph file: a chain is YAML or JSON that starts with "
          + "'format: liability-graph/1'", root.line
      )
    case .null:
      return nil
    }
  }
}
