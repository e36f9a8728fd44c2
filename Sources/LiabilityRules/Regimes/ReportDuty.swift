import LiabilityGraph

/// A report a rule makes its bearer file after an incident, and its clock:
/// to whom, within how long, counted from what (EU AI Act Art 73, SB 53
/// §22757.13(c), RAISE §1422(3), Cyber Resilience Act Art 14).
public struct ReportDuty: Sendable, Hashable {
  /// What is reported (`serious incident report`, `early warning`).
  public var what: String
  /// To whom (`the market surveillance authority where it occurred`).
  public var to: String
  /// The incidents it is owed for (every incident the rule reaches, when
  /// nil).
  public var when: CircumstanceTest?
  /// How long the bearer has; nil when the text sets no period (`without
  /// undue delay`).
  public var within: Period?
  /// What the period counts from.
  public var from: ClockStart
  /// Where the clock is in the text.
  public var citation: String
  /// Shorter periods in given circumstances (a death, a widespread
  /// infringement): the shortest that holds applies.
  public var sooner: [Sooner]

  /// A shorter period and the circumstances that bring it.
  public struct Sooner: Sendable, Hashable {
    /// The shorter period.
    public var within: Period
    /// When it applies.
    public var when: CircumstanceTest
    /// Where it is in the text.
    public var citation: String
  }
}

/// A length of time a report is due within.
public struct Period: Sendable, Hashable, CustomStringConvertible {
  /// The unit.
  public enum Unit: String, Sendable, Hashable, CaseIterable {
    /// Clock hours (the file's dates have no time of day: see
    /// ``Period/dueDay(from:)``).
    case hours
    /// Calendar days.
    case days
    /// Calendar months.
    case months
  }
  /// How many units.
  public var amount: Int
  /// The unit.
  public var unit: Unit

  /// `72 hours`, `15 days`, `1 month`.
  public var description: String {
    let name = amount == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue
    return "\(amount) \(name)"
  }

  /// The last day on which the report is in time, counted from a day:
  /// hours are rounded up to whole days, since a day has no time of day
  /// (72 hours from some time on 1 March end at that time on 4 March).
  public func dueDay(from start: Day) -> Day {
    switch unit {
    case .hours: return start.adding(days: (amount + 23) / 24)
    case .days: return start.adding(days: amount)
    case .months: return start.adding(months: amount)
    }
  }

  /// Reads `15 days`, `24 hours`, `1 month` (1 to 1,200 units); nil for
  /// anything else.
  public init?(_ text: String) {
    let parts = text.split(separator: " ")
    guard parts.count == 2, let amount = Int(parts[0]), amount > 0, amount <= 1200 else {
      return nil
    }
    let word = parts[1].hasSuffix("s") ? String(parts[1]) : parts[1] + "s"
    guard let unit = Unit(rawValue: word) else { return nil }
    self.amount = amount
    self.unit = unit
  }

  /// A period of `amount` units.
  public init(amount: Int, unit: Unit) {
    self.amount = amount
    self.unit = unit
  }
}

/// What a reporting clock counts from.
public enum ClockStart: Sendable, Hashable {
  /// The day of the incident.
  case incident
  /// The day the bearer became aware of it (the incident's `aware`).
  case awareness
  /// An event the format does not record, in words (`a corrective
  /// measure is available`): the deadline stays open.
  case event(String)
}

/// A test of an incident's circumstances, true, false or unknown.
public indirect enum CircumstanceTest: Sendable, Hashable {
  /// The incident has the circumstance.
  case has(IncidentCircumstance)
  /// At least one holds.
  case any([CircumstanceTest])
  /// Every one holds.
  case all([CircumstanceTest])

  /// True, false, or nil when the file leaves it open.
  public func evaluate(_ incident: Incident) -> Bool? {
    switch self {
    case .has(let c): return incident.has(c)
    case .any(let tests):
      var unknown = false
      for test in tests {
        switch test.evaluate(incident) {
        case true?: return true
        case nil: unknown = true
        case false?: break
        }
      }
      return unknown ? nil : false
    case .all(let tests):
      var unknown = false
      for test in tests {
        switch test.evaluate(incident) {
        case false?: return false
        case nil: unknown = true
        case true?: break
        }
      }
      return unknown ? nil : true
    }
  }

  /// The circumstances the test names that the incident leaves unstated.
  public func unstated(_ incident: Incident) -> [IncidentCircumstance] {
    switch self {
    case .has(let c): return incident.has(c) == nil ? [c] : []
    case .any(let tests), .all(let tests): return tests.flatMap { $0.unstated(incident) }.uniqued()
    }
  }

  /// The test in words, to follow "it was" (`a fatal incident or a
  /// widespread infringement`).
  public var text: String {
    switch self {
    case .has(let c): return Self.phrase(c)
    case .any(let tests): return Formatting.alternatives(tests.map(\.text))
    case .all(let tests): return Formatting.conjunction(tests.map(\.text))
    }
  }

  static func phrase(_ c: IncidentCircumstance) -> String {
    switch c {
    case .seriousIncident: return "a serious incident"
    case .death: return "a fatal incident"
    case .criticalInfrastructureDisruption: return "a critical infrastructure disruption"
    case .widespreadInfringement: return "a widespread infringement"
    case .criticalSafetyIncident: return "a critical safety incident"
    case .safetyIncident: return "a safety incident"
    case .imminentRiskOfDeathOrInjury:
      return "an incident posing an imminent risk of death or serious injury"
    case .activelyExploitedVulnerability: return "an actively exploited vulnerability"
    case .severeSecurityIncident: return "a severe security incident"
    }
  }
}
