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
        return failure(path, "is a directory, not a liability-graph file")
      }
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      let reason =
        FileManager.default.fileExists(atPath: path)
        ? "cannot be read (\(error.localizedDescription))"
        : "does not exist"
      return failure(path, reason)
    }
    return load(
      bytes: [UInt8](data), file: path,
      json: path.lowercased().hasSuffix(".json"))
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
              .error,
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
      return (Result(document: nil, graph: nil, diagnostics: list.diagnostics), nil)
    }
    let decoder = DocumentDecoder(file: file, builtins: BuiltinLicenses.shared)
    let decoded = decoder.decode(root)
    if let decoded {
      decoder.resolveReferences()
      decoder.checkLineageCycles(decoded.models)
      decoder.checkDates(decoded)
      decoder.checkSystemChanges(decoded)
    }
    var diagnostics = decoder.diagnostics
    guard let document = decoded,
      !diagnostics.contains(where: { $0.severity == .error })
    else {
      return (Result(document: nil, graph: nil, diagnostics: sorted(diagnostics)), root)
    }
    let graph = SupplyChainGraph(document: document)
    diagnostics += graph.roleConflicts()
    return (Result(document: document, graph: graph, diagnostics: sorted(diagnostics)), root)
  }

  static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated().sorted { a, b in
      a.element.location == b.element.location
        ? a.offset < b.offset : a.element.location < b.element.location
    }.map(\.element)
  }

  static func failure(_ file: String, _ reason: String, line: Int = 1) -> Result {
    Result(
      document: nil, graph: nil,
      diagnostics: [
        Diagnostic(
          .error, "the file \(reason)",
          at: SourceLocation(file: file, line: line, column: 1))
      ])
  }
}
