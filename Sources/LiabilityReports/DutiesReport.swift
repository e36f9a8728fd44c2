import LiabilityGraph
import LiabilityRules

/// `lgraph duties` and `lgraph regimes` output.
public enum DutiesReport {
  /// The line every human-readable output ends with.
  public static let notice =
    "Not legal advice: this applies encoded rules to the facts in the file."

  static func statusMark(_ status: RuleStatus) -> String {
    status == .verified
      ? "" : status == .policy ? " [policy principle, not law]" : " [\(status.rawValue) rule]"
  }

  /// One assignment as JSON: the contract's keys, `due_from` and
  /// `transition` when a transitional provision defers it past the
  /// evaluation date, and the amendments and enforcement behind the rule.
  static func assignmentJSON(
    _ a: Assignment, graph: SupplyChainGraph, regime: Regime?, withParty: Bool
  ) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("rule", .string(a.rule.id)), ("duty", .string(a.rule.duty)),
    ]
    if withParty { fields.append(("party", .string(graph.ids[a.party]))) }
    fields += [
      ("subject", .string(graph.ids[a.subject])), ("citation", .string(a.rule.citation)),
      ("outcome", .string(a.outcome.rawValue)),
      ("status", .string(a.status.rawValue)), ("text_status", .string(a.rule.textStatus.rawValue)),
      ("date_status", .string(a.rule.dateStatus.rawValue)),
    ]
    if a.outcome == .open { fields.append(("open_on", openOnJSON(a.openOn, graph))) }
    if let due = a.dueFrom {
      fields.append(("due_from", .string(due.description)))
      fields.append(("transition", .optional(a.transition)))
    }
    if !a.rule.amendedBy.isEmpty {
      fields.append(
        ("amended_by", amendmentsJSON(a.rule.amendedBy.compactMap { regime?.amendment($0) })))
    }
    if let enforcement = a.rule.enforcement ?? regime?.enforcement {
      fields.append(("enforcement", enforcementJSON(enforcement)))
    }
    if let compliance = a.compliance {
      fields.append(
        (
          "compliance",
          .object([
            ("as_stated", .string(compliance.rawValue)), ("facts", .strings(a.complianceFacts)),
          ])
        ))
    }
    fields += [
      ("reasons", .strings(a.reasons)), ("sources", .strings(a.sources)),
      ("assumed", .strings(a.assumed)),
    ]
    return .object(fields)
  }

  /// What the file states about whether a duty is met, in words.
  static func complianceText(_ compliance: StatedCompliance, _ facts: [String]) -> String {
    let said = facts.joined(separator: "; ")
    switch compliance {
    case .met: return "met, as far as the file states (\(said))"
    case .notMet: return "not met, as the file states it (\(said))"
    case .unstated: return "whether it is met is not stated (\(said))"
    }
  }

  static func openOnJSON(_ facts: [OpenFact], _ graph: SupplyChainGraph) -> JSONValue {
    .array(
      facts.map { fact in
        .object([
          ("fact", .string(fact.fact)), ("of", .string(graph.ids[fact.about])),
          ("if_stated", .string(fact.exempts ? "exempt" : "owes")),
          ("effect", .string(fact.effect)),
        ])
      })
  }

  static func exemptJSON(_ e: Exempted, graph: SupplyChainGraph, withParty: Bool) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("rule", .string(e.rule.id)), ("duty", .string(e.rule.duty)),
    ]
    if withParty { fields.append(("party", .string(graph.ids[e.party]))) }
    fields += [
      ("subject", .string(graph.ids[e.subject])), ("citation", .string(e.rule.citation)),
      ("status", .string(e.rule.status.rawValue)), ("because", .string(e.because)),
      ("assumed", .strings(e.assumed)),
    ]
    return .object(fields)
  }

  static func findingJSON(_ f: Finding, graph: SupplyChainGraph, withParty: Bool) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("kind", .string(f.kind.rawValue)), ("rule", .string(f.rule.id)),
    ]
    if withParty { fields.append(("party", .string(graph.ids[f.party]))) }
    fields += [
      ("subject", .string(graph.ids[f.subject])),
      ("holder", .optional(f.holders.first.map { graph.ids[$0] })),
      ("holders", .strings(f.holders.map { graph.ids[$0] })), ("item", .optional(f.item)),
      ("status", .string(f.rule.status.rawValue)), ("outcome", .string(f.outcome.rawValue)),
      ("explanation", .string(f.explanation)), ("assumed", .strings(f.assumed)),
    ]
    return .object(fields)
  }

  static func voidedJSON(_ v: VoidedTerm, graph: SupplyChainGraph) -> JSONValue {
    .object([
      ("rule", .string(v.rule.id)), ("party", .string(graph.ids[v.party])),
      ("contract", .string(v.contract)), ("term", .string(v.term)),
      ("harms", .strings(v.harms)), ("citation", .string(v.rule.citation)),
      ("status", .string(v.rule.status.rawValue)), ("outcome", .string(v.outcome.rawValue)),
      ("explanation", .string(v.explanation)),
    ])
  }

  static func unappliedJSON(_ report: DutyReport) -> JSONValue {
    .array(
      report.unapplied.map { u in
        .object([
          ("rule", .string(u.rule.id)), ("reason", .string(u.reason.rawValue)),
          ("detail", .string(u.detail)),
        ])
      })
  }

  static func amendmentsJSON(_ amendments: [Amendment]) -> JSONValue {
    .array(
      amendments.map { amendment in
        .object([
          ("id", .string(amendment.id)), ("act", .string(amendment.act)),
          ("date", .optional(amendment.date?.description)),
          ("status", .string(amendment.status.rawValue)), ("url", .optional(amendment.url)),
        ])
      })
  }

  static func enforcementJSON(_ enforcement: Enforcement) -> JSONValue {
    .object([
      ("by", .string(enforcement.by)),
      ("private_right_of_action", enforcement.privateRightOfAction.map { .bool($0) } ?? .null),
      ("citation", .optional(enforcement.citation)),
    ])
  }

  static func noticesJSON(_ regime: Regime) -> JSONValue {
    .array(
      regime.notices.map { notice in
        .object([
          ("id", .string(notice.id)), ("date", .optional(notice.date?.description)),
          ("status", .string(notice.status.rawValue)), ("text", .string(notice.text)),
          ("url", .optional(notice.url)),
        ])
      })
  }

  /// The notices and amendments of a regime, as lines of text.
  static func noticeLines(
    _ regime: Regime, on day: Day? = nil, bullet: String = "  ", markdown: Bool = false
  ) -> [String] {
    let layout = LineLayout(markdown: markdown)
    var lines: [String] = []
    for notice in regime.notices {
      lines.append(
        layout.wrap(
          notice.text + statusMark(notice.status).replacingOccurrences(of: " rule]", with: "]"),
          first: bullet + "note: ", rest: bullet + "      "))
    }
    return lines
  }

  /// How an assignment's timing reads: empty when owed now.
  static func dueText(_ a: Assignment) -> String {
    guard let due = a.dueFrom else { return "" }
    return ", due from \(due)" + (a.transition.map { " (\($0))" } ?? "")
  }

  /// The amendments behind a rule, in words (empty when none).
  static func amendedText(_ rule: Rule, _ regime: Regime) -> String {
    let acts = rule.amendedBy.compactMap(regime.amendment).map {
      "\($0.act)" + ($0.status == .verified ? "" : " [\($0.status.rawValue)]")
    }
    return acts.isEmpty ? "" : "; as amended by " + acts.joined(separator: ", ")
  }

  /// The report as JSON (DESIGN.md §5).
  public static func json(_ report: DutyReport, graph: SupplyChainGraph, party: Int? = nil)
    -> JSONValue
  {
    let keep = { (node: Int) in party == nil || party == node }
    let shown: [Assignment] = report.assignments.filter { keep($0.party) }
    let later: Int = shown.filter { !$0.owedNow }.count
    let assignments: [JSONValue] = shown.map {
      assignmentJSON($0, graph: graph, regime: report.regime, withParty: true)
    }
    return .object([
      ("regime", .string(report.regime.id)),
      ("as_of", .string(report.asOf.description)),
      ("in_force", .bool(report.inForce)),
      ("owed_now", .number(Double(shown.count - later))),
      ("due_later", .number(Double(later))),
      ("notices", noticesJSON(report.regime)),
      ("assignments", .array(assignments)),
      (
        "exempt",
        .array(
          report.exempt.filter { keep($0.party) }.map {
            exemptJSON($0, graph: graph, withParty: true)
          })
      ),
      (
        "findings",
        .array(
          report.findings.filter { keep($0.party) }.map {
            findingJSON($0, graph: graph, withParty: true)
          })
      ),
      (
        "void_terms",
        .array(
          report.voidedTerms.filter { keep($0.party) }.map { voidedJSON($0, graph: graph) })
      ),
      ("unapplied", unappliedJSON(report)),
      (
        "not_applied",
        report.notApplied.map { list in
          .array(
            list.filter { keep($0.party) }.map { n in
              .object([
                ("rule", .string(n.rule.id)), ("party", .string(graph.ids[n.party])),
                ("subject", .string(graph.ids[n.subject])), ("reason", .string(n.reason)),
              ])
            })
        } ?? .null
      ),
    ])
  }

  /// One party's duties under one regime, as in ``json(_:graph:party:)``.
  static func partyDutiesJSON(
    _ duties: IncidentTrace.RegimeDuties, graph: SupplyChainGraph, regime: Regime?
  ) -> JSONValue {
    .object([
      (
        "assignments",
        .array(
          duties.assignments.map {
            assignmentJSON($0, graph: graph, regime: regime, withParty: false)
          })
      ),
      ("exempt", .array(duties.exempt.map { exemptJSON($0, graph: graph, withParty: false) })),
      (
        "findings",
        .array(duties.findings.map { findingJSON($0, graph: graph, withParty: false) })
      ),
    ])
  }

  /// The unstated facts an open duty turns on, in words.
  static func openText(_ a: Assignment, _ graph: SupplyChainGraph) -> String {
    let stated = a.openOn.filter { $0.fact != "unrecorded" }
    let parts =
      stated.map { "`\($0.fact)` of \(graph.ids[$0.about])" }.uniqued().joined(separator: ", ")
      + (stated.isEmpty ? "" : " (not stated)")
    guard stated.count < a.openOn.count else { return parts }
    return (stated.isEmpty ? "" : parts + " or ") + "a fact the format does not record"
  }

  /// Whether an open duty is open on an exemption (owed unless ...) rather
  /// than on its conditions (may be owed if ...).
  static func openOnExemption(_ a: Assignment) -> Bool {
    a.openOn.contains(where: \.exempts)
  }

  /// The report as text (or Markdown when `markdown`).
  public static func text(
    _ report: DutyReport, graph: SupplyChainGraph, party: Int? = nil, markdown: Bool = false
  ) -> String {
    let keep = { (node: Int) in party == nil || party == node }
    let layout = LineLayout(markdown: markdown)
    let regime = report.regime
    var lines: [String] = []
    let title = "\(regime.title) (\(regime.id)), as of \(report.asOf)"
    lines.append(markdown ? "# " + MarkdownText.inline(title) : layout.wrap(title))
    if regime.kind == .principles {
      lines.append(
        layout.wrap("A policy analysis by the project's principles, not law in force."))
    } else if regime.kind != .law {
      lines.append(layout.wrap("This regime is \(regime.kind.rawValue), not law in force."))
    }
    lines += noticeLines(regime, bullet: markdown ? "- " : "", markdown: markdown)
    guard report.inForce else {
      lines.append(
        layout.wrap(
          "No duties: \(regime.id) is not in force on \(report.asOf)"
            + (regime.inForceFrom.map { report.asOf < $0 ? " (it applies from \($0))" : "" } ?? "")
            + (regime.inForceTo.map { report.asOf >= $0 ? " (it ended on \($0))" : "" } ?? "")
            + "."))
      lines.append("")
      lines.append(notice)
      return lines.joined(separator: "\n")
    }
    let bullet = markdown ? "- " : "  "
    let parties = (0..<graph.nodeCount).filter { graph.kinds[$0] == .party && keep($0) }
    for node in parties {
      let mine = report.assignments.filter { $0.party == node }
      let exempt = report.exempt.filter { $0.party == node }
      guard !mine.isEmpty || !exempt.isEmpty else { continue }
      lines.append("")
      let heading = GraphReports.partyLine(graph, node)
      lines.append(markdown ? "## " + MarkdownText.inline(heading) : layout.wrap(heading))
      for a in mine {
        var what =
          "\(a.rule.duty) for \(graph.ids[a.subject]), \(a.rule.citation)"
          + amendedText(a.rule, regime) + statusMark(a.status) + dueText(a)
        var verb = "owes "
        if a.outcome == .open {
          if openOnExemption(a) {
            what += ", unless \(openText(a, graph)) makes it exempt"
          } else {
            verb = "may owe "
            what += ", if \(openText(a, graph)) so decides"
          }
        }
        lines.append(layout.wrap(what, first: bullet + verb, rest: "        "))
        for reason in a.reasons {
          lines.append(layout.wrap(reason, first: "        because ", rest: "                "))
        }
        for fact in a.openOn {
          lines.append(
            layout.wrap(fact.effect, first: "        open: ", rest: "              "))
        }
        for assumption in a.assumed {
          lines.append(
            layout.wrap(assumption, first: "        assumed: ", rest: "                 "))
        }
        if let compliance = a.compliance {
          lines.append(
            layout.wrap(
              complianceText(compliance, a.complianceFacts), first: "        as stated: ",
              rest: "                   "))
        }
      }
      for e in exempt {
        lines.append(
          layout.wrap(
            "\(e.rule.duty) for \(graph.ids[e.subject]), \(e.rule.citation)"
              + statusMark(e.rule.status) + ": " + e.because,
            first: bullet + "exempt ", rest: "        "))
        for assumption in e.assumed {
          lines.append(
            layout.wrap(assumption, first: "        assumed: ", rest: "                 "))
        }
      }
    }
    let findings = report.findings.filter { keep($0.party) }
    if !findings.isEmpty {
      lines.append("")
      lines.append(markdown ? "## Findings" : "Findings")
      for f in findings {
        lines.append(
          layout.wrap(
            (f.outcome == .open ? "if the open duty is owed: " : "") + f.explanation
              + statusMark(f.rule.status), first: bullet + "\(f.kind.rawValue): ",
            rest: "    "))
      }
    }
    let voided = report.voidedTerms.filter { keep($0.party) }
    if !voided.isEmpty {
      lines.append("")
      lines.append(
        markdown ? "## Contract terms that do not hold" : "Contract terms that do not hold")
      for v in voided {
        lines.append(
          layout.wrap(
            (v.outcome == .open ? "if the open duty is owed: " : "") + v.explanation + "."
              + statusMark(v.rule.status), first: bullet + "\(v.contract): ", rest: "    "))
      }
    }
    let shown = report.assignments.filter { keep($0.party) }
    lines.append("")
    if shown.isEmpty && report.exempt.filter({ keep($0.party) }).isEmpty {
      lines.append(
        layout.wrap(
          "No duties under this regime for this chain on this date"
            + (party.map { " for \(graph.ids[$0])" } ?? "") + ". Why:"))
      lines += whyNone(report, graph: graph, keep: keep, bullet: bullet, markdown: markdown)
    } else {
      let now = shown.filter(\.certainNow).count
      let later = shown.filter { $0.outcome == .owes && !$0.owedNow }.count
      let open = shown.filter { $0.outcome == .open }.count
      var parts = ["\(now) dut\(now == 1 ? "y" : "ies") owed now"]
      if later > 0 { parts.append("\(later) due later (see \"due from\")") }
      if open > 0 { parts.append("\(open) open on facts the file does not state") }
      lines.append(layout.wrap(parts.joined(separator: ", ") + "."))
    }
    if let notApplied = report.notApplied {
      let mine = notApplied.filter { keep($0.party) }
      lines.append("")
      lines.append(markdown ? "## Not applied" : "Not applied")
      for rule in report.unapplied {
        lines.append(
          layout.wrap(rule.detail, first: bullet + "\(rule.rule.id): ", rest: "      "))
      }
      for entry in mine {
        lines.append(
          layout.wrap(
            entry.reason,
            first: bullet + "\(entry.rule.id) to \(graph.ids[entry.party]) for "
              + "\(graph.ids[entry.subject]): ", rest: "      "))
      }
      if report.unapplied.isEmpty && mine.isEmpty {
        lines.append(bullet + "every rule applied to someone")
      }
    }
    lines.append("")
    lines.append(notice)
    return lines.joined(separator: "\n")
  }

  /// Why nothing applied, grouped by reason: rules not in force, roles no
  /// party has, parties outside the territory, conditions unmet.
  static func whyNone(
    _ report: DutyReport, graph: SupplyChainGraph, keep: (Int) -> Bool, bullet: String,
    markdown: Bool = false
  ) -> [String] {
    let layout = LineLayout(markdown: markdown)
    var lines: [String] = []
    for reason in UnappliedReason.allCases {
      let rules = report.unapplied.filter { $0.reason == reason }
      guard !rules.isEmpty else { continue }
      let label: String
      switch reason {
      case .notInForce: label = "not in force on \(report.asOf)"
      case .roleAbsent: label = "no party in the chain has the role they fall on"
      case .outsideTerritory:
        label =
          "no party with their role is reached in "
          + report.regime.jurisdictions.joined(separator: ", ")
      }
      lines.append(
        layout.wrap(
          label + ": " + rules.map(\.rule.id).joined(separator: ", "), first: bullet,
          rest: bullet + "  "))
    }
    let conditional = report.regime.rules.filter { rule in
      !report.unapplied.contains { $0.rule.id == rule.id }
    }
    if !conditional.isEmpty {
      lines.append(
        layout.wrap(
          "their conditions do not hold for the parties they reach: "
            + conditional.map(\.id).joined(separator: ", ")
            + " (--explain gives each party and condition)", first: bullet, rest: bullet + "  "))
    }
    return lines
  }

  /// `lgraph regimes` as JSON.
  public static func regimesJSON(_ regimes: [Regime], asOf: Day? = nil) -> JSONValue {
    .object([
      ("as_of", .optional(asOf?.description)),
      (
        "regimes",
        .array(
          regimes.map { regime in
            .object([
              ("id", .string(regime.id)), ("title", .string(regime.title)),
              ("version", .optional(regime.version)), ("kind", .string(regime.kind.rawValue)),
              ("jurisdictions", .strings(regime.jurisdictions)),
              ("in_force_from", .optional(regime.inForceFrom?.description)),
              ("in_force_to", .optional(regime.inForceTo?.description)),
              ("scope", .string(regime.scope.rawValue)),
              ("date_status", .string(regime.dateStatus.rawValue)),
              ("in_force_on_date", asOf.map { .bool(regime.inForce(on: $0)) } ?? .null),
              ("last_reviewed", .optional(regime.lastReviewed?.description)),
              ("amendments", amendmentsJSON(regime.amendments)),
              ("notices", .strings(regime.notices.map(\.id))),
              ("answers_for_harm", .bool(regime.harmsAnsweredFor != nil)),
              ("harms", .strings(regime.harmsAnsweredFor?.map(\.rawValue) ?? [])),
              (
                "rules",
                .object(
                  RuleStatus.allCases.map { status in
                    (
                      status.rawValue,
                      .number(Double(regime.rules.filter { $0.status == status }.count))
                    )
                  })
              ),
            ])
          })
      ),
    ])
  }

  /// `lgraph regimes` as text.
  public static func regimesText(_ regimes: [Regime], asOf: Day? = nil) -> String {
    var lines: [String] = []
    for regime in regimes {
      let dates =
        (regime.inForceFrom.map { "from \($0)" } ?? "")
        + (regime.inForceTo.map { " to \($0)" } ?? "")
      let counts = RuleStatus.allCases.map { status in
        "\(regime.rules.filter { $0.status == status }.count) \(status.rawValue)"
      }.joined(separator: ", ")
      lines.append(TextLayout.wrap("\(regime.id): \(regime.title)"))
      lines.append(
        TextLayout.wrap(
          "\(regime.kind.rawValue)"
            + (regime.jurisdictions.isEmpty
              ? "" : ", \(regime.jurisdictions.joined(separator: ", "))")
            + (dates.isEmpty ? "" : ", in force \(dates)") + "; rules: \(counts)",
          first: "  "))
      if let version = regime.version { lines.append(TextLayout.wrap(version, first: "  ")) }
      let datesKnown =
        regime.inForceFrom == nil && regime.inForceTo == nil
        ? "" : "dates \(regime.dateStatus.rawValue); "
      lines.append(
        TextLayout.wrap(
          datesKnown + (regime.lastReviewed.map { "last reviewed \($0)" } ?? "never reviewed"),
          first: "  "))
      for amendment in regime.amendments {
        lines.append(
          TextLayout.wrap(
            amendment.act + (amendment.date.map { ", in force \($0)" } ?? "")
              + " [\(amendment.status.rawValue)]", first: "  amended by ", rest: "    "))
      }
      if let harms = regime.harmsAnsweredFor {
        lines.append(
          TextLayout.wrap(
            "answers for harm: "
              + (harms.isEmpty ? "any harm" : harms.map(\.rawValue).joined(separator: ", ")),
            first: "  ", rest: "    "))
      }
      if !regime.notices.isEmpty {
        lines.append(
          TextLayout.wrap(
            "notices: " + regime.notices.map(\.id).joined(separator: ", ")
              + " (lgraph regimes show \(regime.id))", first: "  ", rest: "    "))
      }
      if let asOf {
        lines.append("  \(regime.inForce(on: asOf) ? "in force" : "not in force") on \(asOf)")
      }
      lines.append("")
    }
    lines.append(notice)
    return lines.joined(separator: "\n")
  }
}
