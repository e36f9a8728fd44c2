import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityRules

/// The document of a shipped example, with `edit` applied to its text.
func exampleDocument(_ name: String, edit: (String) -> String = { $0 }) throws -> Document {
  let path = rulesRoot.appendingPathComponent("examples/\(name).yaml").path
  let text = edit(try String(contentsOfFile: path, encoding: .utf8))
  let result = Loader.load(bytes: Array(text.utf8), file: path, json: false)
  return try #require(result.document, "\(result.diagnostics)")
}

func postures(_ trace: IncidentTrace) -> [String: Posture] {
  Dictionary(
    uniqueKeysWithValues: trace.parties.map { (trace.graph.ids[$0.party], $0.posture) })
}

func party(_ trace: IncidentTrace, _ id: String) throws -> IncidentTrace.PartyTrace {
  try #require(trace.parties.first { trace.graph.ids[$0.party] == id })
}

@Suite struct IncidentTraceTests {
  @Test func mainExampleIncident() throws {
    let trace = try IncidentTrace.trace(
      exampleDocument("llama-3.1-lexbot"), incident: "lexbot-fake-citation")
    // Default regimes on 2026-03-14: the principles, and the EU AI Act (LexBot
    // is offered in the EU). The PLD starts later (10 Dec 2026), RAISE as
    // signed on 19 Mar 2026; SB 53 is Californian and nothing here is
    // offered there; SB 1047 is counterfactual.
    #expect(trace.regimes.map(\.regime.id) == ["principles", "eu-ai-act"])
    let graph = trace.graph
    #expect(graph.ids[trace.path[0]] == "lexbot")
    #expect(trace.path.map { graph.ids[$0] }.contains("llama-3.1-pretraining-data"))
    // On the incident date the API ran on Google Cloud, not AWS.
    #expect(!trace.path.map { graph.ids[$0] }.contains("acme-legal-api-aws"))
    #expect(
      postures(trace) == [
        // Principle 2: LexCo brings LexBot to users.
        "lexco": .primary,
        // Principle 3 does not shield Acme: its fine-tune is closed and it runs
        // the only API serving it, so it answers for misuse it can control.
        "acme-legal": .contributory,
        // Principle 3: both released their weights and run no copy.
        "nous-research": .notLiable, "meta": .notLiable,
        // No rule makes a host answer for a model's output.
        "google": .notLiable,
      ])
    let lexco = try party(trace, "lexco")
    // In names, and the principles as policy, never verified law.
    #expect(
      lexco.reasons.first
        == "LexCo, Inc. (hypothetical) must answer for harm from the product one brings to "
        + "users, for LexBot (hypothetical) (Principle 2 (the party that brings a product to "
        + "users answers for its harm)) [principles, policy principle, not law]")
    #expect(lexco.controls.contains { $0.control == .changeDeploymentConfiguration })
    #expect(lexco.sources.contains("donotpay-ftc"))
    let meta = try party(trace, "meta")
    #expect(meta.reasons.first?.contains("released the weights") == true)
    // The EU AI Act asks transparency of Meta but no harm rule reaches it.
    #expect(meta.duties.contains { $0.regime == "eu-ai-act" && !$0.assignments.isEmpty })
    #expect(!meta.postures.contains { $0.regime == "eu-ai-act" })
    // The MSA indemnifies IP infringement only, and excludes misinformation.
    #expect(trace.contracts.map(\.contract.id) == ["acme-lexco-msa"])
    #expect(trace.contracts.first?.excludesHarm == true)
    #expect(
      trace.uncovered.first
        == "No indemnity on the path covers misinformation: whoever answers for it bears it.")
    // The timeline runs to the incident and shows the move off AWS.
    #expect(trace.timeline.last?.text.hasPrefix("incident lexbot-fake-citation") == true)
    #expect(
      trace.timeline.contains {
        $0.text == "service acme-legal-api-aws ends (off the path on the incident date)"
      })
    // Facts without a source are named.
    #expect(trace.unsourced.contains { $0.hasPrefix("model acme-legal-8b (") })
  }

  @Test func closedModelIncident() throws {
    let trace = try IncidentTrace.trace(
      exampleDocument("closed-api-consumer-app"), incident: "be-my-ai-medication-misread")
    // On 2026-02-10 in Denmark: the EU AI Act (Be My AI is offered in the
    // EU) and the California laws in force (it is offered in the US, which
    // covers California): AB 2013, AB 316, SB 243 and SB 53, and TRAIGA
    // (the US covers Texas); the PLD applies only from 10 Dec 2026.
    #expect(
      trace.regimes.map(\.regime.id) == [
        "principles", "ca-ab2013", "ca-ab316", "ca-sb243", "ca-sb53", "eu-ai-act", "tx-traiga",
      ])
    #expect(
      postures(trace) == [
        // Principle 2: Be My Eyes brings Be My AI to its users.
        "be-my-eyes": .primary,
        // Principle 3 does not shield OpenAI: GPT-4's weights are closed and it
        // runs the API, so it controls the copy that misread the label.
        "openai": .contributory,
        // A host: no rule makes it answer for the model's output.
        "microsoft": .notLiable,
      ])
    // The developer terms indemnify IP claims only: nothing covers the
    // physical harm.
    #expect(
      trace.uncovered == [
        "No indemnity on the path covers physical-injury: whoever answers for it bears it."
      ])
    // The EU AI Act asks OpenAI for the Art 53(1) documentation; under SB 53
    // its duties are open (GPT-4's compute is not stated, so whether it is a
    // frontier model is not known); neither has a harm rule for it, so the
    // principles alone place it.
    let openai = try party(trace, "openai")
    #expect(openai.postures.map(\.regime) == ["principles"])
    // AB 2013 is open for it (GPT-4's file does not say what it generates);
    // AB 316 names it as the developer; SB 243 reaches only the operator of
    // a companion chatbot; TRAIGA's deployment prohibition is open on the
    // API's functions, which the file does not state.
    #expect(
      openai.duties.map(\.regime) == [
        "principles", "ca-ab2013", "ca-ab316", "ca-sb53", "eu-ai-act", "tx-traiga",
      ])
    let traiga = try #require(openai.duties.first { $0.regime == "tx-traiga" })
    #expect(traiga.assignments.map(\.outcome) == [.open])
    let ab2013 = try #require(openai.duties.first { $0.regime == "ca-ab2013" })
    #expect(ab2013.assignments.allSatisfy { $0.outcome == .open })
    let sb53 = try #require(openai.duties.first { $0.regime == "ca-sb53" })
    #expect(sb53.assignments.allSatisfy { $0.outcome == .open })
  }

  // As of another date the same incident runs through other facts: before
  // the move to Google Cloud, AWS hosted the API.
  @Test func theSameIncidentOnAnEarlierDate() throws {
    let document = try exampleDocument("llama-3.1-lexbot") {
      $0.replacingOccurrences(of: "    date: 2026-03-14\n", with: "    date: 2025-09-01\n")
    }
    let trace = try IncidentTrace.trace(document, incident: "lexbot-fake-citation")
    let ids = trace.path.map { trace.graph.ids[$0] }
    #expect(ids.contains("acme-legal-api-aws"))
    #expect(!ids.contains("acme-legal-api-gcp"))
    #expect(postures(trace)["aws"] == .notLiable)
    #expect(postures(trace)["google"] == nil)
    #expect(!trace.timeline.contains { $0.text.contains("acme-legal-api-gcp") })
  }

  /// An open model without a stated monetisation in a product placed on
  /// the EU market in 2027; `model` is spliced into the model.
  static func pldChain(model: String = "") -> String {
    """
    format: liability-graph/1
    parties:
      - {id: openlab, name: OpenLab, kind: company, jurisdictions: [US]}
      - {id: shop, name: Shop, kind: company, jurisdictions: [DE]}
    models:
      - {id: m, name: M, developer: openlab, released: 2027-01-02, weights: open, license: Apache-2.0\(model)}
    products:
      - {id: app, name: App, vendor: shop, uses: [m], markets: [DE], users: consumers, released: 2027-01-05}
    incidents:
      - {id: burn, date: 2027-02-01, product: app, harm: physical, jurisdiction: DE}
    """
  }

  // PLD Art 2(2): a free and open-source model supplied outside a commercial
  // activity is out of scope, and the file does not say whether the model
  // is monetised: the developer's posture is open, and the alternatives
  // name the fact that decides it. The vendor answers regardless.
  @Test func anUnstatedFactLeavesThePostureOpen() throws {
    let text = Self.pldChain()
    let document = try #require(
      Loader.load(bytes: Array(text.utf8), file: "t.yaml", json: false).document)
    let trace = try IncidentTrace.trace(document, incident: "burn")
    // The CRA reaches the vendor too: whether the app is a product with
    // digital elements is not stated, so its duties are open.
    #expect(trace.regimes.map(\.regime.id) == ["principles", "eu-ai-act", "eu-cra", "eu-pld"])
    #expect(postures(trace) == ["shop": .primary, "openlab": .indeterminate])
    let openlab = try party(trace, "openlab")
    #expect(openlab.postures.contains { $0.regime == "principles" && $0.posture == .notLiable })
    #expect(openlab.alternatives.contains { $0.outcome.hasPrefix("is exempt from the duty") })
    // In words a lawyer reads: no engine terms, no backticks.
    #expect(
      openlab.alternatives.allSatisfy {
        $0.decidedBy.contains {
          $0.contains("whether the model is monetised (M; the file does not say)")
        }
      })
    #expect(!openlab.alternatives.contains { $0.decidedBy.joined().contains("`") })
    // Stated, the question closes either way.
    for (monetized, expected) in [("false", Posture.notLiable), ("true", .contributory)] {
      let stated = Self.pldChain(model: ", monetized: \(monetized)")
      let statedDocument = try #require(
        Loader.load(bytes: Array(stated.utf8), file: "t.yaml", json: false).document)
      let statedTrace = try IncidentTrace.trace(statedDocument, incident: "burn")
      #expect(postures(statedTrace)["openlab"] == expected)
      #expect(try party(statedTrace, "openlab").alternatives.isEmpty)
    }
  }

  // Regimes asked for replace the defaults; an unknown incident names the
  // close one.
  @Test func regimesAskedForAndUnknownIncidents() throws {
    let document = try exampleDocument("llama-3.1-lexbot")
    let sb1047 = try #require(BuiltinRegimes.regime("ca-sb1047"))
    let trace = try IncidentTrace.trace(
      document, incident: "lexbot-fake-citation", regimes: [sb1047])
    #expect(trace.regimes.map(\.regime.id) == ["ca-sb1047"])
    #expect(Set(postures(trace).values) == [.notLiable])
    #expect(throws: TraceError.self) {
      try IncidentTrace.trace(document, incident: "lexbot-fake-citaton")
    }
    do {
      _ = try IncidentTrace.trace(document, incident: "lexbot-fake-citaton")
    } catch {
      #expect(
        error.message
          == "unknown incident 'lexbot-fake-citaton' (did you mean 'lexbot-fake-citation'?); "
          + "the file's incidents: lexbot-fake-citation")
    }
  }

  // A harm-limited rule for an incident whose harm is not stated: open,
  // decided by the harm.
  @Test func unstatedHarmLeavesHarmRulesOpen() throws {
    let text = Self.pldChain(model: ", monetized: true").replacingOccurrences(
      of: ", harm: physical", with: "")
    let document = try #require(
      Loader.load(bytes: Array(text.utf8), file: "t.yaml", json: false).document)
    let trace = try IncidentTrace.trace(document, incident: "burn")
    let shop = try party(trace, "shop")
    #expect(shop.posture == .indeterminate)
    #expect(
      shop.alternatives.contains {
        $0.decidedBy.first?.hasPrefix("if the incident's harm (not stated)") == true
      })
    // The principles, whose harm rule covers any harm, still place the vendor.
    #expect(shop.postures.contains { $0.regime == "principles" && $0.posture == .primary })
  }

  // Harm-limited rules: the PLD covers physical harm, property and data,
  // not misinformation.
  @Test func harmRulesOnlyForTheirHarms() throws {
    let text = Self.pldChain(model: ", monetized: true").replacingOccurrences(
      of: "harm: physical", with: "harm: misinformation")
    let document = try #require(
      Loader.load(bytes: Array(text.utf8), file: "t.yaml", json: false).document)
    let trace = try IncidentTrace.trace(document, incident: "burn")
    let openlab = try party(trace, "openlab")
    #expect(!openlab.postures.contains { $0.regime == "eu-pld" })
    #expect(openlab.posture == .notLiable)
  }
}
