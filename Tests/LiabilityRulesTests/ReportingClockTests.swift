import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityRules

/// Incident reporting clocks, written from the texts: EU AI Act Art 73(2)-(4)
/// (15 days, 10 on a death, 2 for a widespread infringement or critical
/// infrastructure, from awareness), Art 55(1)(c) (without undue delay), SB 53
/// §22757.13(c) (15 days of discovery; 24 hours on imminent risk).
@Suite struct ReportingClockTests {
  static func fixture() throws -> Document {
    let path = rulesRoot.appendingPathComponent(
      "Tests/LiabilityRulesTests/Fixtures/reporting-clocks.yaml"
    ).path
    return try #require(Loader.load(path: path).document)
  }

  static func trace(_ incident: String) throws -> IncidentTrace {
    let regimes = try ["eu-ai-act", "ca-sb53"].map { try #require(BuiltinRegimes.regime($0)) }
    return try IncidentTrace.trace(fixture(), incident: incident, regimes: regimes)
  }

  static func deadlines(_ incident: String) throws -> [IncidentTrace.Deadline] {
    try trace(incident).deadlines
  }

  /// (incident, party, rule, due, within, citation, earliest due, owed for
  /// certain, shorter periods still open).
  static let cases: [(String, String, String, String?, String?, String, String?, Bool, [String])] =
    [
      // A death: Art 73(4)'s 10 days from the vendor's awareness replace
      // 15; Art 73(3)'s 2 days turn on a circumstance the file leaves out.
      (
        "fatal-2028", "hirelab", "eu-ai-act/73", "2028-01-22", "10 days", "Art. 73(4)", nil, true,
        ["2 days"]
      ),
      // SB 53: the developer's awareness is not stated, nor whether it was
      // a critical safety incident: open, and not before incident + 15.
      (
        "fatal-2028", "calab", "ca-sb53/22757.13-c-1", nil, "15 days",
        "Bus. & Prof. Code §22757.13(c)(1)", "2028-01-25", false, []
      ),
      // Art 55(1)(c): a death is a serious incident; the text sets no period.
      ("fatal-2028", "calab", "eu-ai-act/55-1-c", nil, nil, "Art. 55(1)(c)", nil, true, []),
      // Every circumstance stated: 15 days and 24 hours from awareness
      // (hours count to the same time on the next day).
      (
        "stated-2028", "calab", "ca-sb53/22757.13-c-1", "2028-02-05", "15 days",
        "Bus. & Prof. Code §22757.13(c)(1)", nil, true, []
      ),
      (
        "stated-2028", "calab", "ca-sb53/22757.13-c-2", "2028-01-22", "24 hours",
        "Bus. & Prof. Code §22757.13(c)(2)", nil, true, []
      ),
    ]

  @Test(arguments: cases)
  func deadline(
    _ c: (String, String, String, String?, String?, String, String?, Bool, [String])
  ) throws {
    let (incident, party, rule, due, within, citation, earliest, certain, ifAlso) = c
    let trace = try Self.trace(incident)
    let graph = trace.graph
    let found = try #require(
      trace.deadlines.first { graph.ids[$0.party] == party && $0.rule.id == rule },
      "\(trace.deadlines.map { (graph.ids[$0.party], $0.rule.id) })")
    #expect(found.due?.description == due)
    #expect(found.within?.description == within)
    #expect(found.citation == citation)
    #expect(found.earliestDue?.description == earliest)
    #expect(found.owedForCertain == certain)
    #expect(found.ifAlso.map { $0.within.description } == ifAlso)
  }

  // Stated not to be a serious incident (nor a death, a disruption or a
  // widespread infringement): no Art 73 report at all, and nothing open.
  @Test func aStatedNoLeavesNoReport() throws {
    let rules = try Self.deadlines("stated-2028").map(\.rule.id)
    #expect(!rules.contains("eu-ai-act/73"))
    #expect(!rules.contains("eu-ai-act/55-1-c"))
    #expect(rules.contains("ca-sb53/22757.13-c-2"))
  }

  // The unstated start is said in words, in the JSON-facing fields.
  @Test func anUnstatedStartIsOpenAndSaidSo() throws {
    let found = try #require(
      Self.deadlines("fatal-2028").first { $0.rule.id == "ca-sb53/22757.13-c-1" })
    #expect(found.start == nil)
    #expect(found.open.contains("when CaLab Inc became aware of the incident ('aware')"))
    #expect(
      found.open.contains(
        "whether the incident was a critical safety incident, which the file does not state"))
  }

  /// (circumstances stated, test, expected): three-valued.
  static let tests: [([Incident.StatedCircumstance], CircumstanceTest, Bool?)] = [
    ([], .has(.death), nil),
    ([.init(.death, false)], .has(.death), false),
    ([.init(.death, false)], .any([.has(.death), .has(.widespreadInfringement)]), nil),
    (
      [.init(.widespreadInfringement, true)], .any([.has(.death), .has(.widespreadInfringement)]),
      true
    ),
    (
      [.init(.criticalSafetyIncident, true)],
      .all([.has(.criticalSafetyIncident), .has(.imminentRiskOfDeathOrInjury)]), nil
    ),
    (
      [.init(.imminentRiskOfDeathOrInjury, false)],
      .all([.has(.criticalSafetyIncident), .has(.imminentRiskOfDeathOrInjury)]), false
    ),
  ]

  @Test(arguments: tests)
  func circumstanceTests(_ c: ([Incident.StatedCircumstance], CircumstanceTest, Bool?)) throws {
    let day = try #require(Day("2026-01-01"))
    var incident = Incident(
      id: "i", date: day, product: "p",
      fact: Fact(location: SourceLocation(file: "t", line: 1, column: 1)))
    incident.circumstances = c.0
    #expect(c.1.evaluate(incident) == c.2)
  }

  @Test func aDeathHarmIsADeath() throws {
    let day = try #require(Day("2026-01-01"))
    let incident = Incident(
      id: "i", date: day, product: "p", harm: "death",
      fact: Fact(location: SourceLocation(file: "t", line: 1, column: 1)))
    #expect(incident.has(.death) == true)
    #expect(incident.has(.seriousIncident) == nil)
  }

  /// (start, period, last day in time).
  static let periods: [(String, String, String)] = [
    ("2026-03-01", "72 hours", "2026-03-04"),
    ("2026-03-01", "1 hour", "2026-03-02"),
    ("2026-12-25", "15 days", "2027-01-09"),
    ("2028-01-31", "1 month", "2028-02-29"),
    ("2027-01-31", "1 month", "2027-02-28"),
    ("2026-02-27", "2 days", "2026-03-01"),
    // The calendar ends at 9999-12-31: a clock never runs past it.
    ("9999-12-20", "1200 months", "9999-12-31"),
    ("9999-12-30", "15 days", "9999-12-31"),
  ]

  @Test(arguments: periods)
  func periodsCountToADay(_ c: (String, String, String)) throws {
    let start = try #require(Day(c.0))
    let period = try #require(Period(c.1))
    #expect(period.dueDay(from: start).description == c.2)
  }

  @Test func daysRoundTripThroughTheirNumber() throws {
    for text in ["1970-01-01", "2000-02-29", "2026-12-31", "1899-03-01", "2400-02-29"] {
      let day = try #require(Day(text))
      let epoch = try #require(Day("1970-01-01"))
      #expect(epoch.adding(days: day.daysSinceEpoch) == day, "\(text)")
    }
  }

  /// (the incident's extra keys, the diagnostic code expected).
  static let badIncidents: [(String, DiagnosticCode)] = [
    ("aware: {shop: 2025-12-31}", .dateOrder),
    ("aware: {nobody: 2026-01-02}", .unknownReference),
    ("circumstances: {serios-incident: true}", .invalidValue),
    ("harm: death, circumstances: {death: false}", .invalidValue),
    ("circumstances: {death: maybe}", .wrongType),
  ]

  @Test(arguments: badIncidents)
  func badIncidentFactsSayWhere(_ c: (String, DiagnosticCode)) {
    let text = """
      format: liability-graph/1
      parties: [{id: shop, name: Shop}]
      products: [{id: app, name: App, vendor: shop}]
      incidents: [{id: i, date: 2026-01-01, product: app, \(c.0)}]
      """
    let result = Loader.load(bytes: Array(text.utf8), file: "t.yaml", json: false)
    #expect(result.document == nil)
    #expect(result.diagnostics.map(\.code).contains(c.1), "\(result.diagnostics)")
    #expect(result.diagnostics.allSatisfy { $0.location.line == 4 }, "\(result.diagnostics)")
  }

  // A document built in code goes through the same checks as a file.
  @Test func aDocumentBuiltInCodeIsCheckedToo() throws {
    var document = try Self.fixture()
    let day = try #require(Day("2028-01-01"))
    document.incidents[0].aware = [Incident.Awareness(party: "hirelab", date: day)]
    document.incidents[1].circumstances = [.init(.death, false)]
    document.incidents[1].harm = "death"
    let result = Loader.check(document)
    #expect(result.document == nil)
    #expect(result.diagnostics.map(\.code) == [.dateOrder, .invalidValue], "\(result.diagnostics)")
  }

  /// (a report entry, the diagnostic code expected).
  static let badReports: [(String, DiagnosticCode)] = [
    ("{what: r, to: a, within: 15 weeks, from: awareness, citation: c}", .invalidValue),
    ("{what: r, to: a, within: 1201 days, from: awareness, citation: c}", .invalidValue),
    ("{what: r, to: a, within: 15 days, from: discovery, citation: c}", .invalidValue),
    ("{what: r, to: a, within: 15 days, from: awareness, citation: c, if: deaths}", .invalidValue),
    ("{what: r, to: a, from: awareness}", .missingKey),
    ("{what: r, to: a, from: awareness, citation: c, when: x}", .unknownKey),
  ]

  @Test(arguments: badReports)
  func badReportsInAPackSayWhere(_ c: (String, DiagnosticCode)) {
    let pack = """
      format: liability-regime/1
      id: bad
      title: Bad
      kind: law
      scope: market
      jurisdictions: [DE]
      roles: {provider: {graph_roles: [product-vendor]}}
      rules:
        - id: bad/1
          duty: d
          role: provider
          citation: Art. 1
          status: verified
          reports: [\(c.0)]
      """
    let result = RegimeLoader.load(text: pack, file: "bad.yaml")
    #expect(result.regime == nil)
    #expect(result.diagnostics.map(\.code) == [c.1], "\(result.diagnostics)")
    #expect(result.diagnostics.allSatisfy { $0.location.line == 14 }, "\(result.diagnostics)")
  }
}
