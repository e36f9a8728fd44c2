import Dispatch
import LiabilityGraph
import Synchronization

/// Evaluates a regime's rules on a graph as of its date.
///
/// ```swift
/// let report = DutyEngine.evaluate(regime, on: graph)
/// for assignment in report.assignments { print(assignment.rule.citation) }
/// ```
public enum DutyEngine {
  /// Controls that no one can hold over released weights.
  static let impossibleOverReleasedWeights: Set<ControlKind> = [
    .revokeAccess, .shutDownAllCopies, .monitorDownstreamUse, .revokeLicense,
  ]

  /// Applies `regime` to `graph` on the graph's date (today when it has
  /// none). With `explain`, the report also lists every rule that did not
  /// apply to each party, and why (``DutyReport/notApplied``).
  public static func evaluate(
    _ regime: Regime, on graph: SupplyChainGraph, holdings: InformationHoldings? = nil,
    explain: Bool = false
  ) -> DutyReport {
    let day = graph.asOf ?? Day.today
    var report = DutyReport(
      regime: regime, asOf: day, inForce: regime.inForce(on: day), assignments: [], exempt: [],
      findings: [])
    guard report.inForce else {
      report.unapplied = regime.rules.map {
        UnappliedRule(rule: $0, reason: .notInForce, detail: notInForceText(regime, $0, day))
      }
      return report
    }
    let holdings = holdings ?? InformationHoldings(graph)
    let shared = EngineShared(graph: graph, regime: regime, reach: holdings.reach)
    // The rules in force, by the graph roles that carry them.
    var byRole: [Role: [(index: Int, rule: Rule)]] = [:]
    var unapplied: [Int: UnappliedRule] = [:]
    for (index, rule) in regime.rules.enumerated() {
      guard rule.inForce(on: day) else {
        unapplied[index] = UnappliedRule(
          rule: rule, reason: .notInForce, detail: notInForceText(regime, rule, day))
        continue
      }
      guard let regimeRole = regime.roles[rule.role] else { continue }
      for role in regimeRole.graphRoles { byRole[role, default: []].append((index, rule)) }
    }
    // What became of each rule in force: reached a party (in scope), or a
    // party had its role at all.
    var hadRole: Set<Int> = []
    var reached: Set<Int> = []
    var decided: Set<Triple> = []
    var assignments: [(Int, Assignment)] = []
    // Open duties by (rule, party, subject): their place in `openList`, so
    // that the large values are stored once.
    var open: [Triple: Int] = [:]
    var openList: [(key: Triple, index: Int, assignment: Assignment)] = []
    var exempt: [(Int, Exempted)] = []
    var findings: [(Int, Finding)] = []
    var notApplied: [(Int, NotApplied)] = []
    var ruled: [Triple: String] = [:]  // why a (rule, party, subject) failed, for --explain
    for held in holdings.roleAssignments {
      guard let rules = byRole[held.role] else { continue }
      for (index, _) in rules { hadRole.insert(index) }
      let context = FactContext(
        shared: shared, party: held.party, role: held.role, subject: held.subject)
      // Territorial scope: once per assignment, not per rule.
      guard let scope = self.scope(regime, context) else {
        if explain {
          let why = outsideText(regime, context)
          for (index, _) in rules {
            let key = Triple(rule: index, party: held.party, subject: held.subject)
            if ruled[key] == nil { ruled[key] = why }
          }
        }
        continue
      }
      for (index, rule) in rules {
        reached.insert(index)
        let key = Triple(rule: index, party: held.party, subject: held.subject)
        guard !decided.contains(key) else { continue }
        var unknown: [String] = []
        let truth = context.truth(rule.when, unknown: &unknown)
        if truth == .no {
          if explain, ruled[key] == nil {
            ruled[key] = context.failure(rule.when).joined(separator: "; ")
          }
          continue
        }
        var explained: [String] = []
        _ = context.holds(rule.when, explain: &explained)
        var reasons = [held.reason]
        reasons.reserveCapacity(1 + scope.reasons.count + explained.count + 1)
        reasons += scope.reasons
        reasons += explained
        if truth == .unknown {
          // An exemption that holds settles it whatever the unstated facts.
          if let exemption = rule.exemptions.first(where: { exemption in
            var ignored: [String] = []
            return context.truth(exemption.when, unknown: &ignored) == .yes
          }) {
            decided.insert(key)
            open[key] = nil
            var exempted = Exempted(
              rule: rule, party: held.party, subject: held.subject, because: exemption.because,
              reasons: reasons)
            exempted.assumed = held.assumed
            exempt.append((index, exempted))
            continue
          }
          // A condition turns on an unstated fact: the duty is open.
          guard open[key] == nil else { continue }
          var assignment = Assignment(
            rule: rule, party: held.party, subject: held.subject, reasons: reasons,
            sources: held.sources, status: rule.status)
          assignment.outcome = .open
          assignment.openOn = openFacts(
            unknown, context, in: rule.when, key: "\(index)", exempts: false,
            consequence: graph.ids[held.party] + " owes it (" + rule.citation + ")")
          assignment.assumed = held.assumed
          applyTransitions(&assignment, context: context, regime: regime, day: day)
          statedCompliance(&assignment, context: context)
          open[key] = openList.count
          openList.append((key, index, assignment))
          continue
        }
        decided.insert(key)
        open[key] = nil
        var exemptBy: Exemption?
        var openExemptions: [OpenFact] = []
        for (slot, exemption) in rule.exemptions.enumerated() {
          var missing: [String] = []
          switch context.truth(exemption.when, unknown: &missing) {
          case .yes: exemptBy = exemption
          case .unknown:
            openExemptions += openFacts(
              missing, context, in: exemption.when, key: "\(index)/\(slot)", exempts: true,
              consequence: graph.ids[held.party] + " is exempt: " + exemption.because)
          case .no: break
          }
          if exemptBy != nil { break }
        }
        if let exemption = exemptBy {
          var exempted = Exempted(
            rule: rule, party: held.party, subject: held.subject, because: exemption.because,
            reasons: reasons)
          exempted.assumed = held.assumed
          exempt.append((index, exempted))
          continue
        }
        var assignment = Assignment(
          rule: rule, party: held.party, subject: held.subject, reasons: reasons,
          sources: held.sources, status: rule.status)
        assignment.assumed = held.assumed
        if !openExemptions.isEmpty {
          // Owed unless an exemption whose facts are unstated applies.
          assignment.outcome = .open
          assignment.openOn = openExemptions
        }
        applyTransitions(&assignment, context: context, regime: regime, day: day)
        statedCompliance(&assignment, context: context)
        assignments.append((index, assignment))
        findings +=
          self.findings(
            rule: rule, party: held.party, subject: held.subject, graph: graph,
            holdings: holdings, extraterritorial: scope.extraterritorial, regime: regime
          ).map { finding in
            var finding = finding
            finding.assumed = assignment.assumed
            finding.outcome = assignment.outcome
            return (index, finding)
          }
      }
    }
    // Open duties, unless another role of the same party settled the rule.
    for entry in openList where !decided.contains(entry.key) {
      assignments.append((entry.index, entry.assignment))
    }
    openList.removeAll()
    for (index, rule) in regime.rules.enumerated() where rule.inForce(on: day) {
      if !hadRole.contains(index) {
        let roles = regime.roles[rule.role]?.graphRoles.map(\.rawValue) ?? []
        unapplied[index] = UnappliedRule(
          rule: rule, reason: .roleAbsent,
          detail: "no party in the chain is \(rule.role) (" + roles.joined(separator: ", ")
            + ")")
      } else if !reached.contains(index) {
        unapplied[index] = UnappliedRule(
          rule: rule, reason: .outsideTerritory,
          detail: "no party with its role is reached in "
            + regime.jurisdictions.joined(separator: ", "))
      }
    }
    if explain {
      for (key, why) in ruled where !decided.contains(key) && open[key] == nil {
        // (`open` still names the open ones: they are not "not applied".)
        guard
          !assignments.contains(where: {
            $0.0 == key.rule && $0.1.party == key.party
              && $0.1.subject == key.subject
          })
        else { continue }
        notApplied.append(
          (
            key.rule,
            NotApplied(
              rule: regime.rules[key.rule], party: key.party, subject: key.subject, reason: why)
          ))
      }
      notApplied.sort { ($0.0, $0.1.party, $0.1.subject) < ($1.0, $1.1.party, $1.1.subject) }
    }
    // Rule order, then the order the roles were found in (a stable sort of
    // positions: the values, which are large, are moved once).
    func inRuleOrder<T>(_ items: [(Int, T)]) -> [T] {
      // The keys apart: comparing through `items` would copy each value.
      let keys = items.map(\.0)
      return items.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { items[$0].1 }
    }
    report.assignments = inRuleOrder(assignments)
    report.voidedTerms = voidedTerms(report.assignments, graph: graph, day: day)
    report.exempt = inRuleOrder(exempt)
    report.findings = inRuleOrder(findings)
    report.unapplied = unapplied.sorted { $0.key < $1.key }.map(\.value)
    report.notApplied = explain ? notApplied.map(\.1) : nil
    return report
  }

  /// Applies several regimes to one graph, on as many cores as the machine
  /// has (each regime is independent of the others); the reports are in
  /// the order of `regimes`.
  public static func evaluate(
    _ regimes: [Regime], on graph: SupplyChainGraph, holdings: InformationHoldings? = nil,
    explain: Bool = false
  ) -> [DutyReport] {
    let holdings = holdings ?? InformationHoldings(graph)
    let results = Mutex<[Int: DutyReport]>([:])
    // The largest packs first, so that no core is left with one at the end.
    let order = regimes.indices.sorted { regimes[$0].rules.count > regimes[$1].rules.count }
    DispatchQueue.concurrentPerform(iterations: order.count) { position in
      let index = order[position]
      let report = evaluate(regimes[index], on: graph, holdings: holdings, explain: explain)
      results.withLock { $0[index] = report }
    }
    let done = results.withLock { $0 }
    return regimes.indices.compactMap { done[$0] }
  }

  /// The unstated facts that decide an open duty, each with what stating
  /// it would do: `condition` is the test they would have to pass.
  static func openFacts(
    _ facts: [String], _ context: FactContext, in condition: Condition, key: String,
    exempts: Bool, consequence: String
  ) -> [OpenFact] {
    facts.map { fact in
      let aboutParty =
        fact.hasPrefix("party_") || fact == "established_in"
      let about = aboutParty ? context.party : context.subject
      let tests = context.shared.clauseText(key + "|" + fact) {
        context.clauses(testing: fact, in: condition)
      }
      return OpenFact(
        fact: fact, about: about, aboutID: context.graph.ids[about], tests: tests,
        others: facts.count > 1 ? facts.filter { $0 != fact } : [], consequence: consequence,
        exempts: exempts)
    }
  }

  /// The contract terms by which a party bound by a rule with
  /// `voids_limits` caps its liability or excludes a harm the rule names:
  /// one per (rule, party, contract, term), for contracts made by the
  /// evaluation date (or undated).
  static func voidedTerms(_ assignments: [Assignment], graph: SupplyChainGraph, day: Day)
    -> [VoidedTerm]
  {
    var out: [VoidedTerm] = []
    var seen: Set<String> = []
    for assignment in assignments {
      guard let harms = assignment.rule.voidsLimits else { continue }
      let party = graph.ids[assignment.party]
      for contract in graph.document.contracts where contract.parties.contains(party) {
        if let date = contract.date, date > day { continue }
        var terms: [(String, [String])] = []
        if let cap = contract.liabilityCapUSD {
          terms.append(("a liability cap of " + Formatting.dollars(cap), harms))
        }
        let excluded = contract.excludes.filter { harms.contains($0) }
        if !excluded.isEmpty {
          terms.append(
            ("an exclusion of liability for " + excluded.joined(separator: ", "), excluded))
        }
        for (term, voided) in terms {
          let key = "\(assignment.rule.id)|\(party)|\(contract.id)|\(term)"
          guard seen.insert(key).inserted else { continue }
          let name = contract.name ?? contract.id
          out.append(
            VoidedTerm(
              rule: assignment.rule, party: assignment.party, contract: contract.id, term: term,
              harms: voided, outcome: assignment.outcome,
              explanation: "\(name) gives \(graph.name(of: assignment.party)) \(term); "
                + "\(assignment.rule.citation) bars it from limiting its liability for "
                + (assignment.rule.voidsLimitsFor.map {
                  "\($0) (" + voided.joined(separator: ", ") + ")"
                } ?? voided.joined(separator: ", "))
                + ", so the term does not hold there"))
        }
      }
    }
    return out
  }

  /// What the file states of the rule's `met_if` facts.
  static func statedCompliance(_ assignment: inout Assignment, context: FactContext) {
    guard let test = assignment.rule.metIf else { return }
    var unknown: [String] = []
    switch context.truth(test, unknown: &unknown) {
    case .yes:
      var explained: [String] = []
      _ = context.holds(test, explain: &explained)
      assignment.compliance = .met
      assignment.complianceFacts = explained
    case .no:
      assignment.compliance = .notMet
      assignment.complianceFacts = context.failure(test)
    case .unknown:
      assignment.compliance = .unstated
      assignment.complianceFacts = unknown.uniqued().map { "\($0) not stated" }
    }
  }

  static func notInForceText(_ regime: Regime, _ rule: Rule, _ day: Day) -> String {
    let from = rule.inForceFrom ?? regime.inForceFrom
    let to = rule.inForceTo ?? regime.inForceTo
    if let from, day < from { return "not in force on \(day): it applies from \(from)" }
    if let to, day >= to { return "not in force on \(day): it ended on \(to)" }
    return "not in force on \(day)"
  }

  /// Why an assignment is outside the regime's territory, in words.
  static func outsideText(_ regime: Regime, _ context: FactContext) -> String {
    let places = regime.jurisdictions.joined(separator: ", ")
    let graph = context.graph
    let established = context.establishedIn
    return "outside the territory: \(graph.ids[context.subject]) is not recorded as offered or "
      + "used in \(places)"
      + (established.isEmpty
        ? " and \(graph.ids[context.party]) states no jurisdiction"
        : " and \(graph.ids[context.party]) is established in "
          + established.joined(separator: ", "))
  }

  /// Applies the rule's transitional provisions to an assignment: the
  /// first that holds for the subject says from when the duty is due; one
  /// whose condition turns on an unstated fact is said in the reasons.
  static func applyTransitions(
    _ assignment: inout Assignment, context: FactContext, regime: Regime, day: Day
  ) {
    let rule = assignment.rule
    guard !rule.transitions.isEmpty else { return }
    for transition in rule.transitions {
      // The same provision on the same subject reads the same for every
      // rule: worked out once per assignment context.
      let key = transition.name ?? "\(transition.citation)|\(transition.dueFrom)"
      let outcome: TransitionOutcome
      if let known = context.memo.transitions[key] {
        outcome = known
      } else {
        outcome = transitionOutcome(transition, context: context, regime: regime, day: day)
        context.memo.transitions[key] = outcome
      }
      switch outcome.truth {
      case .no:
        continue
      case .unknown:
        if let reason = outcome.reason { assignment.reasons.append(reason) }
        if let assumed = outcome.assumed { assignment.assumed.append(assumed) }
        continue
      case .yes:
        if let reason = outcome.reason { assignment.reasons.append(reason) }
        if transition.dueFrom > day {
          assignment.dueFrom = transition.dueFrom
          assignment.transition = transition.citation
          if let amendment = transition.amendedBy.flatMap(regime.amendment) {
            assignment.status = assignment.status.weaker(amendment.status)
          }
        }
        return
      }
    }
  }

  static func transitionOutcome(
    _ transition: Transition, context: FactContext, regime: Regime, day: Day
  ) -> TransitionOutcome {
    var unknown: [String] = []
    let truth = context.truth(transition.when, unknown: &unknown)
    switch truth {
    case .no:
      return TransitionOutcome(truth: .no)
    case .unknown:
      let facts = unknown.map { "`\($0)`" }.joined(separator: ", ")
      return TransitionOutcome(
        truth: .unknown,
        reason: "\(transition.citation) would defer it to \(transition.dueFrom) if "
          + facts + " (not stated in the file) so decided: \(transition.because)",
        assumed: "taken as due now: whether \(transition.citation) defers it to "
          + "\(transition.dueFrom) turns on \(facts), which the file does not state")
    case .yes:
      var lines: [String] = []
      _ = context.holds(transition.when, explain: &lines)
      let amendment = transition.amendedBy.flatMap(regime.amendment)
      let by = amendment.map { " (\($0.act), \($0.status.rawValue))" } ?? ""
      if transition.dueFrom > day {
        let because =
          transition.because.hasSuffix(".")
          ? String(transition.because.dropLast()) : transition.because
        return TransitionOutcome(
          truth: .yes,
          reason: "due from \(transition.dueFrom) under \(transition.citation)\(by): " + because
            + (lines.isEmpty ? "" : " (" + lines.joined(separator: "; ") + ")") + ".")
      }
      return TransitionOutcome(
        truth: .yes,
        reason: "\(transition.citation)\(by) deferred it to \(transition.dueFrom), which has passed"
      )
    }
  }

  /// Whether an assignment is within the regime's territory, why, and
  /// whether only through others' conduct; nil when outside.
  static func scope(_ regime: Regime, _ context: FactContext)
    -> (reasons: [String], extraterritorial: Bool)?
  {
    let graph = context.graph
    // The codes are already distinct (reach lists are deduplicated when
    // built; a party's jurisdictions are few): filtering keeps them so.
    func inside(_ codes: [String], covering: Bool) -> [String] {
      var out: [String] = []
      for code in codes
      where regime.jurisdictions.contains(where: {
        covering ? regime.covers(code, $0) : regime.within(code, $0)
      }) && !out.contains(code) {
        out.append(code)
      }
      return out
    }
    switch regime.scope {
    case .none:
      return ([], false)
    case .market:
      let own = inside(context.establishedIn, covering: false)
      if !own.isEmpty {
        return (
          ["\(graph.ids[context.party]) is established in \(own.joined(separator: ", "))"], false
        )
      }
      let reach = inside(context.reaches, covering: true)
      guard !reach.isEmpty else { return nil }
      return (
        ["\(graph.ids[context.subject]) is offered or used in \(reach.joined(separator: ", "))"],
        false
      )
    case .establishment:
      let own = inside(context.establishedIn, covering: false)
      guard !own.isEmpty else { return nil }
      return (
        ["\(graph.ids[context.party]) is established in \(own.joined(separator: ", "))"], false
      )
    case .presence:
      let reach = inside(context.reaches, covering: true)
      let established = inside(context.establishedIn, covering: false)
      let own =
        established.isEmpty && !reach.isEmpty
        ? inside(context.reachesItself, covering: true) : established
      if !own.isEmpty {
        return (
          ["\(graph.ids[context.party]) itself operates in \(own.joined(separator: ", "))"], false
        )
      }
      guard !reach.isEmpty else { return nil }
      return (
        [
          "\(graph.ids[context.subject]) reaches \(reach.joined(separator: ", ")) only through "
            + "others' services or products"
        ], true
      )
    }
  }

  struct Triple: Hashable {
    var rule: Int
    var party: Int
    var subject: Int
  }

  /// Items about a model rather than about how it is offered.
  static let modelLevel: Set<InformationItem> = [
    .trainingData, .trainingCompute, .modelArchitecture, .weights, .evaluations,
    .capabilitiesLimitations, .fineTuneData, .safetyFramework,
  ]

  /// The models a service serves, or a product runs itself or through the
  /// services it uses.
  static func systemModels(_ subject: Int, _ graph: SupplyChainGraph) -> [Int] {
    var out: [Int] = []
    for edge in graph.incoming(subject) {
      switch (edge.kind, graph.kinds[edge.from]) {
      case (.serves, .model), (.uses, .model): out.append(edge.from)
      case (.uses, .service):
        out += graph.incoming(edge.from).filter { $0.kind == .serves }.map(\.from)
      default: break
      }
    }
    return out.uniqued()
  }

  static func unique(_ values: [String]) -> [String] {
    values.uniqued()
  }

  /// Items that a derived model has in parts: its own (its modification)
  /// and each base's. The training data of a fine-tune is its fine-tuning
  /// data and the data its base was trained on; its training compute is
  /// the modification's and the base's.
  static let composedOverLineage: [InformationItem: [InformationItem]] = [
    .trainingData: [.trainingData, .fineTuneData],
    .trainingCompute: [.trainingCompute],
  ]

  /// The parts of `item` about `target`: for a composed item of a derived
  /// model, the model's own part and each base's (in the view), upstream
  /// to the models trained from scratch; otherwise the item itself.
  static func parts(
    of item: InformationItem, about target: Int, _ graph: SupplyChainGraph
  ) -> [(node: Int, items: [InformationItem])] {
    guard let own = composedOverLineage[item], graph.kinds[target] == .model else {
      return [(target, [item])]
    }
    var out: [(node: Int, items: [InformationItem])] = []
    var seen: Set<Int> = []
    var queue = [target]
    while let node = queue.first {
      queue.removeFirst()
      guard seen.insert(node).inserted, seen.count <= 256 else { continue }
      let bases = graph.incoming(node).filter { $0.kind == .lineage }.map(\.from)
      out.append((node, bases.isEmpty ? [item] : own))
      queue += bases
    }
    return out
  }

  static func informationFindings(
    rule: Rule, item: InformationItem, party: Int, subject: Int, target: Int,
    graph: SupplyChainGraph, holdings: InformationHoldings
  ) -> [Finding] {
    let p = graph.name(of: party)
    let s = graph.name(of: subject)
    let parts = self.parts(of: item, about: target, graph)
    let missing = parts.filter { part in
      !part.items.contains { holdings.holding(party, $0, about: part.node) != nil }
    }
    guard !missing.isEmpty else { return [] }
    let t = target == subject ? s : "\(graph.name(of: target)) (in \(s))"
    var held: [(node: Int, holders: [Int])] = []
    var unheld: [Int] = []
    for part in missing {
      let holders = part.items.flatMap { holdings.holders(of: $0, about: part.node) }
        .map(\.party).uniqued()
      if holders.isEmpty { unheld.append(part.node) } else { held.append((part.node, holders)) }
    }
    func name(_ node: Int) -> String {
      node == target ? "its own part" : "that of \(graph.name(of: node))"
    }
    var out: [Finding] = []
    let composed = parts.count > 1
    if !held.isEmpty {
      let holders = held.flatMap(\.holders).uniqued()
      let names = holders.map { graph.name(of: $0) }.joined(separator: ", ")
      let detail =
        composed
        ? " ("
          + held.map { part in
            "\(name(part.node)) held by "
              + part.holders.map { graph.name(of: $0) }.joined(separator: ", ")
          }.joined(separator: "; ") + ")"
        : ""
      out.append(
        Finding(
          kind: .misallocated, rule: rule, party: party, subject: subject, holders: holders,
          item: item.rawValue,
          explanation:
            "\(rule.citation) puts on \(p) a duty that needs the \(item.rawValue) of \(t), "
            + "which \(names) hold\(holders.count == 1 ? "s" : "") and \(p) does not"
            + detail + "."))
    }
    if !unheld.isEmpty {
      let what =
        composed && !(unheld.count == 1 && unheld.first == target)
        ? " (" + unheld.map(name).joined(separator: "; ") + ")" : ""
      out.append(
        Finding(
          kind: .unowned, rule: rule, party: party, subject: subject, holders: [],
          item: item.rawValue,
          explanation:
            "\(rule.citation) needs the \(item.rawValue) of \(t)\(what), which no party in "
            + "the chain is recorded as holding."))
    }
    return out
  }

  static func findings(
    rule: Rule, party: Int, subject: Int, graph: SupplyChainGraph,
    holdings: InformationHoldings, extraterritorial: Bool, regime: Regime
  ) -> [Finding] {
    var out: [Finding] = []
    let p = graph.name(of: party)
    let s = graph.name(of: subject)
    if extraterritorial {
      out.append(
        Finding(
          kind: .extraterritorial, rule: rule, party: party, subject: subject, holders: [],
          item: nil,
          explanation:
            "\(rule.citation) reaches \(p), which does not itself operate in "
            + "\(regime.jurisdictions.joined(separator: ", ")); \(s) arrives there only through "
            + "others' conduct."))
    }
    for item in rule.information {
      // What a service or product is made of: a model-level item nobody
      // records about the system itself is that of the models it runs.
      var targets = [subject]
      if modelLevel.contains(item), holdings.holders(of: item, about: subject).isEmpty,
        graph.kinds[subject] != .model
      {
        let models = systemModels(subject, graph)
        if !models.isEmpty { targets = models }
      }
      for target in targets {
        out += informationFindings(
          rule: rule, item: item, party: party, subject: subject, target: target, graph: graph,
          holdings: holdings)
      }
    }
    let released = graph.model(at: subject)?.weights?.isReleased == true
    for kind in rule.control where holdings.controlling(party, kind, over: subject) == nil {
      out.append(
        Finding(
          kind: .infeasible, rule: rule, party: party, subject: subject,
          holders: holdings.controllers(of: kind, over: subject).map(\.party), item: kind.rawValue,
          explanation:
            "\(rule.citation) asks \(p) to \(kind.rawValue.replacingOccurrences(of: "-", with: " ")) "
            + "for \(s), which \(p) cannot do."))
      if released && impossibleOverReleasedWeights.contains(kind) {
        out.append(
          Finding(
            kind: .openSourceIncompatible, rule: rule, party: party, subject: subject, holders: [],
            item: kind.rawValue,
            explanation:
              "No one can \(kind.rawValue.replacingOccurrences(of: "-", with: " ")) for "
              + "released weights of \(s): as applied to an open release, \(rule.citation) "
              + "can only be met by not releasing."))
      }
    }
    return out
  }
}
