import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityRules

/// The shipped examples' duties, written out, each with the rule that
/// decides it.
@Suite struct ExampleDutiesTests {
  static func report(_ example: String, _ regime: String, asOf: String) throws -> (
    SupplyChainGraph, DutyReport
  ) {
    let path = rulesRoot.appendingPathComponent("examples/\(example).yaml").path
    let document = try #require(Loader.load(path: path).document)
    let graph = SupplyChainGraph(document: document, asOf: Day(asOf))
    let regimeValue = try #require(BuiltinRegimes.regime(regime))
    return (graph, DutyEngine.evaluate(regimeValue, on: graph))
  }

  static func lines(_ graph: SupplyChainGraph, _ report: DutyReport) -> [String] {
    report.assignments.map { "owes \(graph.ids[$0.party]) \($0.rule.id) \(graph.ids[$0.subject])" }
      + report.exempt.map { "exempt \(graph.ids[$0.party]) \($0.rule.id) \(graph.ids[$0.subject])" }
      + report.findings.map {
        "finding \($0.kind.rawValue) \(graph.ids[$0.party]) \($0.rule.id) \($0.item ?? "-")"
      }
  }

  @Test func closedModelBehindAnAPIUnderTheEUAIAct() throws {
    let (graph, report) = try Self.report(
      "closed-api-consumer-app", "eu-ai-act", asOf: "2026-09-01")
    #expect(
      Self.lines(graph, report) == [
        // Art 53(1)(a)-(d): OpenAI provides a general-purpose model offered
        // in the EU (Be My AI's markets); closed weights, so no Art 53(2)
        // exemption. The file states no training compute for GPT-4, so the
        // Art 51(2) presumption (and Art 55) cannot be applied.
        "owes openai eu-ai-act/53-1-a gpt-4",
        "owes openai eu-ai-act/53-1-b gpt-4",
        "owes openai eu-ai-act/53-1-c gpt-4",
        "owes openai eu-ai-act/53-1-d gpt-4",
        // Art 50(1), from 2 Aug 2026: the consumer product tells people they
        // interact with AI; Be My Eyes holds the user-facing claims.
        "owes be-my-eyes eu-ai-act/50-1 be-my-ai",
      ])
  }

  @Test func closedModelBehindAnAPIUnderTheProductLiabilityDirective() throws {
    let (graph, before) = try Self.report(
      "closed-api-consumer-app", "eu-pld", asOf: "2026-09-01")
    // Applies only to products placed on the market after 9 December 2026.
    #expect(!before.inForce)
    #expect(Self.lines(graph, before).isEmpty)
    let (_, after) = try Self.report("closed-api-consumer-app", "eu-pld", asOf: "2027-01-01")
    #expect(
      Self.lines(graph, after).sorted() == [
        // Art 8(1)(a): the manufacturer of the product (Be My Eyes) answers,
        // for components it integrates too; Art 9(1) disclosure of evidence.
        "owes be-my-eyes eu-pld/8-1-a be-my-ai",
        "owes be-my-eyes eu-pld/9-1-product be-my-ai",
        // Art 8(1)(b), 4(1): OpenAI manufactures a software component (the
        // model) and supplies a related service (the API); not free and
        // open-source, so no Art 2(2) carve-out.
        "owes openai eu-pld/8-1-a-model gpt-4",
        "owes openai eu-pld/8-1-b gpt-4",
        "owes openai eu-pld/8-1-b-related-service openai-api-gpt-4",
        "owes openai eu-pld/9-1-model gpt-4",
        "owes openai eu-pld/9-1-service openai-api-gpt-4",
      ])
  }

  @Test func principlesOnTheMainExample() throws {
    let (graph, report) = try Self.report("llama-3.1-lexbot", "principles", asOf: "2026-03-14")
    let lines = Self.lines(graph, report)
    // Principle 2: LexCo brings LexBot to users and answers for its harm; it
    // holds what that needs, so no finding concerns it.
    #expect(lines.contains("owes lexco principles/answer-for-harm-at-use lexbot"))
    #expect(!lines.contains { $0.hasPrefix("finding") && $0.contains(" lexco ") })
    // Principle 3: Meta and Nous released their weights: not liable for
    // others' misuse.
    #expect(lines.contains("exempt meta principles/answer-for-downstream-misuse llama-3.1-8b"))
    #expect(
      lines.contains(
        "exempt nous-research principles/modifier-downstream-misuse hermes-3-llama-3.1-8b"))
    // Acme keeps its fine-tune closed and runs the only API serving it: it
    // answers for misuse, and can meet the duty (no infeasible finding).
    #expect(lines.contains("owes acme-legal principles/modifier-downstream-misuse acme-legal-8b"))
    #expect(!lines.contains { $0.contains("infeasible acme-legal") })
    // Principle 1: the training data of Llama 3.1 8B is Meta's to describe.
    #expect(lines.contains("owes meta principles/disclose-training-data llama-3.1-8b"))
  }
}
