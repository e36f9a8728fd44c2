import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityRules

/// A one-model chain offered in `market`, with the model's facts spliced in.
func gpaiChain(
  model: String, developerPlace: String = "US", market: String = "EU", extraModels: String = ""
) -> String {
  """
  parties:
    - {id: lab, name: Lab, kind: company, jurisdictions: [\(developerPlace)]}
    - {id: shop, name: Shop, kind: company, jurisdictions: [\(market)]}
  models:
    - {id: m, name: M, developer: lab, general_purpose: true, \(model)}
  \(extraModels)
  services:
    - {id: api, name: API, provider: shop, model: m, regions: [\(market)]}
  products:
    - {id: app, name: App, vendor: shop, uses: [api], markets: [\(market)], users: consumers}
  """
}

func duties(_ regimeID: String, _ yaml: String, asOf: String = "2026-09-01") throws -> DutyReport {
  let graph = try chain(yaml, asOf: asOf)
  let regime = try #require(BuiltinRegimes.regime(regimeID))
  return DutyEngine.evaluate(regime, on: graph)
}

/// The rules a party owes for certain (not open on an unstated fact).
func assigned(_ report: DutyReport, party: String? = nil) -> [String] {
  report.assignments.filter { $0.outcome == .owes }.filter { assignment in
    party.map { assignment.reasons.first?.hasPrefix($0 + " ") == true } ?? true
  }.map(\.rule.id).sorted()
}

@Suite struct DutyEngineTests {
  // Every file in Sources/LiabilityRules/Packs is built in, loads without a
  // diagnostic, and is named after its id; the principles come first.
  @Test func builtinRegimesLoadCleanly() throws {
    for result in BuiltinRegimes.loaded {
      #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
      #expect(result.regime != nil)
    }
    #expect(BuiltinRegimes.problems.isEmpty)
    // Each says when it was last reviewed and how its dates are known.
    for regime in BuiltinRegimes.all {
      #expect(regime.lastReviewed != nil, "\(regime.id) has no last_reviewed")
      #expect(
        regime.dateStatusStated || (regime.inForceFrom == nil && regime.inForceTo == nil),
        "\(regime.id) does not say how its dates are known")
      #expect(regime.text?.isEmpty == false)
    }
    let folder = rulesRoot.appendingPathComponent("Sources/LiabilityRules/Packs").path
    let files = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }
    #expect(files.count >= 9)
    #expect(
      BuiltinRegimes.all.map(\.id)
        == ["principles"] + files.filter { $0 != "principles" }.sorted())
  }

  // Every fact a condition may name is documented for pack authors.
  @Test func everyConditionFactIsDocumented() throws {
    let docs = try String(
      contentsOf: rulesRoot.appendingPathComponent("docs/regimes.md"), encoding: .utf8)
    for fact in ConditionFact.all {
      #expect(docs.contains("`\(fact.name)`"), "docs/regimes.md lacks \(fact.name)")
    }
  }

  // Art 53(2): an open-source model without systemic risk is exempt from
  // 53(1)(a) and (b) but not from (c) and (d); Art 54(6) lifts the
  // authorised representative of its (non-EU) provider too.
  @Test func openSourceExemptionCoversAAndBOnly() throws {
    let report = try duties(
      "eu-ai-act",
      gpaiChain(
        model: "weights: open, license: Apache-2.0, monetized: false, training_compute_flop: 1.0e24"
      ))
    #expect(
      assigned(report, party: "lab") == ["eu-ai-act/53-1-c", "eu-ai-act/53-1-d"])
    #expect(
      report.exempt.map(\.rule.id).sorted() == [
        "eu-ai-act/53-1-a", "eu-ai-act/53-1-b", "eu-ai-act/54",
      ])
    #expect(report.exempt.first?.because.hasPrefix("Art 53(2)") == true)
    #expect(report.exempt.last?.because.hasPrefix("Art 54(6)") == true)
  }

  // Art 51(2): above 1e25 FLOP systemic risk is presumed; the exemption
  // never covers a model with systemic risk, and Art 55 applies.
  @Test func systemicRiskRemovesTheExemptionAndAddsArticle55() throws {
    let report = try duties(
      "eu-ai-act",
      gpaiChain(
        model: "weights: open, license: Apache-2.0, monetized: false, training_compute_flop: 3.8e25"
      ))
    #expect(
      assigned(report, party: "lab") == [
        "eu-ai-act/52-1", "eu-ai-act/53-1-a", "eu-ai-act/53-1-b", "eu-ai-act/53-1-c",
        "eu-ai-act/53-1-d", "eu-ai-act/54", "eu-ai-act/55-1-a", "eu-ai-act/55-1-b",
        "eu-ai-act/55-1-c", "eu-ai-act/55-1-d",
      ])
    #expect(report.exempt.isEmpty)
    // Incident details sit with the product vendor, not the model's provider.
    let finding = try #require(
      report.findings.first { $0.rule.id == "eu-ai-act/55-1-c" && $0.kind == .misallocated })
    #expect(finding.item == "incident-details")
    #expect(finding.explanation.contains("which Shop holds and Lab does not"))
  }

  // The exemption needs a licence without restrictions, and no monetisation.
  @Test(arguments: [
    "weights: open, license: llama-3.1-community, monetized: false",
    "weights: open, license: Apache-2.0, monetized: true",
    "weights: gated, license: Apache-2.0, monetized: false",
  ])
  func noExemptionWithoutAFreeLicenseOrWhenMonetised(model: String) throws {
    let report = try duties(
      "eu-ai-act", gpaiChain(model: model + ", training_compute_flop: 1.0e24"))
    #expect(report.exempt.isEmpty)
    #expect(assigned(report, party: "lab").contains("eu-ai-act/53-1-a"))
  }

  // An unstated fact is not assumed: without `monetized: false` the model
  // does not qualify for the Art 53(2) exemption.
  @Test func unstatedMonetisationIsNotAssumedAbsent() throws {
    let report = try duties(
      "eu-ai-act",
      gpaiChain(model: "weights: open, license: Apache-2.0, training_compute_flop: 1.0e24"))
    #expect(report.exempt.isEmpty)
  }

  // A merge whose bases do not all state their compute has no share: the
  // one-third test falls back to the guideline thresholds.
  @Test func partlyKnownBaseComputeGivesNoShare() throws {
    let yaml = """
      parties:
        - {id: lab, name: Lab, kind: company, jurisdictions: [FR]}
      models:
        - {id: a, name: A, developer: lab, general_purpose: true, training_compute_flop: 5.0e21}
        - {id: b, name: B, developer: lab, general_purpose: true}
        - id: c
          name: C
          developer: lab
          general_purpose: true
          derived_from:
            - {model: a, relation: merge, compute_flop: 5.0e21}
            - {model: b, relation: merge}
      """
    let graph = try chain(yaml)
    let regime = try #require(BuiltinRegimes.regime("eu-ai-act"))
    let shared = EngineShared(graph: graph, regime: regime, reach: ReachIndex(graph))
    let c = try #require(graph.node("c"))
    let lab = try #require(graph.node("lab"))
    let context = FactContext(shared: shared, party: lab, role: .modifier, subject: c)
    #expect(context.value(of: "modification_share") == nil)
    #expect(context.value(of: "modification_compute_flop").map { "\($0)" } == "number(5e+21)")
  }

  // Training data reaches where the models trained on it are offered.
  @Test func datasetsReachThroughTheirModels() throws {
    let graph = try chain(
      """
      parties:
        - {id: pub, name: Pub, kind: nonprofit, jurisdictions: [US]}
        - {id: lab, name: Lab, kind: company, jurisdictions: [US]}
      datasets: [{id: ds, name: DS, publisher: pub}]
      models: [{id: m, name: M, developer: lab, trained_on: [ds]}]
      products: [{id: p, name: P, vendor: lab, uses: [m], markets: [DE]}]
      """)
    let ds = try #require(graph.node("ds"))
    #expect(ReachIndex(graph).jurisdictions[ds] == ["DE"])
  }

  // Art 2(1): nothing applies to a model that reaches no EU market from a
  // provider outside the EU.
  @Test func territorialScope() throws {
    let outside = try duties(
      "eu-ai-act", gpaiChain(model: "weights: closed", developerPlace: "US", market: "US"))
    #expect(outside.assignments.isEmpty)
    let member = try duties(
      "eu-ai-act", gpaiChain(model: "weights: closed", developerPlace: "US", market: "FR"))
    #expect(assigned(member, party: "lab").contains("eu-ai-act/53-1-a"))
    let reason = try #require(member.assignments.first?.reasons.dropFirst().first)
    #expect(reason == "m is offered or used in FR")
  }

  // Chapter V applies from 2 August 2025.
  @Test func gpaiDutiesStartOnTheirDate() throws {
    let early = try duties("eu-ai-act", gpaiChain(model: "weights: closed"), asOf: "2025-08-01")
    #expect(early.inForce)
    #expect(early.assignments.isEmpty)
    let late = try duties("eu-ai-act", gpaiChain(model: "weights: closed"), asOf: "2025-08-02")
    #expect(!late.assignments.isEmpty)
  }

  // A modifier is provider of a new model only above one third of the
  // base's compute (or, base compute unknown, above a third of 1e23).
  @Test(arguments: [
    ("training_compute_flop: 1.0e24", "compute_flop: 4.0e23", true),
    ("training_compute_flop: 1.0e24", "compute_flop: 3.0e23", false),
    ("weights: open", "compute_flop: 5.0e22", true),
    ("weights: open", "compute_flop: 3.0e22", false),
  ])
  func modifierBecomesProviderAboveOneThird(base: String, link: String, applies: Bool) throws {
    let yaml = """
      parties:
        - {id: lab, name: Lab, kind: company, jurisdictions: [US]}
        - {id: tuner, name: Tuner, kind: company, jurisdictions: [FR]}
      models:
        - {id: base, name: Base, developer: lab, general_purpose: true, \(base)}
        - id: tune
          name: Tune
          developer: tuner
          general_purpose: true
          weights: closed
          derived_from: [{model: base, relation: finetune, \(link)}]
      """
    let report = try duties("eu-ai-act", yaml)
    let tuner = report.assignments.filter {
      $0.rule.role == "gpai-modifier" && $0.outcome == .owes
    }.map(\.rule.id).sorted()
    // Recital 109: (a) to (d), each for its modification.
    #expect(
      tuner
        == (applies
          ? [
            "eu-ai-act/53-1-a-modifier", "eu-ai-act/53-1-b-modifier",
            "eu-ai-act/53-1-c-modifier", "eu-ai-act/53-1-d-modifier",
          ] : []))
    if applies {
      // Only for its modification: the duty needs the fine-tune data, which
      // the modifier holds.
      #expect(!report.findings.contains { $0.rule.role == "gpai-modifier" })
      #expect(
        report.assignments.first { $0.rule.role == "gpai-modifier" }?.rule.status == .secondary)
    }
  }

  // A user's pack whose frontier definition leads back to the frontier cost
  // fact gets no answer, not endless recursion.
  @Test func aFrontierDefinitionThatRefersToItsOwnCostEnds() throws {
    let pack = """
      format: liability-regime/1
      id: loop
      title: Loop
      version: test
      kind: counterfactual
      jurisdictions: [US]
      scope: none
      description: test
      terms: {frontier-model: frontier-model}
      definitions:
        frontier-model:
          party_frontier_cost_usd: {gt: 1.0}
      roles:
        dev:
          graph_roles: [pre-trainer, modifier]
          description: d
      rules:
        - id: loop/1
          duty: technical-documentation
          title: t
          role: dev
          when: {frontier-model: true}
          citation: c
          status: verified
      """
    let regime = try #require(RegimeLoader.load(text: pack, file: "loop.yaml").regime)
    let graph = try chain(gpaiChain(model: "training_cost_usd: 1.0e9"), asOf: "2026-01-01")
    let report = DutyEngine.evaluate(regime, on: graph)
    // Neither owed nor not: open, on the fact that cannot be settled.
    #expect(report.assignments.allSatisfy { $0.outcome == .open })
  }

  // Principles: the vendor answers for harm at use; a developer that
  // released its weights is not liable for others' misuse.
  @Test func principlesPutHarmOnTheVendorAndSpareOpenDevelopers() throws {
    let open = try duties("principles", gpaiChain(model: "weights: open, license: Apache-2.0"))
    #expect(open.assignments.contains { $0.rule.id == "principles/answer-for-harm-at-use" })
    #expect(
      open.exempt.map(\.rule.id) == ["principles/answer-for-downstream-misuse"])
    // The vendor holds what answering for harm needs: no finding about it.
    #expect(!open.findings.contains { $0.rule.id == "principles/answer-for-harm-at-use" })
    let closed = try duties("principles", gpaiChain(model: "weights: api-only"))
    #expect(closed.assignments.contains { $0.rule.id == "principles/answer-for-downstream-misuse" })
    // Monitoring all downstream use is not asked (Principle 3 calls it a
    // ban in disguise); only revoking access is.
    #expect(!closed.findings.contains { $0.item == "monitor-downstream-use" })
    #expect(
      closed.assignments.first { $0.rule.id == "principles/answer-for-downstream-misuse" }?.rule
        .control == [.revokeAccess])
    // Weights not stated: the question stays open, neither owed nor exempt:
    // owed unless the weights turn out to be published.
    let unstated = try duties("principles", gpaiChain(model: "license: Apache-2.0"))
    let misuse = try #require(
      unstated.assignments.first { $0.rule.id == "principles/answer-for-downstream-misuse" })
    #expect(misuse.outcome == .open)
    #expect(misuse.openOn.map(\.fact) == ["weights"])
    #expect(!unstated.exempt.contains { $0.rule.id == "principles/answer-for-downstream-misuse" })
  }

  // A duty that needs control no one can hold over released weights is a
  // ban in disguise.
  @Test func shutdownOfOpenWeightsIsInfeasibleAndOpenSourceIncompatible() throws {
    let pack = """
      format: liability-regime/1
      id: shutdown-test
      title: A full-shutdown duty
      kind: counterfactual
      scope: none
      roles: {developer: {graph_roles: [pre-trainer]}}
      rules:
        - id: shutdown-test/full-shutdown
          duty: full-shutdown-capability
          role: developer
          needs: {control: [shut-down-all-copies]}
          citation: § 1
          status: unverified
      """
    let regime = try #require(RegimeLoader.load(text: pack, file: "p.yaml").regime)
    let graph = try chain(gpaiChain(model: "weights: open, license: Apache-2.0"))
    let report = DutyEngine.evaluate(regime, on: graph)
    #expect(report.findings.map(\.kind) == [.infeasible, .openSourceIncompatible])
    #expect(
      report.findings.last?.explanation
        == "No one can shut down all copies for released weights of M: as applied to an open "
        + "release, § 1 can only be met by not releasing.")
    // Closed weights that another party's API serves: the developer cannot
    // stop that copy itself (infeasible), but releasing is not what stands
    // in the way (no open-source finding).
    let served = DutyEngine.evaluate(regime, on: try chain(gpaiChain(model: "weights: closed")))
    #expect(served.findings.map(\.kind) == [.infeasible])
    // Closed weights the developer alone runs: it can stop every copy.
    let own = try chain(
      """
      parties: [{id: lab, name: Lab, kind: company}]
      models: [{id: m, name: M, developer: lab, weights: closed}]
      services: [{id: api, name: API, provider: lab, model: m}]
      """)
    #expect(DutyEngine.evaluate(regime, on: own).findings.isEmpty)
  }
}

@Suite struct RegimeFileTests {
  @Test func conditionValuesAreChecked() throws {
    let pack = """
      format: liability-regime/1
      id: typed
      title: Typed
      kind: law
      scope: none
      definitions:
        a: {b: true}
        b: {a: true}
      roles: {provider: {graph_roles: [pre-trainer]}}
      rules:
        - id: typed/1
          duty: d
          role: provider
          when: {general_purpose: yes, training_compute_flop: 1e25, subject_kind: [modle]}
          citation: Art. 1
          status: verified
        - id: typed/2
          duty: d
          role: provider
          when: {released: 2026-12-09, lineage_relation: [distil]}
          exempt:
            - when: {released: {gt: 2026-13-01}}
              because: x
          citation: Art. 2
          status: verified
      """
    let result = RegimeLoader.load(text: pack, file: "typed.yaml")
    #expect(result.regime == nil)
    let messages = result.diagnostics.map(\.message)
    #expect(messages.contains("'general_purpose' takes true or false"))
    #expect(messages.contains("'training_compute_flop' takes a comparison such as {gt: 1.0e26}"))
    #expect(
      messages.contains(
        "'modle' is not a valid value for 'subject_kind' (did you mean 'model'?); allowed: "
          + "model, dataset, service, product"))
    #expect(messages.contains("definitions refer to each other in a loop: a → b → a"))
    #expect(messages.contains("'released' takes a date comparison such as {gt: 2026-12-09}"))
    #expect(messages.contains { $0.contains("2026-13-01 has no month 13") })
    #expect(
      messages.contains(
        "'distil' is not a valid value for 'lineage_relation' (did you mean 'distill'?); "
          + "allowed: " + LineageRelation.allCases.map(\.rawValue).joined(separator: ", ")))
  }

  @Test func diagnosticsPointAtTheProblem() throws {
    let pack = """
      format: liability-regime/1
      id: bad
      title: Bad
      kind: law
      scope: market
      jurisdictions: [DE]
      roles: {provider: {graph_roles: [pre-trainer]}}
      rules:
        - id: bad/1
          duty: d
          role: providr
          when: {training_compute: {gt: 1e25}}
          citation: Art. 1
          status: verfied
      """
    let result = RegimeLoader.load(text: pack, file: "bad.yaml")
    #expect(result.regime == nil)
    let messages = result.diagnostics.map(\.description)
    #expect(
      result.diagnostics.map(\.code) == [.undefinedName, .unknownFact, .invalidValue],
      "\(messages)")
    #expect(
      messages.contains(
        "bad.yaml:11:11: error: [undefined-name] rule 'bad/1' names role 'providr', which the regime does not "
          + "define (did you mean 'provider'?)"))
    #expect(
      messages.contains {
        $0.hasPrefix("bad.yaml:12:12: error: [unknown-fact] unknown fact 'training_compute'")
      })
    #expect(
      messages.contains(
        "bad.yaml:14:13: error: [invalid-value] 'verfied' is not a valid value for 'status' (did you mean "
          + "'verified'?); allowed: verified, secondary, unverified, policy"))
  }

  // A pack that names EU must say which countries it holds; a principles
  // pack's rules are policy, never verified law.
  @Test func regionsAndPolicyStatusAreChecked() throws {
    let pack = """
      format: liability-regime/1
      id: bad
      title: Bad
      kind: principles
      scope: market
      jurisdictions: [EU]
      roles: {provider: {graph_roles: [pre-trainer]}}
      rules:
        - {id: bad/1, duty: d, role: provider, citation: P1, status: verified}
      """
    let messages = RegimeLoader.load(text: pack, file: "bad.yaml").diagnostics.map(\.message)
    #expect(messages.contains { $0.hasPrefix("'EU' is a group of countries") })
    #expect(
      messages.contains {
        $0.hasPrefix("rule 'bad/1' of a principles pack must have status: policy")
      })
  }
}

@Suite struct OpennessInDutiesTests {
  // Art 53(2) by the Model Openness Framework: a model whose components
  // reach Class III under open licences, not monetised, is exempt from
  // 53(1)(a) and (b) even when the file states no license or weights.
  @Test func mofClassOpensTheExemption() throws {
    let model = "monetized: false, training_compute_flop: 1.0e24"
    let graph = try chain(
      gpaiChain(
        model: model + ", components: {Model architecture: Apache-2.0, "
          + "Model parameters (Final): Apache-2.0, Evaluation results: CC-BY-4.0, "
          + "Model card: CC-BY-4.0, Data card: CC-BY-4.0, Technical report: CC-BY-4.0}"))
    let regime = try #require(BuiltinRegimes.regime("eu-ai-act"))
    let report = DutyEngine.evaluate(regime, on: graph)
    #expect(
      report.exempt.map(\.rule.id).sorted() == [
        "eu-ai-act/53-1-a", "eu-ai-act/53-1-b", "eu-ai-act/54",
      ])
    #expect(report.exempt.first?.reasons.isEmpty == false)
    // One component short of Class III: no exemption.
    let short = try chain(
      gpaiChain(
        model: model + ", components: {Model architecture: Apache-2.0, "
          + "Model parameters (Final): Apache-2.0}"))
    #expect(DutyEngine.evaluate(regime, on: short).exempt.isEmpty)
  }
}
