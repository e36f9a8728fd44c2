import Yams

/// Reads YAML text into a ``SyntaxNode`` tree, guarding against input that
/// would exhaust the stack (deep nesting) or memory and time (alias bombs).
package struct YAMLReader {
  package var file: String

  package init(file: String) {
    self.file = file
  }

  /// Parses `text`; on failure returns the diagnostics that say why.
  package func read(_ text: String) -> Result<SyntaxNode, DiagnosticList> {
    if let deep = NestingScanner.firstTooDeep(in: text) {
      return .failure(
        DiagnosticList(
          .error, .inputLimit,
          "nesting deeper than \(SyntaxLimits.maxDepth) levels; a "
            + "liability-graph file never needs this, so the file is "
            + "rejected unread",
          at: SourceLocation(file: file, line: deep.line, column: deep.column)
        ))
    }
    let root: Node?
    do {
      // Tags are ignored (the decoder types each key), so skip their
      // regular-expression resolution: it dominates parsing time.
      let parser = try Parser(yaml: text, resolver: .basic)
      root = try parser.singleRoot()
    } catch let error as YamlError {
      return .failure(DiagnosticList(diagnostic(for: error, in: text)))
    } catch {
      return .failure(
        DiagnosticList(
          .error, .syntaxError, "YAML could not be read: \(error)",
          at: SourceLocation(file: file, line: 1, column: 1)))
    }
    guard let root else {
      return .failure(
        DiagnosticList(
          .error, .notAChain, "the file is empty",
          at: SourceLocation(file: file, line: 1, column: 1)))
    }
    var budget = Budget(
      nodes: text.utf8.count * SyntaxLimits.nodesPerByte + SyntaxLimits.nodeAllowance)
    guard let tree = convert(root, budget: &budget, depth: 0) else {
      // The furthest place reached: where an alias was being expanded.
      let place =
        budget.furthest.line > 0 ? budget.furthest : (root.mark?.line ?? 1, root.mark?.column ?? 1)
      return .failure(
        DiagnosticList(
          .error, .inputLimit,
          "YAML aliases expand to more than \(SyntaxLimits.maxAliasExpansion) values here "
            + "(an alias bomb, \"billion laughs\"); write the repeated values out or use "
            + "fewer aliases",
          at: SourceLocation(file: file, line: place.0, column: place.1)))
    }
    if case .null = tree.content {
      return .failure(
        DiagnosticList(
          .error, .notAChain, "the file is empty",
          at: SourceLocation(file: file, line: 1, column: 1)))
    }
    return .success(tree)
  }

  /// What converting may still spend. Nodes are visited in document
  /// order, so a node whose place in the file comes before one already
  /// visited is a copy an alias made: those are counted against a fixed
  /// ceiling, whatever the file's size.
  struct Budget {
    /// Nodes left in all (bounded by the file's size: a file cannot hold
    /// more than a few nodes per byte without aliases).
    var nodes: Int
    /// Nodes made by aliases so far.
    var expanded = 0
    /// The furthest place in the file visited so far.
    var furthest = (line: 0, column: 0)

    /// Spends one node at `mark`; false when a limit is reached.
    mutating func spend(_ mark: Mark?) -> Bool {
      nodes -= 1
      if let mark {
        if (mark.line, mark.column) < furthest {
          expanded += 1
        } else {
          furthest = (mark.line, mark.column)
        }
      }
      return nodes >= 0 && expanded <= SyntaxLimits.maxAliasExpansion
    }
  }

  /// Converts a Yams node, spending one unit of `budget` per node visited;
  /// returns nil when the budget runs out (aliases expand without bound).
  private func convert(_ node: Node, budget: inout Budget, depth: Int)
    -> SyntaxNode?
  {
    guard budget.spend(node.mark), depth <= SyntaxLimits.maxDepth * 4 else { return nil }
    let line = node.mark?.line ?? 1
    let column = node.mark?.column ?? 1
    switch node {
    case .scalar(let scalar):
      if scalar.style == .plain || scalar.style == .any,
        ["", "~", "null", "Null", "NULL"].contains(scalar.string)
      {
        return SyntaxNode(content: .null, line: line, column: column)
      }
      let quoted = !(scalar.style == .plain || scalar.style == .any)
      return SyntaxNode(
        content: .scalar(scalar.string, quoted: quoted), line: line,
        column: column)
    case .sequence(let sequence):
      var items: [SyntaxNode] = []
      items.reserveCapacity(sequence.count)
      for item in sequence {
        guard let converted = convert(item, budget: &budget, depth: depth + 1)
        else { return nil }
        items.append(converted)
      }
      return SyntaxNode(content: .sequence(items), line: line, column: column)
    case .mapping(let mapping):
      var entries: [SyntaxEntry] = []
      entries.reserveCapacity(mapping.count)
      for (key, value) in mapping {
        guard budget.spend(nil),
          let converted = convert(value, budget: &budget, depth: depth + 1)
        else { return nil }
        let keyText: String
        switch key {
        case .scalar(let scalar): keyText = scalar.string
        default: keyText = "<\(SyntaxNode.describe(key)) used as a key>"
        }
        entries.append(
          SyntaxEntry(
            key: keyText, keyLine: key.mark?.line ?? line,
            keyColumn: key.mark?.column ?? column, value: converted))
      }
      return SyntaxNode(content: .mapping(entries), line: line, column: column)
    case .alias(let alias):
      // Yams resolves aliases while composing; an unresolved one is an error.
      return SyntaxNode(
        content: .scalar("*\(alias.anchor.rawValue)", quoted: true),
        line: line, column: column)
    }
  }

  private func diagnostic(for error: YamlError, in text: String) -> Diagnostic {
    func at(_ mark: Mark) -> SourceLocation {
      SourceLocation(file: file, line: mark.line, column: mark.column)
    }
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      if Self.character(in: text, line: mark.line, column: mark.column) == "\t" {
        return Diagnostic(
          .error, .syntaxError, "YAML syntax: a tab cannot indent YAML; indent with spaces",
          at: at(mark))
      }
      var message = "YAML syntax: \(problem)"
      var notes: [Diagnostic.Note] = []
      if let context {
        message += " (\(context.text))"
        if context.mark.line != mark.line || context.mark.column != mark.column {
          notes.append(.init(context.text, at: at(context.mark)))
        }
      }
      return Diagnostic(.error, .syntaxError, message, at: at(mark), notes: notes)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      return Diagnostic(
        .error, .duplicateKey, "duplicate key \(keys) in one mapping", at: at(context.mark))
    case .reader(let problem, let offset, _, _):
      return Diagnostic(
        .error, .syntaxError,
        "YAML reader: \(problem)" + (offset.map { " at byte \($0)" } ?? ""),
        at: SourceLocation(file: file, line: 1, column: 1))
    default:
      return Diagnostic(
        .error, .syntaxError, "YAML could not be read: \(error)",
        at: SourceLocation(file: file, line: 1, column: 1))
    }
  }
}

extension YAMLReader {
  /// The character at a 1-based line and column (in Unicode scalars).
  static func character(in text: String, line: Int, column: Int) -> Unicode.Scalar? {
    var currentLine = 1
    var currentColumn = 1
    for scalar in text.unicodeScalars {
      if currentLine == line && currentColumn == column { return scalar }
      if currentLine > line { return nil }
      if scalar == "\n" {
        currentLine += 1
        currentColumn = 1
      } else {
        currentColumn += 1
      }
    }
    return nil
  }
}

extension SyntaxNode {
  fileprivate static func describe(_ node: Node) -> String {
    switch node {
    case .scalar: return "a scalar"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    case .alias: return "an alias"
    }
  }
}

/// A list of diagnostics that is itself an error (for `Result`).
package struct DiagnosticList: Error, Sendable {
  package var diagnostics: [Diagnostic]

  init(_ diagnostic: Diagnostic) { diagnostics = [diagnostic] }

  init(
    _ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ message: String,
    at: SourceLocation
  ) {
    diagnostics = [Diagnostic(severity, code, message, at: at)]
  }
}
