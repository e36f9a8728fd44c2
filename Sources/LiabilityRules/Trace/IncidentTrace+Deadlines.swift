import LiabilityGraph

extension IncidentTrace {
  /// A report a party on the path must make about the incident, and by
  /// when: counted from the fact its rule starts from, open where the file
  /// does not state that fact or a circumstance the report turns on.
  public struct Deadline: Sendable, Hashable {
    /// A shorter period that would apply in a circumstance the file does
    /// not state.
    public struct IfAlso: Sendable, Hashable {
      /// The period.
      public var within: Period
      /// The day it would end, where the start is known.
      public var due: Day?
      /// The circumstance, in words.
      public var condition: String
      /// Where it is in the text.
      public var citation: String
    }

    /// The party that must report.
    public var party: Int
    /// The regime's id.
    public var regime: String
    /// The rule that imposes the report.
    public var rule: Rule
    /// The nodes the duty is about (a frontier model, a product).
    public var subjects: [Int]
    /// What is reported.
    public var what: String
    /// To whom.
    public var to: String
    /// The period that applies (nil: the text sets none, `without undue
    /// delay`).
    public var within: Period?
    /// Where the period is in the text: the base clock's, or the shorter
    /// one's that applies.
    public var citation: String
    /// What the period counts from, in words.
    public var countedFrom: String
    /// The day it counts from, where the file states it.
    public var start: Day?
    /// The last day the report is in time; nil while the deadline is open.
    public var due: Day?
    /// Where the start is not stated: the earliest the deadline can fall,
    /// the period counted from the incident (awareness cannot come before
    /// it).
    public var earliestDue: Day?
    /// Whether the report is owed for certain; false when the duty or the
    /// circumstance it is owed for turns on a fact the file does not state.
    public var owedForCertain: Bool
    /// Why the deadline, or the report itself, is open: each fact the file
    /// does not state.
    public var open: [String]
    /// Shorter periods that apply in circumstances the file does not state.
    public var ifAlso: [IfAlso]
    /// A note on how the day was counted (hours from a day).
    public var note: String?
    /// The rule's legal certainty.
    public var status: RuleStatus
  }

  /// The reports owed on the path, party by party in path order, then by
  /// regime in the order applied.
  static func deadlines(
    incident: Incident, graph: SupplyChainGraph, parties: [PartyTrace]
  ) -> [Deadline] {
    var out: [Deadline] = []
    for party in parties {
      let partyID = graph.ids[party.party]
      let partyName = graph.name(of: party.party)
      for duties in party.duties {
        // One report per rule, whatever the number of subjects it is about.
        var order: [String] = []
        var byRule: [String: [Assignment]] = [:]
        for a in duties.assignments where !a.rule.reports.isEmpty {
          if let from = a.dueFrom, from > incident.date { continue }
          if byRule[a.rule.id] == nil { order.append(a.rule.id) }
          byRule[a.rule.id, default: []].append(a)
        }
        for id in order {
          guard let assignments = byRule[id], let first = assignments.first else { continue }
          let rule = first.rule
          let dutyOpen = assignments.allSatisfy { $0.outcome == .open }
          for report in rule.reports {
            var open: [String] = []
            var certain = !dutyOpen
            if dutyOpen {
              open.append(
                "whether \(partyName) owes the duty at all, which turns on "
                  + first.openOn.map { ConditionFact.question($0.fact) }.uniqued()
                  .joined(separator: "; "))
            }
            if let test = report.when {
              switch test.evaluate(incident) {
              case false?: continue
              case nil:
                certain = false
                open.append(
                  "whether the incident was \(test.text), which the file does not state")
              case true?: break
              }
            }
            // The period: the shortest whose circumstance holds.
            var within = report.within
            var citation = report.citation
            var pending: [ReportDuty.Sooner] = []
            for sooner in report.sooner {
              switch sooner.when.evaluate(incident) {
              case true?:
                if within.map({ shorter(sooner.within, than: $0) }) ?? true {
                  within = sooner.within
                  citation = sooner.citation
                }
              case nil: pending.append(sooner)
              case false?: break
              }
            }
            var start: Day?
            let countedFrom: String
            switch report.from {
            case .incident:
              start = incident.date
              countedFrom = "the incident on \(incident.date)"
            case .awareness:
              if let day = incident.awareness(of: partyID) {
                start = day
                countedFrom = "\(partyName) becoming aware of the incident on \(day)"
              } else {
                countedFrom = "\(partyName) becoming aware of the incident"
                open.append("when \(partyName) became aware of the incident ('aware')")
              }
            case .event(let words):
              countedFrom = words
              open.append("the day of \(words), which the format does not record")
            }
            let due = start.flatMap { day in within.map { $0.dueDay(from: day) } }
            var earliest: Day?
            if start == nil, case .awareness = report.from, let within {
              earliest = within.dueDay(from: incident.date)
            }
            let ifAlso = pending.compactMap { sooner -> Deadline.IfAlso? in
              if let within, !shorter(sooner.within, than: within) { return nil }
              return Deadline.IfAlso(
                within: sooner.within, due: start.map { sooner.within.dueDay(from: $0) },
                condition: sooner.when.text, citation: sooner.citation)
            }
            let hours = ([within] + ifAlso.map(\.within)).contains { $0?.unit == .hours }
            out.append(
              Deadline(
                party: party.party, regime: duties.regime, rule: rule,
                subjects: assignments.map(\.subject).uniqued(), what: report.what, to: report.to,
                within: within, citation: citation, countedFrom: countedFrom, start: start,
                due: due, earliestDue: earliest, owedForCertain: certain, open: open,
                ifAlso: ifAlso,
                note: hours
                  ? "The file gives days, not times of day: a period in hours ends at the same "
                    + "time of day as it began, on the day given." : nil,
                status: rule.status))
          }
        }
      }
    }
    return out
  }

  /// Whether `a` is shorter than `b`, comparing hours and days as hours
  /// and months as 28 to 31 days.
  static func shorter(_ a: Period, than b: Period) -> Bool {
    func hours(_ p: Period) -> Int {
      switch p.unit {
      case .hours: return p.amount
      case .days: return p.amount * 24
      case .months: return p.amount * 28 * 24
      }
    }
    return hours(a) < hours(b)
  }
}
