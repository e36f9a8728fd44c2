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
    report.assignments.map {
      "\($0.outcome == .open ? "open" : "owes") \(graph.ids[$0.party]) \($0.rule.id) "
        + "\(graph.ids[$0.subject])" + ($0.dueFrom.map { " due \($0)" } ?? "")
        + ($0.outcome == .open
          ? " on " + $0.openOn.map(\.fact).uniqued().joined(separator: ",") : "")
    }
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
        // Art 51(2) presumption (and Art 55) cannot be applied. GPT-4 was
        // placed on the market on 2023-03-14, before 2 Aug 2025: Art 111(3)
        // gives it until 2 Aug 2027.
        "owes openai eu-ai-act/53-1-a gpt-4 due 2027-08-02",
        "owes openai eu-ai-act/53-1-b gpt-4 due 2027-08-02",
        "owes openai eu-ai-act/53-1-c gpt-4 due 2027-08-02",
        "owes openai eu-ai-act/53-1-d gpt-4 due 2027-08-02",
        // Art 54(1): the file places OpenAI in the US only, a third country:
        // an authorised representative in the Union (same transition).
        "owes openai eu-ai-act/54 gpt-4 due 2027-08-02",
        // Arts 52(1) and 55: GPT-4's training compute is withheld (Epoch AI's
        // estimate is kept under extra, not as a fact), so whether it has
        // systemic risk is open: neither owed nor not.
        "open openai eu-ai-act/52-1 gpt-4 due 2027-08-02 on lineage_compute_flop",
        "open openai eu-ai-act/55-1-a gpt-4 due 2027-08-02 on lineage_compute_flop",
        "open openai eu-ai-act/55-1-b gpt-4 due 2027-08-02 on lineage_compute_flop",
        "open openai eu-ai-act/55-1-c gpt-4 due 2027-08-02 on lineage_compute_flop",
        "open openai eu-ai-act/55-1-d gpt-4 due 2027-08-02 on lineage_compute_flop",
        // Art 50(1), from 2 Aug 2026: Be My AI talks with its users (the API
        // does not: a developer API, interacts_with_people: false); Be My
        // Eyes holds the user-facing claims.
        "owes be-my-eyes eu-ai-act/50-1 be-my-ai",
        // Art 50(2): the API and the app both produce text; both were on the
        // market before 2 Aug 2026, so under Regulation (EU) 2026/1744 they
        // have until 2 Dec 2026. Whether either is only an assistive editor
        // (the Art 50(2) carve-out) turns on functions the file does not
        // state: owed unless it is one.
        "open openai eu-ai-act/50-2 openai-api-gpt-4 due 2026-12-02 on functions",
        "open be-my-eyes eu-ai-act/50-2 be-my-ai due 2026-12-02 on functions",
      ])
  }

  @Test func closedModelBehindAnAPIUnderTheProductLiabilityDirective() throws {
    let (graph, before) = try Self.report(
      "closed-api-consumer-app", "eu-pld", asOf: "2026-09-01")
    // Applies only to products placed on the market after 9 December 2026.
    #expect(!before.inForce)
    #expect(Self.lines(graph, before).isEmpty)
    let (_, after) = try Self.report("closed-api-consumer-app", "eu-pld", asOf: "2027-01-01")
    // Art 2(1): GPT-4, its API and Be My AI were all placed on the market in
    // 2023, so Directive 85/374/EEC governs them: every rule is exempt.
    #expect(after.assignments.isEmpty)
    #expect(
      after.exempt.count == 7
        && after.exempt.allSatisfy { $0.because.hasPrefix("Art 2(1): the Directive covers only") })
    // The same chain placed on the market in 2027 (the dates changed in
    // memory) is under the new Directive.
    let path = rulesRoot.appendingPathComponent("examples/closed-api-consumer-app.yaml").path
    let text = try String(contentsOfFile: path, encoding: .utf8)
      .replacingOccurrences(of: "released: 2023-03-14", with: "released: 2027-01-01")
    let relaunched = try #require(
      Loader.load(bytes: Array(text.utf8), file: path, json: false).document)
    let relaunchedGraph = SupplyChainGraph(document: relaunched, asOf: Day("2027-01-02"))
    let regime = try #require(BuiltinRegimes.regime("eu-pld"))
    let later = DutyEngine.evaluate(regime, on: relaunchedGraph)
    #expect(
      Self.lines(relaunchedGraph, later).sorted() == [
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

  @Test func mainExampleUnderTheEUAIAct() throws {
    let (graph, report) = try Self.report("llama-3.1-lexbot", "eu-ai-act", asOf: "2026-09-01")
    #expect(
      Self.lines(graph, report).filter { $0.hasPrefix("owes") || $0.hasPrefix("exempt") } == [
        // Art 53(1)(a)-(d): Meta provides a general-purpose model that reaches
        // the EU through LexBot. Open weights, but the Llama 3.1 licence
        // restricts use, so the Art 53(2) exemption (a free and open-source
        // licence) does not apply. 1.2e24 FLOP is below the Art 51(2)
        // presumption, so no Art 55. Llama 3.1 8B was placed on the market
        // on 2024-07-23: Art 111(3) gives it until 2 Aug 2027.
        "owes meta eu-ai-act/53-1-a llama-3.1-8b due 2027-08-02",
        "owes meta eu-ai-act/53-1-b llama-3.1-8b due 2027-08-02",
        "owes meta eu-ai-act/53-1-c llama-3.1-8b due 2027-08-02",
        "owes meta eu-ai-act/53-1-d llama-3.1-8b due 2027-08-02",
        // Art 54(1): the file places Meta in the US only; the Art 54(6)
        // open-source exemption needs a free and open-source licence too.
        "owes meta eu-ai-act/54 llama-3.1-8b due 2027-08-02",
        // Art 50(1): LexBot talks with consumers in the EU (the APIs it calls
        // do not: interacts_with_people: false). Art 50(2): it generates
        // text, so its outputs must be marked; placed on the market on
        // 2025-04-15, before 2 Aug 2026, it has until 2 Dec 2026 under
        // Regulation (EU) 2026/1744.
        "owes lexco eu-ai-act/50-1 lexbot",
        // Art 50(2) also reaches Acme: its API (on Google Cloud from
        // 2025-10-01) returns generated text and is no assistive editor.
        "owes acme-legal eu-ai-act/50-2 acme-legal-api-gcp due 2026-12-02",
        "owes lexco eu-ai-act/50-2 lexbot due 2026-12-02",
      ])
    // The file states neither whether the Hermes and Acme fine-tunes are
    // general-purpose nor their compute, so whether either made a new model
    // (the GPAI guidelines' one-third test) is open: their modifier duties
    // are open, never owed. Legal services are not an Annex III area and
    // LexBot's areas are stated, so it is not high-risk (no Arts 16, 25, 26,
    // 73).
    let open = report.assignments.filter { $0.outcome == .open }
    #expect(Set(open.map { graph.ids[$0.party] }) == ["nous-research", "acme-legal"])
    #expect(open.allSatisfy { $0.rule.role == "gpai-modifier" })
    #expect(
      open.allSatisfy { $0.openOn.contains { $0.fact == "modification_compute_flop" } })
    // Before Art 50 applies (2 Aug 2026) only Chapter V remains, deferred.
    let (_, early) = try Self.report("llama-3.1-lexbot", "eu-ai-act", asOf: "2026-03-14")
    #expect(
      early.assignments.map(\.rule.id).allSatisfy {
        $0.hasPrefix("eu-ai-act/5")
      })
    #expect(early.assignments.allSatisfy { $0.dueFrom == Day("2027-08-02") })
  }

  @Test func mainExampleUnderTheCounterfactualSB1047() throws {
    // §22602(e): no model in the chain is near 10^26 operations, so nothing
    // is covered; Google hosts an 8B model's API, far from the scale the
    // cluster-operator rules stand in for (§22604).
    let (graph, report) = try Self.report("llama-3.1-lexbot", "ca-sb1047", asOf: "2026-03-14")
    #expect(report.inForce)
    // The base's 1.2e24 is stated, but not the compute of the three
    // fine-tunes: whether any reaches the thresholds is open, never owed;
    // so are the cluster duties of the host serving one of them.
    #expect(report.assignments.allSatisfy { $0.outcome == .open })
    #expect(report.findings.isEmpty || report.findings.allSatisfy { $0.outcome == .open })
    #expect(!report.assignments.contains { graph.ids[$0.subject] == "llama-3.1-8b" })
  }

  @Test func mistralZephyrUnderTheEUAIAct() throws {
    let (graph, report) = try Self.report("mistral-zephyr", "eu-ai-act", asOf: "2026-09-01")
    #expect(
      Self.lines(graph, report) == [
        // Art 2(1): Mistral AI is established in France. Art 53(1)(a)-(d):
        // Mistral 7B is general-purpose with open Apache-2.0 weights, but the
        // file does not state whether it is monetised (Recital 103), and an
        // unstated fact is not assumed, so the Art 53(2) exemption is not
        // applied to (a) and (b): they are owed unless Mistral 7B turns out not
        // to be monetised (and, for the exemption, below the systemic-risk
        // compute, which the file does not state either). Placed on the market
        // on 2023-09-27, before 2 Aug 2025: Art 111(3) gives it until 2 Aug
        // 2027. Established in the Union: no authorised representative (Art
        // 54). Its training compute is not stated, so Arts 52 and 55 are open.
        "open mistral-ai eu-ai-act/53-1-a mistral-7b-v0.1 due 2027-08-02 on monetized,lineage_compute_flop",
        "open mistral-ai eu-ai-act/53-1-b mistral-7b-v0.1 due 2027-08-02 on monetized,lineage_compute_flop",
        "owes mistral-ai eu-ai-act/53-1-c mistral-7b-v0.1 due 2027-08-02",
        "owes mistral-ai eu-ai-act/53-1-d mistral-7b-v0.1 due 2027-08-02",
        "open mistral-ai eu-ai-act/52-1 mistral-7b-v0.1 due 2027-08-02 on lineage_compute_flop",
        "open mistral-ai eu-ai-act/55-1-a mistral-7b-v0.1 due 2027-08-02 on lineage_compute_flop",
        "open mistral-ai eu-ai-act/55-1-b mistral-7b-v0.1 due 2027-08-02 on lineage_compute_flop",
        "open mistral-ai eu-ai-act/55-1-c mistral-7b-v0.1 due 2027-08-02 on lineage_compute_flop",
        "open mistral-ai eu-ai-act/55-1-d mistral-7b-v0.1 due 2027-08-02 on lineage_compute_flop",
      ])
  }

  @Test func openReleasesOutsideTheEUWithNoRecordedEUMarket() throws {
    // Art 2(1): DeepSeek (CN) and Ai2 (US) are established outside the EU,
    // and these files record no service or product offering their models in
    // the EU; the tool does not assume where a hub download is used.
    for name in ["deepseek-r1-distill-qwen", "olmo-2-tulu"] {
      let (graph, report) = try Self.report(name, "eu-ai-act", asOf: "2026-09-01")
      #expect(Self.lines(graph, report).isEmpty, "\(name)")
    }
  }

  @Test func openDevelopersUnderThePrinciples() throws {
    let (graph, report) = try Self.report(
      "deepseek-r1-distill-qwen", "principles", asOf: "2026-09-01")
    let lines = Self.lines(graph, report)
    // Principle 1: each pre-trainer describes its own training data, and
    // DeepSeek, which distils its own R1 into Alibaba's Qwen, describes both
    // what it trained (as developer of its own model's lineage) and the
    // fine-tune data it added to Qwen.
    #expect(lines.contains("owes alibaba-qwen principles/disclose-training-data qwen2.5-7b"))
    #expect(
      lines.contains("owes deepseek principles/disclose-fine-tune-data deepseek-r1-distill-qwen-7b")
    )
    // Principle 3: every developer here releases open weights it does not
    // run, so none answers for downstream misuse.
    #expect(!lines.contains { $0.hasPrefix("owes") && $0.contains("downstream-misuse") })
    #expect(
      lines.contains(
        "exempt bartowski principles/modifier-downstream-misuse deepseek-r1-distill-qwen-7b-gguf-bartowski"
      ))
    let (olmoGraph, olmo) = try Self.report("olmo-2-tulu", "principles", asOf: "2026-09-01")
    let olmoLines = Self.lines(olmoGraph, olmo)
    // Ai2 develops every stage itself (SFT, DPO, RLVR of its own base): it is
    // pre-trainer of each, owes the training-data disclosure for each, and
    // is exempt from downstream misuse for each.
    for model in [
      "olmo-2-1124-7b", "olmo-2-1124-7b-sft", "olmo-2-1124-7b-dpo", "olmo-2-1124-7b-instruct",
    ] {
      #expect(olmoLines.contains("owes ai2 principles/disclose-training-data \(model)"))
      #expect(olmoLines.contains("exempt ai2 principles/answer-for-downstream-misuse \(model)"))
    }
  }

  @Test func mainExampleUnderCaliforniaAB2013() throws {
    let (graph, report) = try Self.report("llama-3.1-lexbot", "ca-ab2013", asOf: "2026-06-01")
    #expect(
      Self.lines(graph, report) == [
        // §3111: Meta, established in California, documents what it trained
        // and released (gated weights are publicly available), the
        // instruction tune of its own base included.
        "owes meta ca-ab2013/3111-pre-trainer llama-3.1-8b",
        "owes meta ca-ab2013/3111-pre-trainer llama-3.1-8b-instruct",
        // §3110(b), (d): Nous Research's open fine-tune is a substantial
        // modification, and so is Acme's closed one, made public through
        // LexBot (offered to consumers): each documents its own data on the
        // reading applied, and on the wider reading the base's too.
        // bartowski's quantization is no substantial modification.
        "owes nous-research ca-ab2013/3111-modifier-own-data hermes-3-llama-3.1-8b",
        "owes acme-legal ca-ab2013/3111-modifier-own-data acme-legal-8b",
        "owes nous-research ca-ab2013/3111-modifier-upstream hermes-3-llama-3.1-8b",
        "owes acme-legal ca-ab2013/3111-modifier-upstream acme-legal-8b",
        // On the wider reading both modifiers must describe Llama 3.1's
        // pre-training data, which only Meta holds. (Hermes 3's own data is
        // public through its report, so Acme holds that part.)
        "finding misallocated nous-research ca-ab2013/3111-modifier-upstream training-data",
        "finding misallocated acme-legal ca-ab2013/3111-modifier-upstream training-data",
      ])
    let holders = report.findings.map { $0.holders.map { graph.ids[$0] } }
    #expect(holders == [["meta"], ["meta"]])
  }
}
