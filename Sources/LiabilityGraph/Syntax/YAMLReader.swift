import CYAML

/// Reads YAML text into a ``SyntaxNode`` tree, guarding against input that
/// would exhaust the stack (deep nesting) or memory and time (alias bombs).
///
/// libyaml scans and parses the text into events; the tree is built from
/// the events straight away (no intermediate tree), one frame per open list
/// or mapping, so nothing recurses on the input's depth. Duplicate keys and
/// aliases are resolved here, each with the place the file wrote it.
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
    let result: Result<SyntaxNode?, DiagnosticList>
    if let direct = text.utf8.withContiguousStorageIfAvailable({ compose($0, text: text) }) {
      result = direct
    } else {
      let bytes = Array(text.utf8)
      result = bytes.withUnsafeBufferPointer { compose($0, text: text) }
    }
    switch result {
    case .failure(let problems):
      return .failure(problems)
    case .success(let root):
      guard let root, !root.isNull else {
        return .failure(
          DiagnosticList(
            .error, .notAChain, "the file is empty",
            at: SourceLocation(file: file, line: 1, column: 1)))
      }
      return .success(root)
    }
  }

  /// The single document of `bytes` as a tree, nil when there is none.
  private func compose(_ bytes: UnsafeBufferPointer<UInt8>, text: String)
    -> Result<SyntaxNode?, DiagnosticList>
  {
    guard let start = bytes.baseAddress, !bytes.isEmpty else { return .success(nil) }
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    defer { parser.deallocate() }
    guard yaml_parser_initialize(parser) == 1 else {
      return .failure(
        DiagnosticList(
          .error, .inputLimit, "YAML could not be read: out of memory",
          at: SourceLocation(file: file, line: 1, column: 1)))
    }
    defer { yaml_parser_delete(parser) }
    yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(parser, start, bytes.count)

    var builder = TreeBuilder(
      file: file,
      budget: bytes.count * SyntaxLimits.nodesPerByte + SyntaxLimits.nodeAllowance)
    var event = yaml_event_t()
    var documents = 0
    while true {
      guard yaml_parser_parse(parser, &event) == 1 else {
        return .failure(DiagnosticList(diagnostic(for: parser.pointee, in: text)))
      }
      defer { yaml_event_delete(&event) }
      let mark = (line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
      let problem: Diagnostic?
      switch event.type {
      case YAML_STREAM_END_EVENT:
        return .success(builder.root)
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        problem =
          documents > 1
          ? Diagnostic(
            .error, .syntaxError,
            "YAML syntax: a second document starts here; a chain file holds one document",
            at: SourceLocation(file: file, line: mark.line, column: mark.column)) : nil
      case YAML_SCALAR_EVENT:
        let scalar = event.data.scalar
        let value = String(
          decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length),
          as: UTF8.self)
        let plain =
          scalar.style == YAML_PLAIN_SCALAR_STYLE || scalar.style == YAML_ANY_SCALAR_STYLE
        problem = builder.scalar(
          value, plain: plain, anchor: Self.text(scalar.anchor), at: mark)
      case YAML_SEQUENCE_START_EVENT:
        problem = builder.open(
          mapping: false, anchor: Self.text(event.data.sequence_start.anchor), at: mark)
      case YAML_MAPPING_START_EVENT:
        problem = builder.open(
          mapping: true, anchor: Self.text(event.data.mapping_start.anchor), at: mark)
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        problem = builder.close()
      case YAML_ALIAS_EVENT:
        problem = builder.alias(Self.text(event.data.alias.anchor) ?? "", at: mark)
      default:
        // Stream start, document end: nothing to build.
        problem = nil
      }
      if let problem { return .failure(DiagnosticList(problem)) }
    }
  }

  /// A C string of libyaml's (an anchor's name), if there is one.
  private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let pointer else { return nil }
    return String(cString: pointer)
  }

  private func diagnostic(for parser: yaml_parser_t, in text: String) -> Diagnostic {
    func at(_ mark: yaml_mark_t) -> SourceLocation {
      SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }
    let problem = parser.problem.map { String(cString: $0) } ?? "the text does not parse"
    switch parser.error {
    case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
      let mark = parser.problem_mark
      if Self.character(in: text, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        == "\t"
      {
        return Diagnostic(
          .error, .syntaxError, "YAML syntax: a tab cannot indent YAML; indent with spaces",
          at: at(mark))
      }
      var message = "YAML syntax: \(problem)"
      var notes: [Diagnostic.Note] = []
      if let contextText = parser.context.map({ String(cString: $0) }) {
        message += " (\(contextText))"
        let context = parser.context_mark
        if context.line != mark.line || context.column != mark.column {
          notes.append(.init(contextText, at: at(context)))
        }
      }
      return Diagnostic(.error, .syntaxError, message, at: at(mark), notes: notes)
    case YAML_READER_ERROR:
      // The reader's mark is where it stopped; the offset is the byte.
      let place = Self.place(ofByte: parser.problem_offset, in: text)
      return Diagnostic(
        .error, .syntaxError, "YAML reader: \(problem)",
        at: SourceLocation(file: file, line: place.line, column: place.column))
    case YAML_MEMORY_ERROR:
      return Diagnostic(
        .error, .inputLimit, "YAML could not be read: out of memory",
        at: SourceLocation(file: file, line: 1, column: 1))
    default:
      return Diagnostic(
        .error, .syntaxError, "YAML could not be read: \(problem)",
        at: at(parser.problem_mark))
    }
  }
}

/// Builds the tree from libyaml's events: one frame per open list or
/// mapping, anchors kept with their size, and a budget of nodes.
private struct TreeBuilder {
  /// An open list or mapping.
  struct Frame {
    var line: Int
    var column: Int
    var anchor: String?
    var isMapping: Bool
    var items: [SyntaxNode] = []
    var entries: [SyntaxEntry] = []
    /// The key read, waiting for its value (mappings).
    var key: Key?
    /// The scalar keys written so far, by text, once the mapping has more
    /// than `indexedFrom` entries.
    var keyIndex: [String: Int] = [:]
    /// Entries whose key is a list or mapping (not compared as text).
    var composedKeys: Set<Int> = []
    /// Nodes in the frame so far, itself included.
    var size = 1
  }

  /// A mapping key: its text (as written, or a description of a list or
  /// mapping used as a key) and where it was written.
  struct Key {
    var text: String
    var line: Int
    var column: Int
    var isScalar: Bool
  }

  let file: String
  /// Nodes left: a file cannot hold more than a few per byte without aliases.
  var budget: Int
  /// Nodes added by aliases so far.
  var expanded = 0
  var stack: [Frame] = []
  var anchors: [String: (node: SyntaxNode, key: Key, size: Int)] = [:]
  var root: SyntaxNode?

  init(file: String, budget: Int) {
    self.file = file
    self.budget = budget
  }

  mutating func scalar(
    _ value: String, plain: Bool, anchor: String?, at mark: (line: Int, column: Int)
  ) -> Diagnostic? {
    let content: SyntaxNode.Content =
      plain && ["", "~", "null", "Null", "NULL"].contains(value)
      ? .null : .scalar(value, quoted: !plain)
    let node = SyntaxNode(content: content, line: mark.line, column: mark.column)
    let key = Key(text: value, line: mark.line, column: mark.column, isScalar: true)
    if let anchor { anchors[anchor] = (node, key, 1) }
    return add(node, as: key, size: 1, at: mark)
  }

  mutating func open(mapping: Bool, anchor: String?, at mark: (line: Int, column: Int))
    -> Diagnostic?
  {
    if stack.count > SyntaxLimits.maxDepth * 4 {
      return Diagnostic(
        .error, .inputLimit, "nesting deeper than \(SyntaxLimits.maxDepth) levels",
        at: SourceLocation(file: file, line: mark.line, column: mark.column))
    }
    stack.append(
      Frame(line: mark.line, column: mark.column, anchor: anchor, isMapping: mapping))
    return nil
  }

  mutating func close() -> Diagnostic? {
    guard let frame = stack.popLast() else { return nil }
    let content: SyntaxNode.Content =
      frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items)
    let node = SyntaxNode(content: content, line: frame.line, column: frame.column)
    let key = Key(
      text: "<\(frame.isMapping ? "a mapping" : "a list") used as a key>",
      line: frame.line, column: frame.column, isScalar: false)
    if let anchor = frame.anchor { anchors[anchor] = (node, key, frame.size) }
    return add(node, as: key, size: frame.size, at: (frame.line, frame.column), counted: true)
  }

  mutating func alias(_ name: String, at mark: (line: Int, column: Int)) -> Diagnostic? {
    guard let anchored = anchors[name] else {
      return Diagnostic(
        .error, .syntaxError, "YAML syntax: found undefined alias '*\(name)'",
        at: SourceLocation(file: file, line: mark.line, column: mark.column))
    }
    expanded += anchored.size
    if expanded > SyntaxLimits.maxAliasExpansion { return aliasBomb(at: mark) }
    return add(anchored.node, as: anchored.key, size: anchored.size, at: mark)
  }

  /// Adds a finished node to the open frame (or makes it the root),
  /// spending its size from the budget. A collection's nodes were spent
  /// one by one as they were added (`counted`): only the collection itself
  /// is spent then.
  private mutating func add(
    _ node: SyntaxNode, as key: Key, size: Int, at mark: (line: Int, column: Int),
    counted: Bool = false
  ) -> Diagnostic? {
    budget -= counted ? 1 : size
    if budget < 0 { return aliasBomb(at: mark) }
    guard !stack.isEmpty else {
      root = node
      return nil
    }
    let top = stack.count - 1
    stack[top].size += size
    guard stack[top].isMapping else {
      stack[top].items.append(node)
      return nil
    }
    guard let pending = stack[top].key else {
      stack[top].key = key
      return nil
    }
    stack[top].key = nil
    budget -= 1
    if budget < 0 { return aliasBomb(at: mark) }
    if pending.isScalar, let first = firstEntry(keyed: pending.text, in: top) {
      let earlier = stack[top].entries[first]
      return Diagnostic(
        .error, .duplicateKey, "duplicate key '\(pending.text)' in one mapping",
        at: SourceLocation(file: file, line: pending.line, column: pending.column),
        notes: [
          .init(
            "first written here",
            at: SourceLocation(file: file, line: earlier.keyLine, column: earlier.keyColumn))
        ])
    }
    let index = stack[top].entries.count
    if !pending.isScalar { stack[top].composedKeys.insert(index) }
    stack[top].entries.append(
      SyntaxEntry(
        key: pending.text, keyLine: pending.line, keyColumn: pending.column, value: node))
    // Scalar keys are unique here (a repeat was refused above).
    if index == Self.indexedFrom {
      for (i, entry) in stack[top].entries.enumerated()
      where !stack[top].composedKeys.contains(i) {
        stack[top].keyIndex[entry.key] = i
      }
    } else if index > Self.indexedFrom, pending.isScalar {
      stack[top].keyIndex[pending.text] = index
    }
    return nil
  }

  /// Mappings of more keys than this find a repeated key by an index;
  /// smaller ones (nearly all) by looking through their keys.
  static let indexedFrom = 16

  private func firstEntry(keyed text: String, in frame: Int) -> Int? {
    if stack[frame].entries.count > Self.indexedFrom { return stack[frame].keyIndex[text] }
    for (i, entry) in stack[frame].entries.enumerated()
    where entry.key == text && !stack[frame].composedKeys.contains(i) {
      return i
    }
    return nil
  }

  private func aliasBomb(at mark: (line: Int, column: Int)) -> Diagnostic {
    Diagnostic(
      .error, .inputLimit,
      "YAML aliases expand to more than \(SyntaxLimits.maxAliasExpansion) values here "
        + "(an alias bomb, \"billion laughs\"); write the repeated values out or use "
        + "fewer aliases",
      at: SourceLocation(file: file, line: mark.line, column: mark.column))
  }
}

extension SyntaxNode {
  fileprivate var isNull: Bool {
    if case .null = content { return true }
    return false
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

  /// The 1-based line and column (in Unicode scalars) of a byte offset.
  static func place(ofByte offset: Int, in text: String) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    var consumed = 0
    for scalar in text.unicodeScalars {
      let width = UTF8.width(scalar)
      if consumed + width > offset { break }
      consumed += width
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (line, column)
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
