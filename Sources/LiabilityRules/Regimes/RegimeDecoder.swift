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
            .error, .unreadableFile, "the regime file does not exist or cannot be read",
            at: SourceLocation(file: path, line: 1, column: 1))
        ])
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return Result(
        regime: nil,
        diagnostics: [
          Diagnostic(
            .error, .notUTF8, "the regime file is not UTF-8",
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
      var regime = decoder.decodeRegime(root)
      regime?.text = text
      let sorted = decoder.diagnostics.sorted { $0.location < $1.location }
      let failed = sorted.contains { $0.severity == .error }
      return Result(regime: failed ? nil : regime, diagnostics: sorted)
    }
  }
}

final class RegimeDecoder {
  let d: SyntaxDecoder
  /// Region codes the pack defines (`EU`), accepted wherever a jurisdiction is.
  var regionCodes: Set<String> = []
  /// Facts that need a term, with where a condition names them.
  var termUses: [(fact: String, at: SourceLocation)] = []

  init(reading file: String) {
    d = SyntaxDecoder(reading: file)
  }

  var diagnostics: [Diagnostic] { d.diagnostics }

  static let formatName = "liability-regime/1"

  static let topKeys = [
    "format", "id", "title", "version", "kind", "jurisdictions", "in_force", "scope",
    "description", "url", "last_reviewed", "amendments", "notices", "regions", "terms",
    "definitions", "exemptions", "transitions", "enforcement", "roles", "rules",
  ]

  func decodeRegime(_ root: SyntaxNode) -> Regime? {
    guard var top = d.mapping(root, "the top level of a regime file") else { return nil }
    guard let formatNode = top.take("format") else {
      d.error(
        .unknownFormat, "missing 'format: \(Self.formatName)' at the top of the file",
        at: d.location(root))
      return nil
    }
    guard d.text(formatNode, "format") == Self.formatName else {
      d.error(
        .unknownFormat,
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
    // Regions first: jurisdictions and conditions may name them.
    let regions = top.take("regions").map(self.regions) ?? [:]
    regionCodes = Set(regions.keys)
    let jurisdictionNode = top.take("jurisdictions")
    let jurisdictions =
      jurisdictionNode.map { d.strings($0, "jurisdictions", jurisdiction) } ?? []
    if let jurisdictionNode {
      for code in jurisdictions where code == "EU" && regions["EU"] == nil {
        d.error(
          .invalidJurisdiction,
          "'EU' is a group of countries: list its member states under 'regions' "
            + "(regions: {EU: [AT, BE, ...]})", at: d.location(jurisdictionNode))
      }
    }
    let dates = inForce(top.take("in_force"), "'in_force' of the regime")
    let scope = d.require(&top, "scope", "a regime").flatMap {
      d.enumValue($0, "scope", Regime.Scope.self)
    }
    let description = top.take("description").flatMap { d.text($0, "description") }
    let url = top.take("url").flatMap { d.text($0, "url") }
    let lastReviewed = top.take("last_reviewed").flatMap { d.date($0, "last_reviewed") }
    let amendments = top.take("amendments").map(self.amendments) ?? []
    let amendmentIDs = Set(amendments.map(\.id))
    let notices = top.take("notices").map(self.notices) ?? []
    let enforcement = top.take("enforcement").flatMap { self.enforcement($0, "the regime") }
    // Definitions next: rules, exemptions and terms name them.
    var definitionNodes: [(String, SyntaxNode, SyntaxEntry)] = []
    if let node = top.take("definitions") {
      if case .mapping(let entries) = node.content {
        definitionNodes = entries.map { ($0.key, $0.value, $0) }
      } else {
        d.error(
          .wrongType, "'definitions' must be a mapping of name to condition", at: d.location(node))
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
    let terms = top.take("terms").map { self.terms($0, definitions: definitionNames) } ?? [:]
    var namedExemptions: [String: Exemption] = [:]
    if let node = top.take("exemptions") {
      for entry in entries(node, "exemptions", "name to exemption") {
        if let exemption = exemption(
          entry.value, "exemption '\(entry.key)'", definitions: definitionNames)
        {
          namedExemptions[entry.key] = Exemption(
            name: entry.key, when: exemption.when, because: exemption.because)
        }
      }
    }
    var namedTransitions: [String: Transition] = [:]
    if let node = top.take("transitions") {
      for entry in entries(node, "transitions", "name to transitional provision") {
        if var transition = transition(
          entry.value, "transition '\(entry.key)'", definitions: definitionNames,
          amendments: amendmentIDs)
        {
          transition.name = entry.key
          namedTransitions[entry.key] = transition
        }
      }
    }
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
        d.error(
          .wrongType, "'roles' must be a mapping of role id to its graph roles",
          at: d.location(node))
      }
    }
    let context = RuleContext(
      roles: roles, definitions: definitionNames, exemptions: namedExemptions,
      transitions: namedTransitions, amendments: amendments, regimeDates: dates.status,
      regimeDateLocation: dates.location)
    var rules: [Rule] = []
    var ruleIDs: [String: SourceLocation] = [:]
    if let node = top.take("rules") {
      for item in d.list(node, "rules") {
        guard let rule = self.rule(item, context) else { continue }
        if let first = ruleIDs[rule.id] {
          d.error(
            .duplicateID,
            "duplicate rule id '\(rule.id)'", at: rule.location,
            notes: [.init("'\(rule.id)' first defined here", at: first)])
        } else {
          ruleIDs[rule.id] = rule.location
        }
        rules.append(rule)
      }
    }
    for use in termUses {
      guard let term = ConditionFact.termsUsed[use.fact], terms[term] == nil else { continue }
      d.error(
        .undefinedName,
        "'\(use.fact)' tests other nodes by the pack's '\(term)' term, which it does not "
          + "define: add 'terms: {\(term): DEFINITION}'", at: use.at)
    }
    d.reportUnknown(top, allowed: Self.topKeys, in: "the top level of a regime")
    if let kind {
      for rule in rules where (rule.textStatus == .policy) != (kind == .principles) {
        d.error(
          .invalidValue,
          kind == .principles
            ? "rule '\(rule.id)' of a principles pack must have status: policy (a policy "
              + "principle is not law, so never verified law)"
            : "rule '\(rule.id)' has status: policy, which only a principles pack may use",
          at: rule.location)
      }
    }
    guard let id, let title, let kind, let scope else { return nil }
    var regime = Regime(
      id: id, title: title, version: version, kind: kind, jurisdictions: jurisdictions,
      inForceFrom: dates.from, inForceTo: dates.to, scope: scope, description: description,
      url: url, definitions: definitions, roles: roles, rules: rules, file: d.file)
    regime.dateStatus = dates.status ?? .verified
    regime.dateStatusStated = dates.status != nil
    regime.dateNote = dates.note
    regime.lastReviewed = lastReviewed
    regime.amendments = amendments
    regime.notices = notices
    regime.regions = regions
    regime.terms = terms
    regime.namedExemptions = namedExemptions
    regime.namedTransitions = namedTransitions
    regime.enforcement = enforcement
    return regime
  }

  /// What rules are read against.
  struct RuleContext {
    var roles: [String: RegimeRole]
    var definitions: Set<String>
    var exemptions: [String: Exemption]
    var transitions: [String: Transition]
    var amendments: [Amendment]
    var regimeDates: RuleStatus?
    var regimeDateLocation: SourceLocation?
  }

  /// A mapping's entries, or an error saying what it must map.
  func entries(_ node: SyntaxNode, _ key: String, _ shape: String) -> [SyntaxEntry] {
    switch node.content {
    case .mapping(let entries): return entries
    case .null: return []
    default:
      d.error(.wrongType, "'\(key)' must be a mapping of \(shape)", at: d.location(node))
      return []
    }
  }

  /// A jurisdiction code, or a region the pack defines.
  func jurisdiction(_ node: SyntaxNode, _ key: String) -> String? {
    if case .scalar(let value, _) = node.content, regionCodes.contains(value) { return value }
    return d.jurisdiction(node, key)
  }

  func regions(_ node: SyntaxNode) -> [String: [String]] {
    var out: [String: [String]] = [:]
    for entry in entries(node, "regions", "region code to member jurisdictions") {
      let code = entry.key
      guard code.count >= 2, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
        d.error(
          .invalidValue,
          "region code '\(code)' must be upper-case letters (EU)", at: d.location(key: entry))
        continue
      }
      let members = d.strings(entry.value, code, d.jurisdiction)
      if members.isEmpty {
        d.error(.invalidValue, "region '\(code)' lists no members", at: d.location(entry.value))
      }
      out[code] = members
    }
    return out
  }

  func terms(_ node: SyntaxNode, definitions: Set<String>) -> [String: String] {
    var out: [String: String] = [:]
    let known = ConditionFact.terms.map(\.name)
    for entry in entries(node, "terms", "term to definition") {
      guard known.contains(entry.key) else {
        d.error(
          .undefinedName,
          "unknown term '\(entry.key)'"
            + Suggestion.hint(Suggestion.closest(to: entry.key, in: known))
            + "; terms: " + known.joined(separator: ", "), at: d.location(key: entry))
        continue
      }
      guard let name = d.text(entry.value, entry.key) else { continue }
      guard definitions.contains(name) else {
        d.error(
          .undefinedName,
          "term '\(entry.key)' names '\(name)', which the pack does not define"
            + Suggestion.hint(Suggestion.closest(to: name, in: definitions.sorted())),
          at: d.location(entry.value))
        continue
      }
      out[entry.key] = name
    }
    return out
  }

  func amendments(_ node: SyntaxNode) -> [Amendment] {
    var out: [Amendment] = []
    for item in d.list(node, "amendments") {
      guard var fields = d.mapping(item, "each amendment") else { continue }
      let id = d.require(&fields, "id", "an amendment").flatMap { d.idText($0, "id") }
      let what = id.map { "amendment '\($0)'" } ?? "an amendment"
      let act = d.require(&fields, "act", what).flatMap { d.text($0, "act") }
      let date = fields.take("date").flatMap { d.date($0, "date") }
      let status = d.require(&fields, "status", what).flatMap {
        d.enumValue($0, "status", RuleStatus.self)
      }
      let url = fields.take("url").flatMap { d.text($0, "url") }
      let summary = fields.take("summary").flatMap { d.text($0, "summary") }
      d.reportUnknown(fields, allowed: ["id", "act", "date", "status", "url", "summary"], in: what)
      if let id, out.contains(where: { $0.id == id }) {
        d.error(.duplicateID, "duplicate amendment id '\(id)'", at: d.location(item))
        continue
      }
      if let id, let act, let status {
        out.append(
          Amendment(id: id, act: act, date: date, status: status, url: url, summary: summary))
      }
    }
    return out
  }

  func notices(_ node: SyntaxNode) -> [Notice] {
    var out: [Notice] = []
    for item in d.list(node, "notices") {
      guard var fields = d.mapping(item, "each notice") else { continue }
      let id = d.require(&fields, "id", "a notice").flatMap { d.idText($0, "id") }
      let what = id.map { "notice '\($0)'" } ?? "a notice"
      let date = fields.take("date").flatMap { d.date($0, "date") }
      let text = d.require(&fields, "text", what).flatMap { d.text($0, "text") }
      let status = d.require(&fields, "status", what).flatMap {
        d.enumValue($0, "status", RuleStatus.self)
      }
      let url = fields.take("url").flatMap { d.text($0, "url") }
      d.reportUnknown(fields, allowed: ["id", "date", "text", "status", "url"], in: what)
      if let id, let text, let status {
        out.append(Notice(id: id, date: date, text: text, status: status, url: url))
      }
    }
    return out
  }

  func enforcement(_ node: SyntaxNode, _ owner: String) -> Enforcement? {
    guard var fields = d.mapping(node, "'enforcement' of \(owner)") else { return nil }
    let by = d.require(&fields, "by", "'enforcement' of \(owner)").flatMap { d.text($0, "by") }
    let privateRight = fields.take("private_right_of_action").flatMap {
      d.bool($0, "private_right_of_action")
    }
    let citation = fields.take("citation").flatMap { d.text($0, "citation") }
    d.reportUnknown(
      fields, allowed: ["by", "private_right_of_action", "citation"],
      in: "'enforcement' of \(owner)")
    guard let by else { return nil }
    return Enforcement(by: by, privateRightOfAction: privateRight, citation: citation)
  }

  /// An `in_force` mapping: its dates, how they are known, and the date as
  /// first enacted where an amendment moved it.
  struct Dates {
    var from: Day?
    var to: Day?
    var status: RuleStatus?
    var enactedFrom: Day?
    var note: String?
    var location: SourceLocation?
  }

  func inForce(_ node: SyntaxNode?, _ what: String, rule: Bool = false) -> Dates {
    guard let node, var fields = d.mapping(node, what) else { return Dates() }
    var dates = Dates(location: d.location(node))
    dates.from = fields.take("from").flatMap { d.date($0, "from") }
    dates.to = fields.take("to").flatMap { d.date($0, "to") }
    dates.status = fields.take("status").flatMap { d.enumValue($0, "status", RuleStatus.self) }
    dates.note = fields.take("note").flatMap { d.text($0, "note") }
    var allowed = ["from", "to", "status", "note"]
    if rule {
      dates.enactedFrom = fields.take("enacted_from").flatMap { d.date($0, "enacted_from") }
      allowed.append("enacted_from")
    }
    d.reportUnknown(fields, allowed: allowed, in: what)
    if let from = dates.from, let to = dates.to, to <= from {
      d.error(
        .validityOrder, "'in_force' ends (\(to)) before it starts (\(from))", at: d.location(node))
    }
    return dates
  }

  /// An exemption's fields: `when` and `because`.
  func exemption(_ node: SyntaxNode, _ what: String, definitions: Set<String>) -> Exemption? {
    guard var fields = d.mapping(node, what) else { return nil }
    let condition = d.require(&fields, "when", what).map {
      self.condition($0, what, definitions: definitions)
    }
    let because = d.require(&fields, "because", what).flatMap { d.text($0, "because") }
    d.reportUnknown(fields, allowed: ["when", "because"], in: what)
    guard let condition, let because else { return nil }
    return Exemption(when: condition, because: because)
  }

  /// A transitional provision's fields.
  func transition(
    _ node: SyntaxNode, _ what: String, definitions: Set<String>, amendments: Set<String>
  ) -> Transition? {
    guard var fields = d.mapping(node, what) else { return nil }
    let condition = d.require(&fields, "when", what).map {
      self.condition($0, what, definitions: definitions)
    }
    let due = d.require(&fields, "due_from", what).flatMap { d.date($0, "due_from") }
    let citation = d.require(&fields, "citation", what).flatMap { d.text($0, "citation") }
    let because = d.require(&fields, "because", what).flatMap { d.text($0, "because") }
    var amendedBy: String?
    if let node = fields.take("amended_by"), let id = d.text(node, "amended_by") {
      if amendments.contains(id) {
        amendedBy = id
      } else {
        d.error(
          .undefinedName,
          "\(what) names amendment '\(id)', which the pack does not list under 'amendments'"
            + Suggestion.hint(Suggestion.closest(to: id, in: amendments.sorted())),
          at: d.location(node))
      }
    }
    d.reportUnknown(
      fields, allowed: ["when", "due_from", "citation", "because", "amended_by"], in: what)
    guard let condition, let due, let citation, let because else { return nil }
    return Transition(
      name: nil, when: condition, dueFrom: due, citation: citation, because: because,
      amendedBy: amendedBy)
  }

  static let ruleKeys = [
    "id", "duty", "title", "role", "in_force", "when", "exempt", "due", "needs", "citation",
    "status", "note", "answers_for_harm", "amended_by", "enforcement", "reports", "met_if",
    "voids_limits", "recourse", "bars_defence",
  ]

  func rule(_ node: SyntaxNode, _ context: RuleContext) -> Rule? {
    guard var fields = d.mapping(node, "each rule") else { return nil }
    let definitions = context.definitions
    let id = d.require(&fields, "id", "a rule").flatMap { d.idText($0, "id") }
    let what = id.map { "rule '\($0)'" } ?? "a rule"
    let duty = d.require(&fields, "duty", what).flatMap { d.idText($0, "duty") }
    let title = fields.take("title").flatMap { d.text($0, "title") }
    let roleNode = d.require(&fields, "role", what)
    let role = roleNode.flatMap { d.text($0, "role") }
    if let role, let roleNode, context.roles[role] == nil {
      d.error(
        .undefinedName,
        "\(what) names role '\(role)', which the regime does not define"
          + Suggestion.hint(Suggestion.closest(to: role, in: context.roles.keys.sorted())),
        at: d.location(roleNode))
    }
    let dates = inForce(fields.take("in_force"), "'in_force' of \(what)", rule: true)
    let when = fields.take("when").map {
      condition($0, "'when' of \(what)", definitions: definitions)
    }
    var exemptions: [Exemption] = []
    if let node = fields.take("exempt") {
      for item in d.list(node, "exempt") {
        if case .scalar(let name, _) = item.content {
          if let named = context.exemptions[name] {
            exemptions.append(named)
          } else {
            d.error(
              .undefinedName,
              "\(what) names exemption '\(name)', which the pack does not define under "
                + "'exemptions'"
                + Suggestion.hint(
                  Suggestion.closest(to: name, in: context.exemptions.keys.sorted())),
              at: d.location(item))
          }
        } else if let exemption = exemption(
          item, "an exemption of \(what)", definitions: definitions)
        {
          exemptions.append(exemption)
        }
      }
    }
    var transitions: [Transition] = []
    if let node = fields.take("due") {
      for item in d.list(node, "due") {
        if case .scalar(let name, _) = item.content {
          if let named = context.transitions[name] {
            transitions.append(named)
          } else {
            d.error(
              .undefinedName,
              "\(what) names transition '\(name)', which the pack does not define under "
                + "'transitions'"
                + Suggestion.hint(
                  Suggestion.closest(to: name, in: context.transitions.keys.sorted())),
              at: d.location(item))
          }
        } else if let transition = transition(
          item, "a transition of \(what)", definitions: definitions,
          amendments: Set(context.amendments.map(\.id)))
        {
          transitions.append(transition)
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
        harms = d.strings(node, "answers_for_harm", d.harm)
        answersForHarm = true
        if harms.isEmpty {
          d.error(
            .invalidValue,
            "'answers_for_harm' takes true, false or a non-empty list of harms",
            at: d.location(node))
        }
      } else {
        answersForHarm = d.bool(node, "answers_for_harm") ?? false
      }
    }
    var amendedBy: [String] = []
    if let node = fields.take("amended_by") {
      let known = context.amendments.map(\.id)
      for item in d.list(node, "amended_by") {
        guard let name = d.text(item, "amended_by") else { continue }
        if known.contains(name) {
          amendedBy.append(name)
        } else {
          d.error(
            .undefinedName,
            "\(what) names amendment '\(name)', which the pack does not list under "
              + "'amendments'" + Suggestion.hint(Suggestion.closest(to: name, in: known)),
            at: d.location(item))
        }
      }
    }
    let enforcement = fields.take("enforcement").flatMap { self.enforcement($0, what) }
    let reports =
      fields.take("reports").map { node in
        d.list(node, "reports").compactMap { report($0, "a report of \(what)") }
      } ?? []
    let metIf = fields.take("met_if").map {
      condition($0, "'met_if' of \(what)", definitions: definitions)
    }
    var voidsLimits: [String]?
    var voidsFor: String?
    if let node = fields.take("voids_limits"), var limits = d.mapping(node, "'voids_limits'") {
      let harmsNode = d.require(&limits, "harms", "'voids_limits' of \(what)")
      let harms = harmsNode.map { d.strings($0, "harms", d.harm) }
      if let harmsNode, case .sequence(let items) = harmsNode.content, items.isEmpty {
        d.error(
          .invalidValue, "'harms' of 'voids_limits' names no harm", at: d.location(harmsNode))
      }
      voidsLimits = harms
      voidsFor = limits.take("for").flatMap { d.text($0, "for") }
      d.reportUnknown(limits, allowed: ["harms", "for"], in: "'voids_limits' of \(what)")
    }
    var recourseAgainst: [String] = []
    var recourseUnder: String?
    if let node = fields.take("recourse"), var recourse = d.mapping(node, "'recourse'") {
      if let against = d.require(&recourse, "against", "'recourse' of \(what)") {
        for item in d.list(against, "against") {
          guard let name = d.text(item, "against") else { continue }
          if context.roles[name] == nil {
            d.error(
              .undefinedName,
              "'recourse' of \(what) names role '\(name)', which the regime does not define"
                + Suggestion.hint(Suggestion.closest(to: name, in: context.roles.keys.sorted())),
              at: d.location(item))
          } else {
            recourseAgainst.append(name)
          }
        }
      }
      recourseUnder = recourse.take("under").flatMap { d.text($0, "under") }
      d.reportUnknown(recourse, allowed: ["against", "under"], in: "'recourse' of \(what)")
    }
    let barsDefence = fields.take("bars_defence").flatMap { d.text($0, "bars_defence") }
    d.reportUnknown(fields, allowed: Self.ruleKeys, in: what)
    guard let id, let duty, let role, let citation, let status else { return nil }
    // How the dates are known: the rule's own, else the regime's, else as
    // well as the text.
    let dateStatus = dates.status ?? context.regimeDates ?? status
    var effective = status.weaker(dateStatus)
    for amendment in context.amendments where amendedBy.contains(amendment.id) {
      effective = effective.weaker(amendment.status)
    }
    var rule = Rule(
      id: id, duty: duty, title: title, role: role, inForceFrom: dates.from,
      inForceTo: dates.to, when: when ?? .always, exemptions: exemptions,
      information: information, control: control, citation: citation, status: effective,
      textStatus: status, dateStatus: dateStatus, note: note, location: d.location(node))
    rule.enactedFrom = dates.enactedFrom
    rule.amendedBy = amendedBy
    rule.transitions = transitions
    rule.enforcement = enforcement
    rule.answersForHarm = answersForHarm
    rule.harms = harms
    rule.reports = reports
    rule.metIf = metIf
    rule.voidsLimits = voidsLimits
    rule.voidsLimitsFor = voidsFor
    rule.recourseAgainst = recourseAgainst
    rule.recourseUnder = recourseUnder
    rule.barsDefence = barsDefence
    return rule
  }

  /// One entry of a rule's `reports`: `{what, to, within, from, citation,
  /// if, sooner}`.
  func report(_ node: SyntaxNode, _ what: String) -> ReportDuty? {
    guard var fields = d.mapping(node, what) else { return nil }
    let name = d.require(&fields, "what", what).flatMap { d.text($0, "what") }
    let to = d.require(&fields, "to", what).flatMap { d.text($0, "to") }
    let citation = d.require(&fields, "citation", what).flatMap { d.text($0, "citation") }
    let when = fields.take("if").flatMap { circumstanceTest($0, "'if' of \(what)") }
    let within = fields.take("within").flatMap { period($0) }
    var from = ClockStart.incident
    if let node = d.require(&fields, "from", what) {
      if case .mapping = node.content, var start = d.mapping(node, "'from'") {
        if let event = d.require(&start, "event", "'from' of \(what)").flatMap({
          d.text($0, "event")
        }) {
          from = .event(event)
        }
        d.reportUnknown(start, allowed: ["event"], in: "'from' of \(what)")
      } else if let word = d.text(node, "from") {
        switch word {
        case "incident": from = .incident
        case "awareness": from = .awareness
        default:
          d.error(
            .invalidValue,
            "\(SyntaxDecoder.shown(word)) is not a start for a reporting clock: use incident, "
              + "awareness, or {event: WORDS} for an event the format does not record"
              + Suggestion.hint(Suggestion.closest(to: word, in: ["incident", "awareness"])),
            at: d.location(node))
        }
      }
    }
    var sooner: [ReportDuty.Sooner] = []
    if let node = fields.take("sooner") {
      for item in d.list(node, "sooner") {
        let entryWhat = "a shorter period of \(what)"
        guard var entry = d.mapping(item, entryWhat) else { continue }
        let period = d.require(&entry, "within", entryWhat).flatMap { self.period($0) }
        let test = d.require(&entry, "if", entryWhat).flatMap {
          circumstanceTest($0, "'if' of \(entryWhat)")
        }
        let cite = d.require(&entry, "citation", entryWhat).flatMap { d.text($0, "citation") }
        d.reportUnknown(entry, allowed: ["within", "if", "citation"], in: entryWhat)
        if let period, let test, let cite {
          sooner.append(ReportDuty.Sooner(within: period, when: test, citation: cite))
        }
      }
    }
    d.reportUnknown(
      fields, allowed: ["what", "to", "if", "within", "from", "citation", "sooner"], in: what)
    guard let name, let to, let citation else { return nil }
    return ReportDuty(
      what: name, to: to, when: when, within: within, from: from, citation: citation,
      sooner: sooner)
  }

  /// `15 days`, `24 hours`, `1 month`.
  func period(_ node: SyntaxNode) -> Period? {
    guard let text = d.text(node, "within") else { return nil }
    guard let period = Period(text) else {
      d.error(
        .invalidValue,
        "'within' must be a whole number (1 to 1200) of hours, days or months, such as 15 "
          + "days or 72 hours, found \(SyntaxDecoder.shown(text))", at: d.location(node))
      return nil
    }
    return period
  }

  /// A circumstance, a list of them (any one holds), or `{all: [...]}` /
  /// `{any: [...]}`.
  func circumstanceTest(_ node: SyntaxNode, _ what: String) -> CircumstanceTest? {
    switch node.content {
    case .scalar:
      guard let word = d.text(node, "if") else { return nil }
      guard let c = IncidentCircumstance(rawValue: word) else {
        let allowed = IncidentCircumstance.allCases.map(\.rawValue)
        d.error(
          .invalidValue,
          "\(SyntaxDecoder.shown(word)) in \(what) is not an incident circumstance"
            + Suggestion.hint(Suggestion.closest(to: word, in: allowed))
            + "; allowed: " + allowed.joined(separator: ", "), at: d.location(node))
        return nil
      }
      return .has(c)
    case .sequence(let items):
      let tests = items.compactMap { circumstanceTest($0, what) }
      return tests.count == items.count && !tests.isEmpty ? .any(tests) : nil
    case .mapping(let entries):
      guard entries.count == 1, let entry = entries.first, entry.key == "all" || entry.key == "any",
        case .sequence(let items) = entry.value.content, !items.isEmpty
      else {
        d.error(
          .wrongType,
          "\(what) must be a circumstance, a list of them (any one), or {all: [...]}",
          at: d.location(node))
        return nil
      }
      let tests = items.compactMap { circumstanceTest($0, what) }
      guard tests.count == items.count else { return nil }
      return entry.key == "all" ? .all(tests) : .any(tests)
    default:
      d.error(
        .wrongType, "\(what) must be a circumstance, a list of them (any one), or {all: [...]}",
        at: d.location(node))
      return nil
    }
  }

  func condition(_ node: SyntaxNode, _ what: String, definitions: Set<String>) -> Condition {
    guard case .mapping(let entries) = node.content else {
      d.error(.wrongType, "\(what) must be a mapping of fact to value", at: d.location(node))
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
          .unknownFact,
          "unknown fact '\(entry.key)' in \(what)"
            + Suggestion.hint(Suggestion.closest(to: entry.key, in: known))
            + "; facts: " + known.joined(separator: ", "),
          at: d.location(key: entry))
        continue
      }
      if ConditionFact.termsUsed[entry.key] != nil, !definitions.contains(entry.key) {
        termUses.append((entry.key, d.location(key: entry)))
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
    case (_, .stated) where !isDefinition, ("boolean", .statedAs) where !isDefinition:
      return true
    case ("boolean", .equals), ("number", .greaterThan), ("number", .atLeast),
      ("number", .lessThan), ("number", .atMost), ("date", .after), ("date", .onOrAfter),
      ("date", .before), ("date", .onOrBefore):
      return true
    case ("list", .oneOf(let values)), ("list", .noneOf(let values)):
      if let allowed = Self.vocabulary[entry.key] {
        for value in values where !allowed.contains(value) {
          d.error(
            .invalidValue,
            "'\(value)' is not a valid value for '\(entry.key)'"
              + Suggestion.hint(Suggestion.closest(to: value, in: allowed))
              + "; allowed: " + allowed.joined(separator: ", "), at: here)
          return false
        }
      }
      if Self.jurisdictionFacts.contains(entry.key) {
        for value in values
        where !SyntaxDecoder.isJurisdiction(value) && !regionCodes.contains(value) {
          d.error(
            .invalidJurisdiction,
            "'\(value)' in '\(entry.key)' is not a jurisdiction: use EU, an ISO 3166-1 code "
              + "such as US, or an ISO 3166-2 code such as US-CA", at: here)
          return false
        }
      }
      return true
    default:
      if case .stated = test {
        d.error(
          .invalidValue, "'stated' tests a fact the file may state, not a definition", at: here)
        return false
      }
      let wanted =
        kind == "boolean"
        ? "true or false"
        : kind == "number"
          ? "a comparison such as {gt: 1.0e26}"
          : kind == "date" ? "a date comparison such as {gt: 2026-12-09}" : "a list of values"
      d.error(.invalidValue, "'\(entry.key)' takes \(wanted)", at: here)
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
          .definitionCycle,
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
        d.error(
          .invalidValue,
          "a comparison for '\(fact)' takes one of gt, gte, lt, lte (or stated)",
          at: d.location(node))
        return nil
      }
      if entry.key == "stated" {
        guard let wanted = d.bool(entry.value, "stated") else { return nil }
        return .stated(wanted)
      }
      if entry.key == "stated_as" {
        guard let wanted = d.bool(entry.value, "stated_as") else { return nil }
        return .statedAs(wanted)
      }
      if entry.key == "none_of" {
        return .noneOf(d.strings(entry.value, "none_of", d.text))
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
            .invalidValue,
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
          .invalidValue,
          "unknown comparison '\(entry.key)' for '\(fact)'; use gt, gte, lt or lte",
          at: d.location(key: entry))
        return nil
      }
    case .null:
      d.error(.missingKey, "'\(fact)' needs a value", at: d.location(node))
      return nil
    }
  }
}
