import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityRules

@Suite struct RegimeComparisonTests {
  /// A lab outside every market, with an open model a vendor runs itself.
  static let yaml = """
    format: liability-graph/1
    parties:
      - {id: lab, name: Lab, jurisdictions: [FR]}
    models:
      - {id: m, name: M, developer: lab, weights: open, license: Apache-2.0, general_purpose: true,
         released: 2025-01-01, derived_from: []}
    products:
      - {id: app, name: App, vendor: lab, uses: [{model: m, runs: self-hosted}], markets: [EU]}
    """

  @Test func positionsAreTypedAndDifferencesCountOnlyRegimesInForce() throws {
    let document = try #require(
      Loader.load(bytes: Array(Self.yaml.utf8), file: "t.yaml", json: false).document)
    let graph = SupplyChainGraph(document: document, asOf: Day("2026-09-01"))
    let lab = try #require(graph.node("lab"))
    func regime(_ id: String) throws -> Regime { try #require(BuiltinRegimes.regime(id)) }
    let early = RegimeComparison(
      graph: graph, regimes: [try regime("principles"), try regime("ny-raise-2026")])
    #expect(early.parties == [lab])
    let owed = early.position(lab, early.reports[0])
    #expect(!owed.owes.isEmpty)
    #expect(owed.owes.allSatisfy { $0.party == lab && $0.outcome == .owes })
    #expect(early.position(lab, early.reports[1]).isEmpty)
    // Not in force on the date: not compared.
    #expect(!early.reports[1].inForce)
    #expect(!early.differs(lab))
    let current = RegimeComparison(
      graph: graph, regimes: [try regime("principles"), try regime("ca-sb53")])
    #expect(current.position(lab, current.reports[1]).owes.isEmpty)
    #expect(current.differs(lab))
  }

  // Positions gathered once per report are what filtering each report by
  // party gives, party by party, on every example and every regime.
  @Test func positionsGatheredOnceAreEachPartysOwn() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples")
    let files = try FileManager.default.contentsOfDirectory(atPath: root.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    #expect(files.count >= 5)
    for file in files {
      let document = try #require(
        Loader.load(path: root.appendingPathComponent(file).path).document)
      let graph = SupplyChainGraph(document: document, asOf: Day("2027-06-01"))
      let comparison = RegimeComparison(graph: graph, regimes: BuiltinRegimes.all)
      var compared = 0
      for report in comparison.reports {
        for party in 0..<graph.nodeCount where graph.kinds[party] == .party {
          let mine = report.assignments.filter { $0.party == party }
          let expected = RegimeComparison.Position(
            owes: mine.filter { $0.outcome == .owes }, open: mine.filter { $0.outcome == .open },
            exempt: report.exempt.filter { $0.party == party },
            findings: report.findings.filter { $0.party == party })
          #expect(comparison.position(party, report) == expected, "\(file) \(report.regime.id)")
          if !expected.isEmpty { compared += 1 }
        }
      }
      #expect(compared > 0, "\(file)")
      #expect(
        comparison.parties
          == (0..<graph.nodeCount).filter { party in
            comparison.reports.contains { report in
              report.assignments.contains { $0.party == party }
                || report.exempt.contains { $0.party == party }
            }
          }, "\(file)")
    }
  }
}
