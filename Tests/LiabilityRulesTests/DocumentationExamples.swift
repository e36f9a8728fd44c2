import Foundation
import LiabilityGraph
import LiabilityRules
import Testing

// The examples in the module's documentation comments, as written there,
// against the public API only (no @testable import here).
@Suite struct RulesDocumentationExamples {
  func lexbot() throws -> Document {
    let path = rulesRoot.appendingPathComponent("examples/llama-3.1-lexbot.yaml").path
    return try #require(Loader.load(path: path).document)
  }

  // DutyEngine
  @Test func evaluatingARegime() throws {
    let document = try lexbot()
    let graph = SupplyChainGraph(document: document, asOf: document.asOf)
    let regime = try #require(BuiltinRegimes.regime("eu-ai-act"))
    let report = DutyEngine.evaluate(regime, on: graph)
    var citations: [String] = []
    for assignment in report.assignments { citations.append(assignment.rule.citation) }
    #expect(citations.contains { $0.contains("Art. 53") || $0.contains("Article 53") })
  }

  // InformationHoldings
  @Test func whoHoldsTrainingData() throws {
    let document = try lexbot()
    let graph = SupplyChainGraph(document: document, asOf: document.asOf)
    let model = try #require(graph.node("llama-3.1-8b"))
    let holdings = InformationHoldings(graph)
    let holders = holdings.holders(of: .trainingData, about: model)
    #expect(holders.map { graph.ids[$0.party] }.contains("meta"))
  }

  // IncidentTrace
  @Test func tracingAnIncident() throws {
    let document = try lexbot()
    let trace = try IncidentTrace.trace(document, incident: "lexbot-fake-citation")
    var lines: [String] = []
    for party in trace.parties { lines.append("\(trace.graph.ids[party.party]) \(party.posture)") }
    #expect(lines.contains { $0.hasPrefix("acme-legal ") })
  }

  // Openness
  @Test func classifyingARelease() {
    let result = Openness.classify(components: [.modelArchitecture: "Apache-2.0"])
    let summary = "\(result.mofClass) \(result.progress[3] ?? 0)"
    #expect(result.mofClass == 0)
    #expect(summary.hasPrefix("0 "))
    #expect((result.progress[3] ?? 0) > 0)
  }
}

// The catalog's articles.
@Suite struct RulesArticleExamples {
  // Assigning duties under a regime.
  @Test func assigningDuties() throws {
    let path = rulesRoot.appendingPathComponent("examples/llama-3.1-lexbot.yaml").path
    guard let document = Loader.load(path: path).document,
      let regime = BuiltinRegimes.regime("eu-ai-act")
    else {
      Issue.record("the example or the pack did not load")
      return
    }
    let graph = SupplyChainGraph(document: document, asOf: Day("2026-03-14"))
    let report = DutyEngine.evaluate(regime, on: graph)
    var lines: [String] = []
    for assignment in report.assignments {
      lines.append(
        "\(graph.ids[assignment.party]) \(assignment.rule.duty) \(assignment.rule.citation) "
          + "\(assignment.rule.status) \(assignment.reasons) \(assignment.sources)")
    }
    for finding in report.findings { lines.append("\(finding.kind) \(finding.explanation)") }
    #expect(report.inForce)
    #expect(lines.contains { $0.hasPrefix("meta ") })

    // A regime of your own.
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lgraph-doc-\(UUID().uuidString).yaml")
    defer { try? FileManager.default.removeItem(at: file) }
    try "format: liability-regime/1\nid: broken\n".write(
      to: file, atomically: true, encoding: .utf8)
    let pack = RegimeLoader.load(path: file.path)
    var printed: [String] = []
    for diagnostic in pack.diagnostics { printed.append("\(diagnostic)") }
    if let regime = pack.regime {
      _ = DutyEngine.evaluate(regime, on: graph)
    }
    #expect(pack.regime == nil)
    #expect(printed.first?.hasPrefix(file.path + ":") == true)
  }

  // Tracing an incident.
  @Test func tracingAnIncident() throws {
    let path = rulesRoot.appendingPathComponent("examples/llama-3.1-lexbot.yaml").path
    let document = try #require(Loader.load(path: path).document)
    let trace = try IncidentTrace.trace(document, incident: "lexbot-fake-citation")
    var lines: [String] = []
    for (regime, why) in trace.regimes { lines.append("\(regime.id) \(why)") }
    for party in trace.parties {
      lines.append("\(trace.graph.ids[party.party]) \(party.posture) \(party.reasons)")
      for alternative in party.alternatives {
        lines.append("\(alternative.outcome) \(alternative.decidedBy)")
      }
    }
    #expect(lines.contains { $0.hasPrefix("principles ") })
    #expect(lines.contains { $0.hasPrefix("lexco primary") })
  }
}
