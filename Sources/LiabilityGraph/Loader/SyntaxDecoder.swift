/// Reads values out of a ``SyntaxNode`` tree with typed accessors that
/// report every problem as a ``Diagnostic`` instead of stopping at the first.
/// Shared by the graph loader and the regime-pack loader.
package class SyntaxDecoder {
  package let file: String
  package var diagnostics: [Diagnostic] = []
  /// Whether an unquoted `unknown` stands for "not stated" in number,
  /// date, boolean and enum values (chain files: a fact may be written as
  /// unknown; regime packs: no).
  package var acceptsUnknown = false

  // Internal designated init, package convenience init: a `package`
  // designated init on a subclassed class draws a spurious "infinite
  // recursion" warning from the Swift 6.3 compiler.
  init(file: String) {
    self.file = file
  }

  /// A decoder whose diagnostics name `file`.
  package convenience init(reading file: String) {
    self.init(file: file)
  }

  // MARK: Reporting

  package func location(_ node: SyntaxNode) -> SourceLocation {
    SourceLocation(file: file, line: node.line, column: node.column)
  }

  package func location(key entry: SyntaxEntry) -> SourceLocation {
    SourceLocation(file: file, line: entry.keyLine, column: entry.keyColumn)
  }

  package func error(
    _ code: DiagnosticCode, _ message: String, at location: SourceLocation,
    notes: [Diagnostic.Note] = []
  ) {
    diagnostics.append(Diagnostic(.error, code, message, at: location, notes: notes))
  }

  package func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
    diagnostics.append(Diagnostic(.warning, code, message, at: location))
  }

  // MARK: Scalars

  /// Whether `node` is the word `unknown` where a fact may be unknown: the
  /// fact is not stated.
  package func isUnknown(_ node: SyntaxNode) -> Bool {
    // Quoted too: JSON has no bare words, and `"unknown"` means the same in
    // YAML where a number, date, boolean or choice is expected.
    guard acceptsUnknown, case .scalar(let value, _) = node.content else { return false }
    return value == "unknown"
  }

  /// A value as a message quotes it: whole when short, else its start and
  /// its length (a message never repeats megabytes of input).
  package static func shown(_ value: String) -> String {
    guard value.count > 60 else { return "'\(value)'" }
    return "'\(value.prefix(40))…' (\(value.count) characters)"
  }

  /// The first character of `value` that no text of a chain may hold: a
  /// control character other than tab, line feed and carriage return
  /// (C0, DEL, C1), or the noncharacters U+FFFE and U+FFFF. With its
  /// position (1-based, in characters).
  package static func forbiddenCharacter(in value: String) -> (Unicode.Scalar, Int)? {
    var position = 0
    for scalar in value.unicodeScalars {
      position += 1
      switch scalar.value {
      case 0x09, 0x0A, 0x0D: continue
      case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return (scalar, position)
      default: continue
      }
    }
    return nil
  }

  /// Text: any scalar within the limits (``SyntaxLimits/maxNameCharacters``
  /// for a name, ``SyntaxLimits/maxTextBytes`` for other text) and without
  /// control characters. Null means absent.
  package func text(_ node: SyntaxNode, _ key: String) -> String? {
    switch node.content {
    case .scalar(let value, _):
      if value.utf8.count > SyntaxLimits.maxTextBytes {
        error(
          .inputLimit,
          "'\(key)' is \(value.utf8.count) bytes long; text in a chain is at most "
            + "\(SyntaxLimits.maxTextBytes) bytes (put long documents in a source's url)",
          at: location(node))
        return nil
      }
      if key == "name", value.count > SyntaxLimits.maxNameCharacters {
        error(
          .inputLimit,
          "'name' is \(value.count) characters long; a name is at most "
            + "\(SyntaxLimits.maxNameCharacters) characters (put the rest in 'description')",
          at: location(node))
        return nil
      }
      if let (scalar, position) = Self.forbiddenCharacter(in: value) {
        let code = String(scalar.value, radix: 16, uppercase: true)
        error(
          .controlCharacter,
          "'\(key)' holds the control character U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code) "
            + "at character \(position) of its value; remove it (text may hold tabs and line "
            + "breaks, no other control characters)",
          at: location(node))
        return nil
      }
      return value
    case .null: return nil
    default:
      error(
        .wrongType,
        "'\(key)' must be text, found \(node.kindDescription)",
        at: location(node))
      return nil
    }
  }

  /// Ids use letters, digits and `. _ - / : @ +` (ASCII only).
  package func isValidID(_ id: String) -> Bool {
    let utf8 = id.utf8
    guard !utf8.isEmpty else { return false }
    return utf8.withContiguousStorageIfAvailable { Self.validIDBytes($0) }
      ?? Self.validIDBytes(Array(utf8))
  }

  package static func validIDBytes<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
    guard !bytes.isEmpty, bytes.count <= SyntaxLimits.maxIDBytes else { return false }
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "@"),
        UInt8(ascii: "+"):
        continue
      default:
        return false
      }
    }
    return true
  }

  /// An id used as a reference (syntax checked; existence checked later).
  package func idText(_ node: SyntaxNode, _ key: String) -> String? {
    guard let value = text(node, key) else { return nil }
    guard isValidID(value) else {
      error(
        .invalidID,
        "\(Self.shown(value)) is not a valid id for '\(key)': ids are 1 to "
          + "\(SyntaxLimits.maxIDBytes) characters long and "
          + "use letters, digits and . _ - / : @ +", at: location(node))
      return nil
    }
    return value
  }

  /// A number: finite, not negative, written without quotes.
  package func number(_ node: SyntaxNode, _ key: String) -> Double? {
    if isUnknown(node) { return nil }
    switch node.content {
    case .null: return nil
    case .scalar(let value, let quoted):
      guard let parsed = Self.parseNumber(value) else {
        if Self.parseNumber(value, finite: false) != nil {
          error(
            .invalidNumber,
            "'\(key)' is too large to hold: \(value) is beyond the range of a number",
            at: location(node))
        } else {
          error(
            .invalidNumber, "'\(key)' must be a number, found \(Self.shown(value))",
            at: location(node))
        }
        return nil
      }
      if parsed == 0,
        value.utf8.prefix(while: { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") })
          .contains(where: { $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9") })
      {
        error(
          .invalidNumber,
          "'\(key)' is too small to hold: \(value) would read as 0", at: location(node))
        return nil
      }
      if quoted {
        error(
          .invalidNumber,
          "'\(key)' must be a number, found a quoted string \"\(value)\" "
            + "(remove the quotes)", at: location(node))
        return nil
      }
      guard parsed >= 0 else {
        error(
          .invalidNumber,
          "'\(key)' must not be negative, found \(value)", at: location(node))
        return nil
      }
      return parsed
    default:
      error(
        .wrongType,
        "'\(key)' must be a number, found \(node.kindDescription)",
        at: location(node))
      return nil
    }
  }

  /// Parses decimal numbers like `76000`, `8.0e9`, `-1.5`, `1.2E+24`; no
  /// hex, no `inf`/`nan`, no underscores.
  package static func parseNumber(_ text: String, finite: Bool = true) -> Double? {
    var bytes = Array(text.utf8)[...]
    guard !bytes.isEmpty else { return nil }
    if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") {
      bytes = bytes.dropFirst()
    }
    func digits() -> Int {
      var n = 0
      while let b = bytes.first, b >= 48, b <= 57 {
        bytes = bytes.dropFirst()
        n += 1
      }
      return n
    }
    var mantissa = digits()
    if bytes.first == UInt8(ascii: ".") {
      bytes = bytes.dropFirst()
      mantissa += digits()
    }
    guard mantissa > 0 else { return nil }
    if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") {
        bytes = bytes.dropFirst()
      }
      guard digits() > 0 else { return nil }
    }
    guard bytes.isEmpty, let value = Double(text), value.isFinite || !finite else {
      return nil
    }
    return value
  }

  package func integer(_ node: SyntaxNode, _ key: String) -> Int? {
    guard let value = number(node, key) else { return nil }
    guard value == value.rounded() else {
      error(
        .invalidNumber, "'\(key)' must be a whole number, found \(Self.format(value))",
        at: location(node))
      return nil
    }
    guard value < 1e15 else {
      error(
        .invalidNumber,
        "'\(key)' is too large: it must be less than 10^15, found \(Self.format(value))",
        at: location(node))
      return nil
    }
    return Int(value)
  }

  /// A number as written in messages: whole numbers without a fraction.
  static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
  }

  package func bool(_ node: SyntaxNode, _ key: String) -> Bool? {
    if isUnknown(node) { return nil }
    switch node.content {
    case .null: return nil
    case .scalar(let value, false)
    where ["true", "True", "TRUE"].contains(value):
      return true
    case .scalar(let value, false)
    where ["false", "False", "FALSE"].contains(value):
      return false
    case .scalar(let value, _):
      error(
        .wrongType,
        "'\(key)' must be true or false, found \(Self.shown(value))", at: location(node))
      return nil
    default:
      error(
        .wrongType,
        "'\(key)' must be true or false, found \(node.kindDescription)",
        at: location(node))
      return nil
    }
  }

  package func date(_ node: SyntaxNode, _ key: String) -> Day? {
    if isUnknown(node) { return nil }
    guard let value = text(node, key) else { return nil }
    guard let day = Day(value) else {
      error(.invalidDate, "'\(key)' " + Self.dateProblem(value), at: location(node))
      return nil
    }
    return day
  }

  /// What is wrong with a date that does not parse: a day that does not
  /// exist (2022-11-31), or not the shape YYYY-MM-DD.
  static func dateProblem(_ value: String) -> String {
    let parts = value.split(separator: "-", omittingEmptySubsequences: false)
    if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    {
      let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
      ]
      guard (1...12).contains(month) else {
        return "is not a date: \(value) has no month \(month) (months run 01 to 12)"
      }
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      let length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
      if day < 1 || day > length {
        return "is not a date: \(value) does not exist (\(months[month - 1]) \(year) has "
          + "\(length) days)"
      }
    }
    return "must be a date written YYYY-MM-DD, found \(Self.shown(value))"
  }

  package func enumValue<E: CaseIterable & RawRepresentable>(
    _ node: SyntaxNode, _ key: String, _ type: E.Type
  ) -> E? where E.RawValue == String {
    if isUnknown(node) { return nil }
    guard let value = text(node, key) else { return nil }
    if let parsed = E(rawValue: value) { return parsed }
    let allowed = E.allCases.map(\.rawValue)
    error(
      .invalidValue,
      "\(Self.shown(value)) is not a valid value for '\(key)'"
        + Suggestion.hint(Suggestion.closest(to: value, in: allowed))
        + "; allowed: " + allowed.joined(separator: ", ")
        + (acceptsUnknown ? " (or unknown, when it is not known)" : ""),
      at: location(node))
    return nil
  }

  /// A harm from the closed list (``Harm``), written as the list spells it
  /// or by an alias; its canonical spelling.
  package func harm(_ node: SyntaxNode, _ key: String) -> String? {
    if isUnknown(node) { return nil }
    guard let value = text(node, key) else { return nil }
    if let harm = Harm.named(value) { return harm.rawValue }
    let allowed = Harm.allCases.map(\.rawValue)
    error(
      .invalidValue,
      "\(Self.shown(value)) is not a harm '\(key)' can name"
        + Suggestion.hint(Suggestion.closest(to: value.lowercased(), in: allowed))
        + "; allowed: " + allowed.joined(separator: ", ")
        + " (or an alias such as personal injury, data loss, copyright)",
      at: location(node))
    return nil
  }

  /// A jurisdiction: `EU`, an ISO 3166-1 alpha-2 code, or ISO 3166-2.
  package func jurisdiction(_ node: SyntaxNode, _ key: String) -> String? {
    guard let value = text(node, key) else { return nil }
    if Self.isJurisdiction(value) { return value }
    if Self.isJurisdictionShape(value) {
      let country = String(value.prefix(2))
      let hint: String
      if let iso = CountryCodes.aliases[country] {
        hint = " (ISO 3166-1 writes it \(iso))"
      } else if CountryCodes.iso3166.contains(country) {
        hint = ": \(value.dropFirst(3)) is not one of its ISO 3166-2 subdivisions"
      } else {
        hint = ": \(country) is not an ISO 3166-1 country code"
      }
      error(
        .invalidJurisdiction,
        "\(Self.shown(value)) in '\(key)' is not an ISO 3166 code\(hint)", at: location(node))
      return nil
    }
    error(
      .invalidJurisdiction,
      "\(Self.shown(value)) in '\(key)' is not a jurisdiction: use EU, an ISO 3166-1 "
        + "country code such as US or FR, or an ISO 3166-2 code such as "
        + "US-CA", at: location(node))
    return nil
  }

  package static func isJurisdiction(_ value: String) -> Bool {
    guard isJurisdictionShape(value) else { return false }
    if value == "EU" { return true }
    let country = String(value.prefix(2))
    guard CountryCodes.iso3166.contains(country) else { return false }
    if country == "US", value.count > 2 {
      return CountryCodes.usSubdivisions.contains(String(value.dropFirst(3)))
    }
    return true
  }

  /// The ISO 3166 spelling of a common non-ISO code (`UK` is `GB`, and
  /// `UK-...` keeps its subdivision), if it is one.
  package static func isoAlias(_ value: String) -> String? {
    let country = String(value.prefix(2))
    guard let iso = CountryCodes.aliases[country] else { return nil }
    let mapped = iso + value.dropFirst(2)
    return isJurisdiction(mapped) ? mapped : nil
  }

  /// Whether `value` has the shape of a jurisdiction code: `EU`, two
  /// capital letters, optionally `-` and one to three capitals or digits.
  package static func isJurisdictionShape(_ value: String) -> Bool {
    if value == "EU" { return true }
    let parts = value.split(separator: "-", omittingEmptySubsequences: false)
    guard let country = parts.first, country.count == 2,
      country.allSatisfy({ $0.isASCII && $0.isUppercase })
    else { return false }
    if parts.count == 1 { return true }
    guard parts.count == 2, let sub = parts.last else { return false }
    return (1...3).contains(sub.count)
      && sub.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
  }

  // MARK: Collections

  package func list(_ node: SyntaxNode, _ key: String) -> [SyntaxNode] {
    switch node.content {
    case .sequence(let items): return items
    case .null: return []
    default:
      error(
        .wrongType,
        "'\(key)' must be a list, found \(node.kindDescription)"
          + (node.kindDescription == "a scalar"
            ? " (write it as [value])" : ""),
        at: location(node))
      return []
    }
  }

  package func mapping(_ node: SyntaxNode, _ what: String) -> Fields? {
    guard case .mapping(let entries) = node.content else {
      error(
        .wrongType,
        "\(what) must be a mapping, found \(node.kindDescription)",
        at: location(node))
      return nil
    }
    return Fields(node: node, entries: entries)
  }

  /// A list of things of one kind, with duplicates reported as warnings.
  package func strings(
    _ node: SyntaxNode, _ key: String,
    _ element: (SyntaxNode, String) -> String?
  ) -> [String] {
    var out: [String] = []
    var seen: Set<String> = []
    for item in list(node, key) {
      guard let value = element(item, key) else { continue }
      if !seen.insert(value).inserted {
        warning(
          .listedTwice, "\(Self.shown(value)) is listed twice in '\(key)'", at: location(item))
        continue
      }
      out.append(value)
    }
    return out
  }

  package func enumList<E: CaseIterable & RawRepresentable>(
    _ node: SyntaxNode, _ key: String, _ type: E.Type
  ) -> [E] where E.RawValue == String {
    strings(node, key) { item, key in
      self.enumValue(item, key, type)?.rawValue
    }.compactMap { E(rawValue: $0) }
  }

  package func extra(_ node: SyntaxNode) -> FreeValue {
    switch node.content {
    case .null: return .null
    case .scalar(let value, let quoted):
      if !quoted {
        if ["true", "True", "TRUE"].contains(value) { return .bool(true) }
        if ["false", "False", "FALSE"].contains(value) { return .bool(false) }
        if let number = Self.parseNumber(value) { return .number(number) }
      }
      return .string(value)
    case .sequence(let items): return .list(items.map(extra))
    case .mapping(let entries):
      return .map(entries.map { FreeValue.Entry(key: $0.key, value: extra($0.value)) })
    }
  }
}

extension SyntaxDecoder {
  package func reportUnknown(_ fields: Fields, allowed: [String], in what: String) {
    for entry in fields.unread {
      let suggestion = Suggestion.closest(to: entry.key, in: allowed)
      var advice = "; put free-form data under 'extra:'"
      if entry.key.hasPrefix("<") {
        advice = ""
      } else if suggestion == nil, case .null = entry.value.content {
        // `{name: Acme, Inc.}` reads as a key "Inc." with no value.
        advice =
          "; if it belongs to the value before it, quote that value "
          + "(a comma inside {...} starts a new key)"
      }
      error(
        .unknownKey,
        "unknown key '\(entry.key)' in \(what)" + Suggestion.hint(suggestion) + advice,
        at: location(key: entry))
    }
  }

  package func extraEntries(_ node: SyntaxNode) -> [FreeValue.Entry] {
    guard case .mapping(let entries) = node.content else {
      if case .null = node.content { return [] }
      error(
        .wrongType,
        "'extra' must be a mapping, found \(node.kindDescription)",
        at: location(node))
      return []
    }
    return entries.map { FreeValue.Entry(key: $0.key, value: extra($0.value)) }
  }

  /// The value of a required key, or an error naming what lacks it.
  package func require(
    _ fields: inout Fields, _ key: String, _ what: String
  ) -> SyntaxNode? {
    if let node = fields.take(key), !isNull(node) { return node }
    error(.missingKey, "\(what) needs '\(key)'", at: location(fields.node))
    return nil
  }

  package func isNull(_ node: SyntaxNode) -> Bool {
    if case .null = node.content { return true }
    return false
  }

}

/// The keys of one mapping, tracking which were read so that the rest can
/// be reported as unknown.
package struct Fields {
  package let node: SyntaxNode
  package let entries: [SyntaxEntry]
  private(set) var used: [Bool]

  package init(node: SyntaxNode, entries: [SyntaxEntry]) {
    self.node = node
    self.entries = entries
    self.used = Array(repeating: false, count: entries.count)
  }

  /// The value under `key`, marking it read.
  package mutating func take(_ key: String) -> SyntaxNode? {
    for index in entries.indices where entries[index].key == key {
      used[index] = true
      return entries[index].value
    }
    return nil
  }

  /// Whether `key` is present (without marking it read).
  package func has(_ key: String) -> Bool {
    entries.contains { $0.key == key }
  }

  /// The entries not read.
  package var unread: [SyntaxEntry] {
    entries.indices.filter { !used[$0] }.map { entries[$0] }
  }
}
