import LiabilityGraph
import LiabilityRules

/// `lgraph regimes show`: a pack as a lawyer reads it, every rule with its
/// citation, status, dates, who it falls on, conditions, exemptions,
/// transitional provisions, the information and control it needs, and the
/// harms it answers for.
public enum RegimeReport {
  /// How a scope reads in words.
  static func scopeText(_ scope: Regime.Scope) -> String {
    switch scope {
    case .market:
      return "market (the subject is offered or used there through anyone, or the party is "
        + "established there)"
    case .presence:
      return "presence (the party is established there or its own services or products "
        + "bring the subject there; reach only through others is flagged extraterritorial)"
    case .establishment: return "establishment (the party is established there)"
    case .none: return "none (no territorial limit)"
    }
  }

  static func status(_ status: RuleStatus) -> String { "[\(status.rawValue)]" }

  static func enforcementText(_ enforcement: Enforcement) -> String {
    let right: String
    switch enforcement.privateRightOfAction {
    case true?: right = "; the person harmed may sue"
    case false?: right = "; no private right of action"
    case nil: right = "; whether the person harmed may sue is not stated"
    }
    return enforcement.by + right + (enforcement.citation.map { " (\($0))" } ?? "")
  }

  /// The pack in words.
  public static func text(_ regime: Regime) -> String {
    var lines: [String] = []
    func add(_ text: String, first: String = "", rest: String? = nil) {
      lines.append(TextLayout.wrap(text, first: first, rest: rest))
    }
    add("\(regime.id): \(regime.title)")
    if let version = regime.version { add(version, first: "  ") }
    add(
      regime.kind.rawValue
        + (regime.jurisdictions.isEmpty
          ? "" : ", jurisdictions " + regime.jurisdictions.joined(separator: ", ")),
      first: "  ")
    for (code, members) in regime.regions.sorted(by: { $0.key < $1.key }) {
      add("\(code) = " + members.joined(separator: ", "), first: "  region ", rest: "    ")
    }
    add(scopeText(regime.scope), first: "  scope: ", rest: "    ")
    let dates =
      (regime.inForceFrom.map { "from \($0)" } ?? "")
      + (regime.inForceTo.map { " to \($0) (exclusive)" } ?? "")
    add(
      (dates.isEmpty ? "no dates" : dates) + " " + status(regime.dateStatus)
        + (regime.dateNote.map { ": " + $0 } ?? ""),
      first: "  in force ", rest: "    ")
    if let reviewed = regime.lastReviewed { add("last reviewed \(reviewed)", first: "  ") }
    if let url = regime.url { add(url, first: "  text: ", rest: "    ") }
    if let enforcement = regime.enforcement {
      add(enforcementText(enforcement), first: "  enforcement: ", rest: "    ")
    }
    add(harmsText(regime), first: "  answers for harm: ", rest: "    ")
    if let description = regime.description {
      lines.append("")
      add(description, first: "  ")
    }
    if !regime.amendments.isEmpty {
      lines.append("")
      lines.append("Amendments")
      for amendment in regime.amendments {
        add(
          amendment.act + (amendment.date.map { ", in force \($0)" } ?? "") + " "
            + status(amendment.status) + (amendment.summary.map { ": " + $0 } ?? "")
            + (amendment.url.map { " " + $0 } ?? ""),
          first: "  \(amendment.id): ", rest: "    ")
      }
    }
    if !regime.notices.isEmpty {
      lines.append("")
      lines.append("Notices")
      for notice in regime.notices {
        add(
          (notice.date.map { "\($0): " } ?? "") + notice.text + " " + status(notice.status)
            + (notice.url.map { " " + $0 } ?? ""),
          first: "  \(notice.id): ", rest: "    ")
      }
    }
    if !regime.definitions.isEmpty {
      lines.append("")
      lines.append("Definitions")
      for (name, condition) in regime.definitions.sorted(by: { $0.key < $1.key }) {
        let term = regime.terms.first { $0.value == name }.map { " (term \($0.key))" } ?? ""
        add(condition.text, first: "  \(name)\(term): ", rest: "    ")
      }
    }
    if !regime.namedExemptions.isEmpty {
      lines.append("")
      lines.append("Exemptions")
      for (name, exemption) in regime.namedExemptions.sorted(by: { $0.key < $1.key }) {
        add(
          "when \(exemption.when.text): \(exemption.because)", first: "  \(name): ", rest: "    ")
      }
    }
    if !regime.namedTransitions.isEmpty {
      lines.append("")
      lines.append("Transitional provisions")
      for (name, transition) in regime.namedTransitions.sorted(by: { $0.key < $1.key }) {
        add(transitionText(transition, regime), first: "  \(name): ", rest: "    ")
      }
    }
    lines.append("")
    lines.append("Roles")
    for (id, role) in regime.roles.sorted(by: { $0.key < $1.key }) {
      add(
        "(" + role.graphRoles.map(\.rawValue).joined(separator: ", ") + ")"
          + (role.description.map { " " + $0 } ?? ""), first: "  \(id) ", rest: "    ")
    }
    lines.append("")
    lines.append("Rules")
    for rule in regime.rules {
      lines.append("")
      add((rule.title ?? rule.duty) + " " + status(rule.status), first: "  \(rule.id): ")
      lines += ruleLines(rule, regime)
    }
    lines.append("")
    lines.append(DutiesReport.notice)
    return lines.joined(separator: "\n")
  }

  /// The harms a pack answers for, in words.
  static func harmsText(_ regime: Regime) -> String {
    guard let harms = regime.harmsAnsweredFor else {
      return "none (no rule makes a party answer for harm)"
    }
    if harms.isEmpty { return "any harm" }
    return harms.map(\.rawValue).joined(separator: ", ")
  }

  static func transitionText(_ transition: Transition, _ regime: Regime) -> String {
    let by = transition.amendedBy.flatMap(regime.amendment).map {
      " (\($0.act) \(status($0.status)))"
    }
    return "due from \(transition.dueFrom) when \(transition.when.text), under "
      + transition.citation + (by ?? "") + ": " + transition.because
  }

  static func ruleLines(_ rule: Rule, _ regime: Regime) -> [String] {
    var lines: [String] = []
    func add(_ label: String, _ text: String) {
      lines.append(
        TextLayout.wrap(
          text, first: "    " + label + ": ",
          rest: String(repeating: " ", count: 6)))
    }
    let role = regime.roles[rule.role]
    add(
      "on",
      rule.role + " (" + (role?.graphRoles.map(\.rawValue).joined(separator: ", ") ?? "")
        + ")")
    add("duty", rule.duty)
    add("citation", rule.citation)
    add(
      "status",
      "\(rule.status.rawValue) (text \(rule.textStatus.rawValue), dates "
        + "\(rule.dateStatus.rawValue)"
        + (rule.amendedBy.isEmpty
          ? ""
          : ", amended by "
            + rule.amendedBy.compactMap(regime.amendment).map {
              "\($0.act) \($0.status.rawValue)"
            }.joined(separator: ", ")) + ")")
    let from = rule.inForceFrom ?? regime.inForceFrom
    let to = rule.inForceTo ?? regime.inForceTo
    var dates = (from.map { "from \($0)" } ?? "always") + (to.map { " to \($0) (exclusive)" } ?? "")
    if let enacted = rule.enactedFrom { dates += "; as enacted, from \(enacted)" }
    add("in force", dates)
    add("when", rule.when.text)
    for exemption in rule.exemptions {
      add(
        "exempt",
        (exemption.name.map { "\($0): " } ?? "") + "when \(exemption.when.text): "
          + exemption.because)
    }
    for transition in rule.transitions { add("due", transitionText(transition, regime)) }
    if !rule.information.isEmpty || !rule.control.isEmpty {
      add(
        "needs",
        (rule.information.isEmpty
          ? "" : "information " + rule.information.map(\.rawValue).joined(separator: ", "))
          + (rule.information.isEmpty || rule.control.isEmpty ? "" : "; ")
          + (rule.control.isEmpty
            ? "" : "control " + rule.control.map(\.rawValue).joined(separator: ", ")))
    } else {
      add("needs", "nothing from another party")
    }
    if rule.answersForHarm {
      add("answers for", rule.harms.isEmpty ? "any harm" : rule.harms.joined(separator: ", "))
    }
    for report in rule.reports { add("reports", reportText(report)) }
    if let metIf = rule.metIf { add("met if", metIf.text + " (as the file states it)") }
    if let harms = rule.voidsLimits {
      add(
        "voids",
        "any contract term by which the bearer caps or excludes its liability for "
          + (rule.voidsLimitsFor.map { "\($0) (" + harms.joined(separator: ", ") + ")" }
            ?? harms.joined(separator: ", ")))
    }
    if let enforcement = rule.enforcement ?? regime.enforcement {
      add("enforced by", enforcementText(enforcement))
    }
    if let note = rule.note { add("note", note) }
    return lines
  }

  /// A reporting clock in words: what, to whom, within how long of what,
  /// for which incidents, and the shorter periods.
  static func reportText(_ report: ReportDuty) -> String {
    var text = "\(report.what) to \(report.to), "
    text +=
      report.within.map { "within \($0) of \(startText(report.from))" }
      ?? "without undue delay after \(startText(report.from))"
    text += " (\(report.citation))"
    if let when = report.when { text += ", where it was \(when.text)" }
    for sooner in report.sooner {
      text += "; \(sooner.within) where it was \(sooner.when.text) (\(sooner.citation))"
    }
    return text
  }

  static func startText(_ start: ClockStart) -> String {
    switch start {
    case .incident: return "the incident"
    case .awareness: return "becoming aware of it"
    case .event(let words): return words
    }
  }

  static func reportJSON(_ report: ReportDuty) -> JSONValue {
    .object([
      ("what", .string(report.what)), ("to", .string(report.to)),
      ("if", .optional(report.when?.text)), ("within", .optional(report.within?.description)),
      ("from", .string(startText(report.from))), ("citation", .string(report.citation)),
      (
        "sooner",
        .array(
          report.sooner.map {
            .object([
              ("within", .string($0.within.description)), ("if", .string($0.when.text)),
              ("citation", .string($0.citation)),
            ])
          })
      ),
    ])
  }

  /// The pack as JSON: every field of the regime and its rules.
  public static func json(_ regime: Regime) -> JSONValue {
    func condition(_ c: Condition) -> JSONValue { .string(c.text) }
    func transition(_ t: Transition) -> JSONValue {
      .object([
        ("name", .optional(t.name)), ("when", condition(t.when)),
        ("due_from", .string(t.dueFrom.description)), ("citation", .string(t.citation)),
        ("because", .string(t.because)), ("amended_by", .optional(t.amendedBy)),
      ])
    }
    let rules: [JSONValue] = regime.rules.map { rule in
      var fields: [(String, JSONValue)] = [
        ("id", .string(rule.id)), ("duty", .string(rule.duty)), ("title", .optional(rule.title)),
        ("role", .string(rule.role)),
        (
          "graph_roles",
          .strings(regime.roles[rule.role]?.graphRoles.map(\.rawValue) ?? [])
        ),
        ("citation", .string(rule.citation)), ("status", .string(rule.status.rawValue)),
        ("text_status", .string(rule.textStatus.rawValue)),
        ("date_status", .string(rule.dateStatus.rawValue)),
        ("in_force_from", .optional((rule.inForceFrom ?? regime.inForceFrom)?.description)),
        ("in_force_to", .optional((rule.inForceTo ?? regime.inForceTo)?.description)),
        ("enacted_from", .optional(rule.enactedFrom?.description)),
        ("amended_by", .strings(rule.amendedBy)), ("when", condition(rule.when)),
      ]
      fields.append(
        (
          "exempt",
          .array(
            rule.exemptions.map {
              .object([
                ("name", .optional($0.name)), ("when", condition($0.when)),
                ("because", .string($0.because)),
              ])
            })
        ))
      fields.append(("due", .array(rule.transitions.map(transition))))
      fields.append(("information", .strings(rule.information.map(\.rawValue))))
      fields.append(("control", .strings(rule.control.map(\.rawValue))))
      fields.append(("answers_for_harm", .bool(rule.answersForHarm)))
      fields.append(("harms", .strings(rule.harms)))
      fields.append(("reports", .array(rule.reports.map(reportJSON))))
      fields.append(("met_if", rule.metIf.map(condition) ?? .null))
      fields.append(("voids_limits", rule.voidsLimits.map { .strings($0) } ?? .null))
      if let enforcement = rule.enforcement ?? regime.enforcement {
        fields.append(("enforcement", DutiesReport.enforcementJSON(enforcement)))
      }
      fields.append(("note", .optional(rule.note)))
      return .object(fields)
    }
    return .object([
      ("id", .string(regime.id)), ("title", .string(regime.title)),
      ("version", .optional(regime.version)), ("kind", .string(regime.kind.rawValue)),
      ("jurisdictions", .strings(regime.jurisdictions)),
      (
        "regions",
        .object(regime.regions.sorted { $0.key < $1.key }.map { ($0.key, .strings($0.value)) })
      ),
      ("scope", .string(regime.scope.rawValue)),
      ("in_force_from", .optional(regime.inForceFrom?.description)),
      ("in_force_to", .optional(regime.inForceTo?.description)),
      ("date_status", .string(regime.dateStatus.rawValue)),
      ("last_reviewed", .optional(regime.lastReviewed?.description)),
      ("url", .optional(regime.url)), ("description", .optional(regime.description)),
      ("enforcement", regime.enforcement.map(DutiesReport.enforcementJSON) ?? .null),
      ("answers_for_harm", .bool(regime.harmsAnsweredFor != nil)),
      ("harms", .strings(regime.harmsAnsweredFor?.map(\.rawValue) ?? [])),
      ("amendments", DutiesReport.amendmentsJSON(regime.amendments)),
      ("notices", DutiesReport.noticesJSON(regime)),
      (
        "definitions",
        .object(regime.definitions.sorted { $0.key < $1.key }.map { ($0.key, condition($0.value)) })
      ),
      (
        "terms",
        .object(regime.terms.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
      ),
      (
        "roles",
        .object(
          regime.roles.sorted { $0.key < $1.key }.map { id, role in
            (
              id,
              .object([
                ("graph_roles", .strings(role.graphRoles.map(\.rawValue))),
                ("description", .optional(role.description)),
              ])
            )
          })
      ),
      ("rules", .array(rules)),
    ])
  }
}
