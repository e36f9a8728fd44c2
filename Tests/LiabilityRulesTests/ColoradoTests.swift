import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityRules

/// Colorado SB 24-205 (law from 2026-06-30 to 2026-12-31) and SB 26-189
/// (from 2027-01-01), on the smallest chains that show each point.
@Suite struct ColoradoTests {
  /// A hiring product offered in Colorado by `vendor` (established in
  /// US-CO) that runs `runs`: the lab's open model itself, or a Colorado
  /// company's fine-tune of it.
  static func hiring(runs: String) -> String {
    """
    parties:
      - {id: lab, name: Lab, kind: company, jurisdictions: [US-CA]}
      - {id: tuner, name: Tuner, kind: company, jurisdictions: [US-CO]}
      - {id: hr, name: HR Co, kind: company, jurisdictions: [US-CO], employees: 500}
    models:
      - {id: base, name: Base, developer: lab, weights: open, license: Apache-2.0}
      - id: tune
        name: Tune
        developer: tuner
        weights: closed
        derived_from: [{model: base, relation: finetune}]
    products:
      - id: screen
        name: Screen
        vendor: hr
        uses: [\(runs)]
        markets: [US-CO]
        users: businesses
        risk_areas: [employment]
    incidents:
      - {id: rejected, date: 2026-09-15, product: screen, harm: discrimination, jurisdiction: US-CO}
    """
  }

  // 6-1-1701(7): a developer develops or intentionally and substantially
  // modifies the deployed system. An out-of-state lab whose open model a
  // Colorado company fine-tuned into the deployed system is not that
  // system's developer; a lab whose model the system runs as it is, is
  // (reached only through others: extraterritorial).
  @Test(arguments: [("tune", [String](), ["tuner"]), ("base", ["lab"], [])])
  func developerOfTheDeployedSystemOnly(runs: String, labDeveloper: [String], tuner: [String])
    throws
  {
    let graph = try chain(Self.hiring(runs: runs), asOf: "2026-09-01")
    let regime = try #require(BuiltinRegimes.regime("co-sb24-205"))
    let report = DutyEngine.evaluate(regime, on: graph)
    let developers = Set(
      report.assignments.filter { $0.rule.id == "co-sb24-205/1702-1" }.map { graph.ids[$0.party] })
    #expect(developers.contains("lab") == !labDeveloper.isEmpty)
    #expect(developers.contains("tuner") == !tuner.isEmpty)
    #expect(developers.contains("hr"))
    let labFindings = report.findings.filter { graph.ids[$0.party] == "lab" }
    #expect(labFindings.contains { $0.kind == .extraterritorial } == !labDeveloper.isEmpty)
  }

  // SB 24-205 is law from 30 June to 31 December 2026 (not historical while
  // in force), with the enforcement stay shown; SB 26-189 follows.
  @Test(arguments: [
    ("2026-06-29", false, false), ("2026-06-30", true, false), ("2026-12-31", true, false),
    ("2027-01-01", false, true),
  ])
  func whichColoradoLawIsInForce(day: String, first: Bool, second: Bool) throws {
    let old = try #require(BuiltinRegimes.regime("co-sb24-205"))
    let new = try #require(BuiltinRegimes.regime("co-sb26-189"))
    let date = try #require(Day(day))
    #expect(old.kind == .law)
    #expect(old.inForce(on: date) == first)
    #expect(new.inForce(on: date) == second)
    #expect(old.notices.contains { $0.id == "x-ai-v-weiser" && $0.date == Day("2026-04-27") })
    #expect(new.notices.contains { $0.id == "x-ai-v-weiser" })
    // Every rule's dates rest on secondary sources: none is verified.
    #expect(old.rules.allSatisfy { $0.status != .verified })
    #expect(new.rules.allSatisfy { $0.status == .unverified })
  }

  // 6-1-1706(6): no private right of action. A trace keeps the Attorney
  // General's enforcement apart from liability to the person harmed: the
  // deployer's duty of reasonable care is exposure, not a primary posture.
  @Test func noPrivateRightMeansExposureNotLiability() throws {
    let result = Loader.load(
      bytes: Array(("format: liability-graph/1\n" + Self.hiring(runs: "tune")).utf8),
      file: "t.yaml", json: false)
    let document = try #require(result.document, "\(result.diagnostics)")
    let regime = try #require(BuiltinRegimes.regime("co-sb24-205"))
    let trace = try IncidentTrace.trace(document, incident: "rejected", regimes: [regime])
    let hr = try party(trace, "hr")
    #expect(hr.posture != .primary)
    #expect(hr.postures.isEmpty)
    let exposure = try #require(hr.exposure.first { $0.rule.id == "co-sb24-205/1703-1" })
    #expect(exposure.enforcement.privateRightOfAction == false)
    #expect(exposure.meaning.contains("Colorado Attorney General"))
    #expect(exposure.meaning.contains("no claim under this law"))
  }

  // SB 26-189: the developer's documentation of the categories of training
  // data covers the whole system; the fine-tuner holds the base's only by
  // disclosure.
  @Test func admtDocumentationAcrossLineage() throws {
    let graph = try chain(Self.hiring(runs: "tune"), asOf: "2027-02-01")
    let regime = try #require(BuiltinRegimes.regime("co-sb26-189"))
    let report = DutyEngine.evaluate(regime, on: graph)
    let finding = try #require(
      report.findings.first {
        $0.rule.id == "co-sb26-189/developer-documentation" && graph.ids[$0.party] == "tuner"
      })
    #expect(finding.kind == .misallocated)
    #expect(finding.holders.map { graph.ids[$0] } == ["lab"])
    #expect(!report.assignments.contains { graph.ids[$0.party] == "lab" })
  }
}
