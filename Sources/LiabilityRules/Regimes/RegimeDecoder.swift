import Foundation
import LiabilityGraph

/// Reads regime packs (`liability-regime/1`, YAML) with the same
/// `FILE:LINE:COLUMN` diagnostics as graph files.
public enum RegimeLoader {
  /// What reading a pack produced.
  public struct Result: Sendable {
    /// The regime, or nil when there was any error.
    public var regime: Regime?
    /// Every diagnostic, sorted by place.
    public var diagnostics: [Diagnostic]
  }

  /// Reads the pack at `path`.
  public static func load(path: String) -> Result {
    guard let data = FileManager.default.contents(atPath: path) else {
      return Result(
        regime: nil,
        diagnostics: [
          Diagnostic(
            .error, "the regime file does not exist or cannot be read",
            at: SourceLocation(file: path, line: 1, column: 1))
        ])
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return Result(
        regime: nil,
        diagnostics: [
          Diagnostic(
            .error, "the regime file is not UTF-8",
            at: SourceLocation(file: path, line: 1, column: 1))
        ])
    }
    return load(text: text, file: path)
  }

  /// Reads a pack from text; `file` names it in diagnostics.
  public static func load(text: String, file: String) -> Result {
    switch YAMLReader(file: file).read(text) {
    case .failure(let list):
      return Result(regime: nil, diagnostics: list.diagnostics)
    case .success(let root):
      let decoder = RegimeDecoder(reading: file)
      let regime = decoder.decodeRegime(root)
      let sorted = decoder.diagnostics.sorted { $0.location < $1.location }
      let failed = sorted.contains { $0.severity == .error }
      return Result(regime: failed ? nil : regime, diagnostics: sorted)
    }
  }
}

final class RegimeDecoder {
  let d: SyntaxDecoder

  init(reading file: String) {
    d = SyntaxDecoder(reading: file)
  }

  var diagnostics: [Diagnostic] { d.diagnostics }

  static let formatName = "liability-regime/1"

  func decodeRegime(_ root: SyntaxNode) -> Regime? {
    guard var top = d.mapping(root, "the top level of a regime file") else { return nil }
    guard let formatNode = top.take("format") else {
      d.error("missing 'format: \(Self.formatName)' at the top of the file", at: d.location(root))
      return nil
    }
    guard d.text(formatNode, "format") == Self.formatName else {
      d.error(
        "unknown format '\(d.text(formatNode, "format") ?? "")'; regime files are "
          + "'\(Self.formatName)'", at: d.location(formatNode))
      return nil
    }
    let id = d.require(&top, "id", "a regime").flatMap { d.idText($0, "id") }
    let title = d.require(&top, "title", "a regime").flatMap { d.text($0, "title") }
    let version = top.take("version").flatMap { d.text($0, "version") }
    let kind = d.require(&top, "kind", "a regime").flatMap {
      d.enumValue($0, "kind", Regime.Kind.self)
    }
    let jurisdictions =
      top.take("jurisdictions").map { d.strings($0, "jurisdictions", d.jurisdiction) } ?? []
    let (from, to) = inForce(top.take("in_force"))
    let scope = d.require(&top, "scope", "a regime").flatMap {
      d.enumValue($0, "scope", Regime.Scope.self)
    }
    let description = top.take("description").flatMap { d.text($0, "description") }
    let url = top.take("url").flatMap { d.text($0, "url") }
    // Definitions first: rules may name them.
    var definitionNodes: [(String, SyntaxNode, SyntaxEntry)] = []
    if let node = top.take("definitions") {
      if case .mapping(let entries) = node.content {
        definitionNodes = entries.map { ($0.key, $0.value, $0) }
      } else {
        d.error("'definitions' must be a mapping of name to condition", at: d.location(node))
      }
    }
    let definitionNames = Set(definitionNodes.map(\.0))
    var definitions: [String: Condition] = [:]
    var definitionLocations: [String: SourceLocation] = [:]
    for (name, node, entry) in definitionNodes {
      definitions[name] = condition(node, "definition '\(name)'", definitions: definitionNames)
      definitionLocations[name] = d.location(key: entry)
    }
    checkDefinitionCycles(definitions, at: definitionLocations)
    var roles: [String: RegimeRole] = [:]
    if let node = top.take("roles") {
      if case .mapping(let entries) = node.content {
        for entry in entries {
          guard var fields = d.mapping(entry.value, "role '\(entry.key)'") else { continue }
          let graphRoles =
            d.require(&fields, "graph_roles", "role '\(entry.key)'").map {
              d.enumList($0, "graph_roles", Role.self)
            } ?? []
          let roleDescription = fields.take("description").flatMap { d.text($0, "description") }
          d.reportUnknown(
            fields, allowed: ["graph_roles", "description"], in: "role '\(entry.key)'")
          roles[entry.key] = RegimeRole(
            id: entry.key, graphRoles: graphRoles, description: roleDescription)
        }
      } else {
        d.error("'roles' must be a mapping of role id to its graph roles", at: d.location(node))
      }
    }
    var rules: [Rule] = []
    var ruleIDs: [String: SourceLocation] = [:]
    if let node = top.take("rules") {
      for item in d.list(node, "rules") {
        guard let rule = self.rule(item, roles: roles, definitions: definitionNames) else {
          continue
        }
        if let first = ruleIDs[rule.id] {
          d.error(
            "duplicate rule id '\(rule.id)'", at: rule.location,
            notes: [.init("'\(rule.id)' first defined here", at: first)])
        } else {
          ruleIDs[rule.id] = rule.location
        }
        rules.append(rule)
      }
    }
    d.reportUnknown(
      top,
      allowed: [
        "format", "id", "title", "version", "kind", "jurisdictions", "in_force", "scope",
        "description", "url", "definitions", "roles", "rules",
      ], in: "the top level of a regime")
    guard let id, let title, let kind, let scope else { return nil }
    return Regime(
      id: id, title: title, version: version, kind: kind, jurisdictions: jurisdictions,
      inForceFrom: from, inForceTo: to, scope: scope, description: description, url: url,
      definitions: definitions, roles: roles, rules: rules, file: d.file)
  }

  func inForce(_ node: SyntaxNode?) -> (Day?, Day?) {
    guard let node, var fields = d.mapping(node, "'in_force'") else { return (nil, nil) }
    let from = fields.take("from").flatMap { d.date($0, "from") }
    let to = fields.take("to").flatMap { d.date($0, "to") }
    d.reportUnknown(fields, allowed: ["from", "to"], in: "'in_force'")
    if let from, let to, to <= from {
      d.error("'in_force' ends (\(to)) before it starts (\(from))", at: d.location(node))
    }
    return (from, to)
  }

  func rule(_ node: SyntaxNode, roles: [String: RegimeRole], definitions: Set<String>) -> Rule? {
    guard var fields = d.mapping(node, "each rule") else { return nil }
    let id = d.require(&fields, "id", "a rule").flatMap { d.idText($0, "id") }
    let what = id.map { "rule '\($0)'" } ?? "a rule"
    let duty = d.require(&fields, "duty", what).flatMap { d.idText($0, "duty") }
    let title = fields.take("title").flatMap { d.text($0, "title") }
    let roleNode = d.require(&fields, "role", what)
    let role = roleNode.flatMap { d.text($0, "role") }
    if let role, let roleNode, roles[role] == nil {
      d.error(
        "\(what) names role '\(role)', which the regime does not define"
          + Suggestion.hint(Suggestion.closest(to: role, in: roles.keys.sorted())),
        at: d.location(roleNode))
    }
    let (from, to) = inForce(fields.take("in_force"))
    let when = fields.take("when").map {
      condition($0, "'when' of \(what)", definitions: definitions)
    }
    var exemptions: [Exemption] = []
    if let node = fields.take("exempt") {
      for item in d.list(node, "exempt") {
        guard var exemption = d.mapping(item, "each exemption") else { continue }
        let condition = d.require(&exemption, "when", "an exemption").map {
          self.condition($0, "an exemption of \(what)", definitions: definitions)
        }
        let because = d.require(&exemption, "because", "an exemption").flatMap {
          d.text($0, "because")
        }
        d.reportUnknown(exemption, allowed: ["when", "because"], in: "an exemption of \(what)")
        if let condition, let because {
          exemptions.append(Exemption(when: condition, because: because))
        }
      }
    }
    var information: [InformationItem] = []
    var control: [ControlKind] = []
    if let node = fields.take("needs"), var needs = d.mapping(node, "'needs'") {
      information =
        needs.take("information").map { d.enumList($0, "information", InformationItem.self) } ?? []
      control = needs.take("control").map { d.enumList($0, "control", ControlKind.self) } ?? []
      d.reportUnknown(needs, allowed: ["information", "control"], in: "'needs' of \(what)")
    }
    let citation = d.require(&fields, "citation", what).flatMap { d.text($0, "citation") }
    let status = d.require(&fields, "status", what).flatMap {
      d.enumValue($0, "status", RuleStatus.self)
    }
    let note = fields.take("note").flatMap { d.text($0, "note") }
    var answersForHarm = false
    var harms: [String] = []
    if let node = fields.take("answers_for_harm") {
      if case .sequence = node.content {
        harms = d.strings(node, "answers_for_harm", d.text)
        answersForHarm = true
        if harms.isEmpty {
          d.error(
            "'answers_for_harm' takes true, false or a non-empty list of harms",
            at: d.location(node))
        }
      } else {
        answersForHarm = d.bool(node, "answers_for_harm") ?? false
      }
    }
    d.reportUnknown(
      fields,
      allowed: [
        "id", "duty", "title", "role", "in_force", "when", "exempt", "needs", "citation", "status",
        "note", "answers_for_harm",
      ], in: what)
    guard let id, let duty, let role, let citation, let status else { return nil }
    var rule = Rule(
      id: id, duty: duty, title: title, role: role, inForceFrom: from, inForceTo: to,
      when: when ?? .always, exemptions: exemptions, information: information, control: control,
      citation: citation, status: status, note: note, location: d.location(node))
    rule.answersForHarm = answersForHarm
    rule.harms = harms
    return rule
  }

  func condition(_ node: SyntaxNode, _ what: String, definitions: Set<String>) -> Condition {
    guard case .mapping(let entries) = node.content else {
      d.error("\(what) must be a mapping of fact to value", at: d.location(node))
      return .always
    }
    var result = Condition()
    for entry in entries {
      if entry.key == "any" {
        for item in d.list(entry.value, "any") {
          result.any.append(condition(item, what, definitions: definitions))
        }
        continue
      }
      guard ConditionFact.names.contains(entry.key) || definitions.contains(entry.key) else {
        let known = ConditionFact.names.union(definitions).union(["any"]).sorted()
        d.error(
          "unknown fact '\(entry.key)' in \(what)"
            + Suggestion.hint(Suggestion.closest(to: entry.key, in: known))
            + "; facts: " + known.joined(separator: ", "),
          at: d.location(key: entry))
        continue
      }
      if let test = self.test(entry.value, entry.key),
        check(test, entry, isDefinition: definitions.contains(entry.key))
      {
        result.clauses.append(Condition.Clause(fact: entry.key, test: test))
      }
    }
    return result
  }

  /// The values a list fact can take, where the set is closed.
  static let vocabulary: [String: [String]] = [
    "graph_role": Role.allCases.map(\.rawValue),
    "subject_kind": ["model", "dataset", "service", "product"],
    "weights": WeightsAccess.allCases.map(\.rawValue),
    "party_kind": PartyKind.allCases.map(\.rawValue),
    "users": UserBase.allCases.map(\.rawValue),
    "risk_areas": RiskArea.allCases.map(\.rawValue),
    "generates": ContentKind.allCases.map(\.rawValue),
    "lineage_relation": LineageRelation.allCases.map(\.rawValue),
    "functions": SystemFunction.allCases.map(\.rawValue),
    "system_change": SystemChangeKind.allCases.map(\.rawValue),
    "changed_downstream": SystemChangeKind.allCases.map(\.rawValue),
  ]
  static let jurisdictionFacts: Set<String> = ["established_in", "reaches", "reaches_itself"]

  /// Whether a clause's value suits its fact: true/false for a boolean
  /// fact or a definition, a comparison for a number, known values for a
  /// list.
  func check(_ test: Condition.Test, _ entry: SyntaxEntry, isDefinition: Bool) -> Bool {
    let kind =
      isDefinition ? "boolean" : (ConditionFact.all.first { $0.name == entry.key }?.kind ?? "")
    let here = d.location(entry.value)
    switch (kind, test) {
    case ("boolean", .equals), ("number", .greaterThan), ("number", .atLeast),
      ("number", .lessThan), ("number", .atMost), ("date", .after), ("date", .onOrAfter),
      ("date", .before), ("date", .onOrBefore):
      return true
    case ("list", .oneOf(let values)):
      if let allowed = Self.vocabulary[entry.key] {
        for value in values where !allowed.contains(value) {
          d.error(
            "'\(value)' is not a valid value for '\(entry.key)'"
              + Suggestion.hint(Suggestion.closest(to: value, in: allowed))
              + "; allowed: " + allowed.joined(separator: ", "), at: here)
          return false
        }
      }
      if Self.jurisdictionFacts.contains(entry.key) {
        for value in values where !SyntaxDecoder.isJurisdiction(value) {
          d.error(
            "'\(value)' in '\(entry.key)' is not a jurisdiction: use EU, an ISO 3166-1 code "
              + "such as US, or an ISO 3166-2 code such as US-CA", at: here)
          return false
        }
      }
      return true
    default:
      let wanted =
        kind == "boolean"
        ? "true or false"
        : kind == "number"
          ? "a comparison such as {gt: 1.0e26}"
          : kind == "date" ? "a date comparison such as {gt: 2026-12-09}" : "a list of values"
      d.error("'\(entry.key)' takes \(wanted)", at: here)
      return false
    }
  }

  /// Reports definitions that refer to themselves, directly or not.
  func checkDefinitionCycles(
    _ definitions: [String: Condition], at locations: [String: SourceLocation]
  ) {
    func references(_ condition: Condition) -> [String] {
      condition.clauses.map(\.fact).filter { definitions[$0] != nil }
        + condition.any.flatMap(references)
    }
    var state: [String: Int] = [:]  // 1 visiting, 2 done
    var reported: Set<String> = []
    func visit(_ name: String, _ path: [String]) {
      if state[name] == 2 { return }
      if state[name] == 1 {
        guard let start = path.firstIndex(of: name), !reported.contains(name) else { return }
        let cycle = path[start...] + [name]
        reported.formUnion(cycle)
        d.error(
          "definitions refer to each other in a loop: " + cycle.joined(separator: " → "),
          at: locations[name] ?? SourceLocation(file: d.file, line: 1, column: 1))
        return
      }
      state[name] = 1
      for next in references(definitions[name] ?? .always) { visit(next, path + [name]) }
      state[name] = 2
    }
    for name in definitions.keys.sorted() { visit(name, []) }
  }

  func test(_ node: SyntaxNode, _ fact: String) -> Condition.Test? {
    switch node.content {
    case .scalar(let value, let quoted):
      if !quoted, value == "true" || value == "false" { return .equals(value == "true") }
      return .oneOf([value])
    case .sequence:
      return .oneOf(d.strings(node, fact, d.text))
    case .mapping(let entries):
      guard entries.count == 1, let entry = entries.first else {
        d.error("a comparison for '\(fact)' takes one of gt, gte, lt, lte", at: d.location(node))
        return nil
      }
      if ConditionFact.all.first(where: { $0.name == fact })?.kind == "date" {
        guard let day = d.date(entry.value, entry.key) else { return nil }
        switch entry.key {
        case "gt": return .after(day)
        case "gte": return .onOrAfter(day)
        case "lt": return .before(day)
        case "lte": return .onOrBefore(day)
        default:
          d.error(
            "unknown comparison '\(entry.key)' for '\(fact)'; use gt, gte, lt or lte",
            at: d.location(key: entry))
          return nil
        }
      }
      guard let number = d.number(entry.value, entry.key) else { return nil }
      switch entry.key {
      case "gt": return .greaterThan(number)
      case "gte": return .atLeast(number)
      case "lt": return .lessThan(number)
      case "lte": return .atMost(number)
      default:
        d.error(
          "unknown comparison '\(entry.key)' for '\(fact)'; use gt, gte, lt or lte",
          at: d.location(key: entry))
        return nil
      }
    case .null:
      d.error("'\(fact)' needs a value", at: d.location(node))
      return nil
    }
  }
}
