import LiabilityGraph

/// Decides where a party stands after an incident, from the rules that
/// make a party answer for harm.
///
/// Under each regime: a party that definitely owes such a rule for the
/// product where the harm happened (as its vendor or deployer) is
/// `primary`; one that definitely owes it for a part upstream is
/// `contributory`; one whose answer turns on an unstated fact, an open
/// exemption, or a rule whose text is unverified is `indeterminate`; one
/// that is exempt is `not-liable`. The laws decide (the strongest view
/// among them); the principles decide only where no law's harm rule
/// reaches the party, and are set beside the laws where they differ.
struct PostureJudge {
  let graph: SupplyChainGraph
  let holdings: InformationHoldings
  let incident: Incident
  let product: Int
  let onPath: Set<Int>

  /// One regime's outcome for one (rule, subject).
  enum Outcome {
    case owes(Rule, subject: Int)
    case exempt(Rule, subject: Int, because: String)
    case open([IncidentTrace.Alternative])
  }

  func judge(
    party: Int, roles: [RoleAssignment], regimes: [Regime], reports: [DutyReport]
  ) -> IncidentTrace.PartyTrace {
    let name = graph.name(of: party)
    var duties: [IncidentTrace.RegimeDuties] = []
    for report in reports {
      let mine = IncidentTrace.RegimeDuties(
        regime: report.regime.id,
        assignments: report.assignments.filter { $0.party == party },
        exempt: report.exempt.filter { $0.party == party },
        findings: report.findings.filter { $0.party == party })
      if !(mine.assignments.isEmpty && mine.exempt.isEmpty && mine.findings.isEmpty) {
        duties.append(mine)
      }
    }
    var postures: [IncidentTrace.RegimePosture] = []
    var reasonsByRegime: [String: [String]] = [:]
    var alternatives: [IncidentTrace.Alternative] = []
    var exposure: [IncidentTrace.Exposure] = []
    for regime in regimes {
      // A harm rule only a regulator enforces is exposure, not liability
      // to the person harmed.
      for case .owes(let rule, let subject) in self.outcomes(
        of: regime, party: party, roles: roles, regulatory: true)
      {
        guard let enforcement = rule.enforcement ?? regime.enforcement else { continue }
        exposure.append(
          .init(
            regime: regime.id, rule: rule, subject: subject, enforcement: enforcement,
            meaning:
              "\(enforcement.by) may bring an enforcement action against \(name) on its duty "
              + "to \(rule.asked), for \(graph.name(of: subject)) (\(rule.citation)); the person harmed "
              + "has no claim under this law (no private right of action"
              + (enforcement.citation.map { ", \($0)" } ?? "") + "), so it does not make "
              + "\(name) liable to them. [\(regime.id), \(rule.status.rawValue)]"))
      }
      let outcomes = self.outcomes(of: regime, party: party, roles: roles)
      guard !outcomes.isEmpty else { continue }
      let (posture, reasons, open) = verdict(outcomes, party: party, regime: regime)
      postures.append(.init(regime: regime.id, posture: posture))
      reasonsByRegime[regime.id] = reasons
      if posture == .indeterminate { alternatives += open }
    }
    // The laws decide; the principles where no law reaches the party.
    let laws = postures.filter { id in regimes.first { $0.id == id.regime }?.kind != .principles }
    let deciding = laws.isEmpty ? postures : laws
    var reasons: [String] = []
    let posture: Posture
    if let best = deciding.map(\.posture).min() {
      posture = best
      for entry in deciding where entry.posture == best {
        reasons += reasonsByRegime[entry.regime] ?? []
      }
      for entry in postures where entry.posture != best || !deciding.contains(entry) {
        let prefix =
          deciding.contains(entry)
          ? "" : "Beside the law: "
        reasons += (reasonsByRegime[entry.regime] ?? []).map { prefix + $0 }
      }
      if posture != .indeterminate { alternatives = [] }
    } else {
      posture = .notLiable
      let roleNames = roles.map(\.role.rawValue).uniqued().joined(separator: ", ")
      reasons.append(
        "No rule that makes a party answer for harm to the person harmed reaches \(name) ("
          + (roleNames.isEmpty ? "no role" : roleNames) + ") under "
          + regimes.map(\.id).joined(separator: ", ") + "."
          + (exposure.isEmpty
            ? "" : " Its exposure to regulatory enforcement is listed apart (exposure)."))
    }
    let holds = holdings.items(of: party).filter { onPath.contains($0.holding.subject) }
    let controls = holdings.controls(of: party).filter { onPath.contains($0.holding.subject) }
    return IncidentTrace.PartyTrace(
      party: party, roles: roles, holds: holds, controls: controls, duties: duties,
      posture: posture, postures: postures, reasons: reasons, alternatives: alternatives,
      exposure: exposure,
      assumed: roles.flatMap(\.assumed).uniqued()
        + (graph.party(at: party)?.identified == false
          ? ["\(name) is not identified: only the facts given of it are used"] : []),
      sources: [])
  }

  /// Every harm rule of `regime` that reaches `party` through one of its
  /// roles on the path, with its outcome.
  /// With `regulatory`, the harm rules that only a regulator enforces;
  /// otherwise those the person harmed can rely on (or that do not say).
  func outcomes(
    of regime: Regime, party: Int, roles: [RoleAssignment], regulatory: Bool = false
  ) -> [Outcome] {
    guard regime.inForce(on: incident.date) else { return [] }
    // A rule limited to some harms, for an incident whose harm is not
    // stated, is an open question (below), not a rule that applies.
    let rules = regime.rules.filter {
      let enforcement = $0.enforcement ?? regime.enforcement
      return $0.inForce(on: incident.date)
        && ($0.answers(for: incident.harm) || ($0.answersForHarm && incident.harm == nil))
        && (enforcement?.privateRightOfAction == false) == regulatory
    }
    guard !rules.isEmpty else { return [] }
    let shared = EngineShared(graph: graph, regime: regime, reach: holdings.reach)
    var out: [Outcome] = []
    var seen: Set<String> = []
    for role in roles {
      let context = FactContext(
        shared: shared, party: party, role: role.role, subject: role.subject)
      guard DutyEngine.scope(regime, context) != nil else { continue }
      for rule in rules {
        guard regime.roles[rule.role]?.graphRoles.contains(role.role) == true,
          seen.insert("\(rule.id) \(role.subject)").inserted
        else { continue }
        if let outcome = outcome(rule, regime: regime, context: context) { out.append(outcome) }
      }
    }
    return out
  }

  func outcome(_ rule: Rule, regime: Regime, context: FactContext) -> Outcome? {
    let subject = context.subject
    let s = graph.name(of: subject)
    let duty = "\(rule.asked), for \(s) (\(rule.citation))"
    var unknown: [String] = []
    switch context.truth(rule.when, unknown: &unknown) {
    case .no:
      return nil
    case .unknown:
      // An exemption that holds settles it whatever the unstated facts.
      for exemption in rule.exemptions {
        var ignored: [String] = []
        if context.truth(exemption.when, unknown: &ignored) == .yes {
          return .exempt(rule, subject: subject, because: exemption.because)
        }
      }
      let facts = describe(unknown, context)
      return .open([
        .init(
          regime: regime.id, rule: rule.id, outcome: "must \(duty)",
          decidedBy: facts.map { "if \($0) is as the rule needs" }),
        .init(
          regime: regime.id, rule: rule.id, outcome: "need not \(duty)",
          decidedBy: facts.map { "if \($0) is not" }),
      ])
    case .yes:
      if !rule.harms.isEmpty, incident.harm == nil {
        return .open([
          .init(
            regime: regime.id, rule: rule.id, outcome: "must \(duty)",
            decidedBy: [
              "if the incident's harm (not stated) is one the rule covers: "
                + rule.harms.joined(separator: ", ")
            ]),
          .init(
            regime: regime.id, rule: rule.id, outcome: "need not \(duty)",
            decidedBy: ["if the incident's harm is none of those"]),
        ])
      }
      var open: [IncidentTrace.Alternative] = []
      for exemption in rule.exemptions {
        var missing: [String] = []
        switch context.truth(exemption.when, unknown: &missing) {
        case .yes:
          return .exempt(rule, subject: subject, because: exemption.because)
        case .unknown:
          let facts = describe(missing, context)
          open.append(
            .init(
              regime: regime.id, rule: rule.id,
              outcome: "is exempt from the duty to \(duty): \(exemption.because)",
              decidedBy: facts.map { "if \($0) is as the exemption needs" }))
          open.append(
            .init(
              regime: regime.id, rule: rule.id, outcome: "must \(duty)",
              decidedBy: facts.map { "if \($0) rules the exemption out" }))
        case .no:
          continue
        }
      }
      if !open.isEmpty { return .open(open) }
      if rule.status == .unverified {
        return .open([
          .init(
            regime: regime.id, rule: rule.id, outcome: "must \(duty)",
            decidedBy: [
              "the text of \(rule.citation), which this rule encodes without having read it"
            ]),
          .init(
            regime: regime.id, rule: rule.id, outcome: "need not \(duty)",
            decidedBy: ["the text of \(rule.citation), if it reads otherwise"]),
        ])
      }
      return .owes(rule, subject: subject)
    }
  }

  /// Unstated facts in words: what of whom the file leaves out.
  func describe(_ facts: [String], _ context: FactContext) -> [String] {
    facts.map { fact in
      if fact == "unrecorded" { return "a fact the format does not record (see the rule)" }
      let owner =
        fact.hasPrefix("party_") || fact == "established_in"
        ? graph.name(of: context.party) : graph.name(of: context.subject)
      return "\(ConditionFact.question(fact)) (\(owner); the file does not say)"
    }
  }

  /// A rule's status as a report says it.
  func statusWords(_ status: RuleStatus) -> String {
    status == .policy ? "policy principle, not law" : status.rawValue
  }

  /// `text` ending in a full stop.
  func sentence(_ text: String) -> String {
    text.hasSuffix(".") ? text : text + "."
  }

  func verdict(_ outcomes: [Outcome], party: Int, regime: Regime)
    -> (Posture, [String], [IncidentTrace.Alternative])
  {
    let name = graph.name(of: party)
    var primary: [String] = []
    var contributory: [String] = []
    var exempt: [String] = []
    var open: [IncidentTrace.Alternative] = []
    for outcome in outcomes {
      switch outcome {
      case .owes(let rule, let subject):
        let line =
          "\(name) must \(rule.asked), for \(graph.name(of: subject)) (\(rule.citation)) "
          + "[\(regime.id), \(statusWords(rule.status))]"
        if subject == product { primary.append(line) } else { contributory.append(line) }
      case .exempt(let rule, let subject, let because):
        exempt.append(
          "\(name) is exempt from the duty to \(rule.asked), for \(graph.name(of: subject)): "
            + "\(sentence(because)) [\(regime.id), \(statusWords(rule.status))]")
      case .open(let alternatives):
        open += alternatives
      }
    }
    if !primary.isEmpty {
      return (.primary, primary + contributory, [])
    }
    if !contributory.isEmpty {
      return (.contributory, contributory, [])
    }
    if !open.isEmpty {
      let rules = open.map(\.rule).uniqued()
      return (
        .indeterminate,
        [
          "Whether \(name) answers turns on what the file does not settle ("
            + rules.joined(separator: ", ") + "); see the alternatives. [\(regime.id)]"
        ] + exempt, open
      )
    }
    return (.notLiable, exempt, [])
  }
}
